// Structured data for search engines: schema.org DiscussionForumPosting, with
// the replies on the page as Comments. A reply's text is given as an excerpt:
// the full text is on the page already, and this block is sent twice (in the
// HTML and in React's payload), so full replies would add a third and fourth
// copy of every reply to the guests' page.
import type { OpeningPost, Reply, ThreadWithCategory } from "@/lib/forum/read-thread";
import { absoluteUrl, memberPath, postPath, threadPath } from "@/lib/urls";
import { excerpt, htmlToText } from "@/lib/text";

type Props = { thread: ThreadWithCategory; post: OpeningPost; replies: Reply[] };

const EXCERPT_LENGTH = 160;

export function ThreadJsonLd({ thread, post, replies }: Props) {
  const data = {
    "@context": "https://schema.org",
    "@type": "DiscussionForumPosting",
    headline: thread.title,
    url: absoluteUrl(threadPath(thread)),
    datePublished: (thread.publishedAt ?? post.createdAt).toISOString(),
    author: {
      "@type": "Person",
      name: post.author.displayName,
      url: absoluteUrl(memberPath(post.author)),
    },
    text: [thread.lead, htmlToText(post.html)].filter(Boolean).join("\n\n"),
    interactionStatistic: {
      "@type": "InteractionCounter",
      interactionType: "https://schema.org/CommentAction",
      userInteractionCount: thread.replyCount,
    },
    comment: replies.map((reply) => ({
      "@type": "Comment",
      url: absoluteUrl(postPath(reply)),
      datePublished: reply.createdAt.toISOString(),
      author: { "@type": "Person", name: reply.author.displayName },
      text: excerpt(htmlToText(reply.html), EXCERPT_LENGTH),
    })),
  };
  // "<" is escaped so text inside the JSON can never close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
