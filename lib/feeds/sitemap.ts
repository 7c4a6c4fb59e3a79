// Sitemaps (sitemaps.org 0.9): one <urlset> while the forum has at most
// 50 000 URLs, then a <sitemapindex> whose parts each hold at most 50 000.
import { absoluteUrl, categoryPath, threadPath } from "@/lib/urls";
import { XML_DECLARATION, escapeXml } from "./xml";
import { alternateHrefs, DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";

/** The protocol's limit of URLs in one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;
const NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

const XHTML_NS = "http://www.w3.org/1999/xhtml";

/** `alternates`: the page in each language (hreflang → absolute URL), issue 17. */
export type SitemapUrl = { loc: string; lastmod: Date | null; alternates?: Record<string, string> };

function alternateLinks(alternates: Record<string, string> | undefined): string {
  if (!alternates) return "";
  return Object.entries(alternates)
    .map(([lang, href]) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeXml(href)}"/>`)
    .join("");
}

export function renderUrlset(urls: SitemapUrl[]): string {
  const body = urls
    .map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}${alternateLinks(u.alternates)}</url>\n`)
    .join("");
  const xhtml = urls.some((u) => u.alternates) ? ` xmlns:xhtml="${XHTML_NS}"` : "";
  return `${XML_DECLARATION}\n<urlset xmlns="${NS}"${xhtml}>\n${body}</urlset>\n`;
}

export function renderSitemapIndex(sitemaps: SitemapUrl[]): string {
  const body = sitemaps
    .map((s) => `  <sitemap><loc>${escapeXml(s.loc)}</loc>${s.lastmod ? `<lastmod>${s.lastmod.toISOString()}</lastmod>` : ""}</sitemap>\n`)
    .join("");
  return `${XML_DECLARATION}\n<sitemapindex xmlns="${NS}">\n${body}</sitemapindex>\n`;
}

/**
 * How the URLs are split. Part 0 holds the index page and the categories;
 * parts 1…n hold the threads, in id order, `limit` to a part — so a part's
 * content only grows at the end and old parts stay stable for crawlers.
 */
export type SitemapPlan = { kind: "single" } | { kind: "index"; threadParts: number };

export function planSitemap(counts: { categories: number; threads: number }, limit: number = SITEMAP_MAX_URLS): SitemapPlan {
  const total = 1 + counts.categories + counts.threads;
  if (total <= limit) return { kind: "single" };
  return { kind: "index", threadParts: Math.ceil(counts.threads / limit) };
}

/** "forum.xml" → part 0; "threads-3.xml" → thread part 3; anything else → null. */
export function parseSitemapPart(file: string): { part: "forum" } | { part: "threads"; index: number } | null {
  if (file === "forum.xml") return { part: "forum" };
  const match = /^threads-([1-9]\d{0,5})\.xml$/.exec(file);
  return match ? { part: "threads", index: Number(match[1]) } : null;
}

/** Absolute sitemap entries for the index page and the categories. */
/**
 * The Vietnamese address (the default language) with its hreflang
 * alternates: vi, en and x-default. The English addresses are named only
 * there, not as <url> entries of their own, so the 50 000 limit stays a
 * count of pages.
 */
function localizedEntry(path: string, lastmod: Date | null): SitemapUrl {
  const hrefs = alternateHrefs(path);
  const alternates: Record<string, string> = {};
  for (const locale of LOCALES) alternates[locale] = absoluteUrl(hrefs[locale]);
  alternates["x-default"] = absoluteUrl(hrefs[DEFAULT_LOCALE]);
  return { loc: absoluteUrl(path), lastmod, alternates };
}

export function forumSitemapUrls(forum: { indexLastmod: Date | null; categories: { slug: string; lastmod: Date }[] }): SitemapUrl[] {
  return [localizedEntry("/", forum.indexLastmod), ...forum.categories.map((c) => localizedEntry(categoryPath(c), c.lastmod))];
}

export function threadSitemapUrls(threads: { id: number; slug: string; lastmod: Date }[]): SitemapUrl[] {
  return threads.map((t) => localizedEntry(threadPath(t), t.lastmod));
}

export function sitemapPartUrl(file: string): string {
  return absoluteUrl(`/sitemaps/${file}`);
}
