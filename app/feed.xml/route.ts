// /feed.xml: RSS 2.0 of the newest threads, the lead as description.
import { latestThreadsForFeed } from "@/lib/forum/feed-data";
import { renderRss } from "@/lib/feeds/rss";
import { xmlResponse } from "@/lib/feeds/xml";
import { SITE_FEED_PATH, absoluteUrl, threadPath } from "@/lib/urls";

export const dynamic = "force-dynamic";

export async function GET() {
  const threads = await latestThreadsForFeed();
  const xml = renderRss({
    title: "Bàn Luận — chủ đề mới",
    link: absoluteUrl("/"),
    self: absoluteUrl(SITE_FEED_PATH),
    description: "Chủ đề và bài viết mới nhất trên Bàn Luận, diễn đàn thảo luận tiếng Việt.",
    items: threads.map((t) => ({
      title: t.title,
      link: absoluteUrl(threadPath(t)),
      description: t.description,
      author: t.author,
      category: t.category,
      published: t.published,
    })),
  });
  return xmlResponse(xml, "application/rss+xml");
}
