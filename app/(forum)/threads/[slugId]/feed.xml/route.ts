// /threads/<slug>.<id>/feed.xml: RSS 2.0 of the thread's newest visible
// replies; under /en the same feed with English titles and links.
import { NextResponse } from "next/server";
import { getThreadById } from "@/lib/forum/read-thread";
import { threadFeedXml } from "@/lib/feeds/feed-documents";
import { xmlResponse } from "@/lib/feeds/xml";
import { localeHref } from "@/lib/i18n/locales";
import { currentLocale } from "@/lib/i18n/request-locale";
import { t } from "@/lib/i18n/text";
import { absoluteUrl, parseSlugId, threadFeedPath } from "@/lib/urls";

export const dynamic = "force-dynamic";

const notFound = () => new NextResponse(t("feeds.threadNotFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ slugId: string }> }) {
  const parsed = parseSlugId((await params).slugId);
  const thread = parsed ? await getThreadById(parsed.id) : null;
  // A feed is public: a thread held for approval has none, whoever asks.
  if (!parsed || !thread || thread.status !== "visible") return notFound();
  const locale = currentLocale();
  // Absolute from SITE_URL: request.url names the server's own host, not the public one.
  if (parsed.slug !== thread.slug) return NextResponse.redirect(absoluteUrl(localeHref(locale, threadFeedPath(thread))), 308);
  return xmlResponse(await threadFeedXml(thread, locale), "application/rss+xml");
}
