// /sitemaps/forum.xml and /sitemaps/threads-<n>.xml: the parts listed by the
// sitemap index once the forum has more than 50 000 URLs (until then
// /sitemap.xml holds everything and these answer 404).
import { NextResponse } from "next/server";
import { sitemapCounts, sitemapForumEntries, sitemapThreadEntries } from "@/lib/forum/feed-data";
import { SITEMAP_MAX_URLS, forumSitemapUrls, parseSitemapPart, planSitemap, renderUrlset, threadSitemapUrls } from "@/lib/feeds/sitemap";
import { xmlResponse } from "@/lib/feeds/xml";
import { t } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

const notFound = () => new NextResponse(t("feeds.sitemapNotFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const part = parseSitemapPart((await params).file);
  const plan = planSitemap(await sitemapCounts());
  if (!part || plan.kind === "single") return notFound();
  if (part.part === "forum") return xmlResponse(renderUrlset(forumSitemapUrls(await sitemapForumEntries())), "application/xml");
  if (part.index > plan.threadParts) return notFound();
  return xmlResponse(renderUrlset(threadSitemapUrls(await sitemapThreadEntries(part.index, SITEMAP_MAX_URLS))), "application/xml");
}
