// /sitemap.xml: every category and thread with its last change — one urlset
// up to 50 000 URLs, beyond that a sitemap index of /sitemaps/*.xml parts.
import { sitemapCounts, sitemapForumEntries, sitemapThreadEntries, sitemapThreadPartLastmod } from "@/lib/forum/feed-data";
import {
  SITEMAP_MAX_URLS,
  forumSitemapUrls,
  planSitemap,
  renderSitemapIndex,
  renderUrlset,
  sitemapPartUrl,
  threadSitemapUrls,
} from "@/lib/feeds/sitemap";
import { xmlResponse } from "@/lib/feeds/xml";

export const dynamic = "force-dynamic";

export async function GET() {
  const plan = planSitemap(await sitemapCounts());
  const forum = await sitemapForumEntries();
  if (plan.kind === "single") {
    const threads = await sitemapThreadEntries(1, SITEMAP_MAX_URLS);
    return xmlResponse(renderUrlset([...forumSitemapUrls(forum), ...threadSitemapUrls(threads)]), "application/xml");
  }
  const parts = [{ loc: sitemapPartUrl("forum.xml"), lastmod: forum.indexLastmod }];
  for (let part = 1; part <= plan.threadParts; part++) {
    parts.push({ loc: sitemapPartUrl(`threads-${part}.xml`), lastmod: await sitemapThreadPartLastmod(part, SITEMAP_MAX_URLS) });
  }
  return xmlResponse(renderSitemapIndex(parts), "application/xml");
}
