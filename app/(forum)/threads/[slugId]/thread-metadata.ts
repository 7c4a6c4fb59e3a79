// <title>, description, canonical link and OpenGraph tags of a thread page.
import type { Metadata } from "next";
import type { ThreadWithCategory } from "@/lib/forum/read-thread";
import { SITE_FEED_PATH, absoluteUrl, threadFeedPath, threadPath } from "@/lib/urls";

export function threadMetadata(thread: ThreadWithCategory, page: number): Metadata {
  const url = absoluteUrl(threadPath(thread, page));
  const description = thread.lead ?? undefined;
  const title = page > 1 ? `${thread.title} (trang ${page})` : thread.title;
  return {
    title,
    description,
    alternates: {
      canonical: url,
      // Replaces the layout's alternates, so the site feed is listed again.
      types: {
        "application/rss+xml": [
          { url: threadFeedPath(thread), title: `Phản hồi mới: ${thread.title}` },
          { url: SITE_FEED_PATH, title: "Bàn Luận — chủ đề mới" },
        ],
      },
    },
    openGraph: {
      type: "article",
      title: thread.title,
      description,
      url,
      publishedTime: (thread.publishedAt ?? thread.createdAt).toISOString(),
      authors: [thread.author.displayName],
      section: thread.category.name,
    },
  };
}
