// /threads/<slug>.<id>/feed.xml: RSS 2.0 of the thread's newest visible replies.
import { NextResponse } from "next/server";
import { newestRepliesForFeed } from "@/lib/forum/feed-data";
import { getThreadById } from "@/lib/forum/read-thread";
import { renderRss } from "@/lib/feeds/rss";
import { xmlResponse } from "@/lib/feeds/xml";
import { absoluteUrl, parseSlugId, postPath, threadFeedPath, threadPath } from "@/lib/urls";

export const dynamic = "force-dynamic";

const notFound = () => new NextResponse("Không tìm thấy chủ đề.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ slugId: string }> }) {
  const parsed = parseSlugId((await params).slugId);
  const thread = parsed ? await getThreadById(parsed.id) : null;
  // A feed is public: a thread held for approval has none, whoever asks.
  if (!parsed || !thread || thread.status !== "visible") return notFound();
  // Absolute from SITE_URL: request.url names the server's own host, not the public one.
  if (parsed.slug !== thread.slug) return NextResponse.redirect(absoluteUrl(threadFeedPath(thread)), 308);

  const replies = await newestRepliesForFeed(thread.id);
  const xml = renderRss({
    title: `${thread.title} — phản hồi mới`,
    link: absoluteUrl(threadPath(thread)),
    self: absoluteUrl(threadFeedPath(thread)),
    description: thread.lead ?? `Các phản hồi mới nhất trong chủ đề “${thread.title}” trên Bàn Luận.`,
    items: replies.map((reply) => ({
      title: `Phản hồi #${reply.number - 1} của ${reply.author.displayName}`,
      link: absoluteUrl(postPath(reply)),
      // The stored html is our own sanitised rendering; readers show it as HTML.
      description: reply.html,
      author: reply.author.displayName,
      published: reply.createdAt,
    })),
  });
  return xmlResponse(xml, "application/rss+xml");
}
