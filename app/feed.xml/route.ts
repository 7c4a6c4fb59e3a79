// /feed.xml: RSS 2.0 of the newest threads, the lead as description; at
// /en/feed.xml the same feed with English titles and links (lib/feeds/feed-documents.ts).
import { siteFeedXml } from "@/lib/feeds/feed-documents";
import { xmlResponse } from "@/lib/feeds/xml";
import { currentLocale } from "@/lib/i18n/request-locale";

export const dynamic = "force-dynamic";

export async function GET() {
  return xmlResponse(await siteFeedXml(currentLocale()), "application/rss+xml");
}
