// <title>, description, canonical link and OpenGraph tags of a thread page.
import type { Metadata } from "next";
import type { ThreadWithCategory } from "@/lib/forum/read-thread";
import { SITE_FEED_PATH, absoluteUrl, threadFeedPath, threadPath } from "@/lib/urls";
import { localized, translator } from "@/lib/i18n/server";
import { forumNameForTitles } from "@/components/header/forum-brand";

export async function threadMetadata(thread: ThreadWithCategory, page: number): Promise<Metadata> {
  const [t, forumName] = await Promise.all([translator(), forumNameForTitles()]);
  // Each language's page is its own canonical address (hreflang links the two: app/layout.tsx).
  const url = absoluteUrl(localized(threadPath(thread, page)));
  const description = thread.lead ?? undefined;
  const title = page > 1 ? t("thread.titlePage", { title: thread.title, page }) : thread.title;
  return {
    title,
    description,
    alternates: {
      canonical: url,
      // Replaces the layout's alternates, so the site feed is listed again
      // (named with the configured forum name; in the page's language, as /en/feed.xml is).
      types: {
        "application/rss+xml": [
          { url: localized(threadFeedPath(thread)), title: t("thread.feedReplies", { title: thread.title }) },
          { url: localized(SITE_FEED_PATH), title: t("common.feedTitle", { forumName }) },
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
