// The RSS documents the feed routes answer: the forum's newest threads
// (/feed.xml) and a thread's newest replies (/threads/<slug>.<id>/feed.xml),
// in the language of the address asked for: /en/feed.xml is English (title,
// description, <language>, links to the /en pages); what members wrote is
// never translated. The forum's name is the configured one (Cài đặt → Diễn
// đàn), read from the settings at each request: a feed reader polls every few
// minutes at most (xmlResponse's max-age), and a renamed forum's feed must not
// keep the old name.
import "server-only";
import { latestThreadsForFeed, newestRepliesForFeed } from "@/lib/forum/feed-data";
import { localeHref, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/text";
import { getSiteSettings } from "@/lib/site/site-settings";
import { SITE_FEED_PATH, absoluteUrl, postPath, threadFeedPath, threadPath } from "@/lib/urls";
import { renderRss } from "./rss";

/** An absolute address in the feed's language (feed readers have no base URL). */
const linkIn = (locale: Locale, path: string) => absoluteUrl(localeHref(locale, path));

export async function siteFeedXml(locale: Locale): Promise<string> {
  const [{ forumName }, threads] = await Promise.all([getSiteSettings(), latestThreadsForFeed()]);
  const t = translatorFor(locale);
  return renderRss({
    title: t("feeds.siteTitle", { forumName }),
    link: linkIn(locale, "/"),
    self: linkIn(locale, SITE_FEED_PATH),
    description: t("feeds.siteDescription", { forumName }),
    language: locale,
    items: threads.map((thread) => ({
      title: thread.title,
      link: linkIn(locale, threadPath(thread)),
      description: thread.description,
      author: thread.author,
      category: thread.category,
      published: thread.published,
    })),
  });
}

type FeedThread = { id: number; slug: string; title: string; lead: string | null };

export async function threadFeedXml(thread: FeedThread, locale: Locale): Promise<string> {
  const [{ forumName }, replies] = await Promise.all([getSiteSettings(), newestRepliesForFeed(thread.id)]);
  const t = translatorFor(locale);
  return renderRss({
    title: t("feeds.threadTitle", { title: thread.title }),
    link: linkIn(locale, threadPath(thread)),
    self: linkIn(locale, threadFeedPath(thread)),
    description: thread.lead ?? t("feeds.threadDescription", { title: thread.title, forumName }),
    language: locale,
    items: replies.map((reply) => ({
      // The reply's number as written on the thread page (#1 is the first reply), not grouped as a number.
      title: t("feeds.replyTitle", { number: String(reply.number - 1), name: reply.author.displayName }),
      link: linkIn(locale, postPath(reply)),
      // The stored html is our own sanitised rendering; readers show it as HTML.
      description: reply.html,
      author: reply.author.displayName,
      published: reply.createdAt,
    })),
  });
}
