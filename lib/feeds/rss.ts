// RSS 2.0 documents: the site's newest threads and each thread's newest
// replies. Links are absolute (feed readers have no base URL).
import { XML_DECLARATION, escapeXml } from "./xml";

export type RssChannel = {
  title: string;
  /** The page the feed belongs to (absolute). */
  link: string;
  /** The feed's own address (absolute), for atom:link rel="self". */
  self: string;
  description: string;
  /** The feed's language (RSS <language>): the forum's, Vietnamese, unless the feed was asked for under /en. */
  language?: string;
  items: RssItem[];
};

export type RssItem = {
  title: string;
  link: string;
  /** Plain text or HTML; it is escaped either way and readers unescape it. */
  description: string;
  author: string;
  category?: string;
  published: Date;
};

/** RFC 822 date, as RSS 2.0 requires ("Fri, 25 Jul 2025 09:37:18 GMT"). */
const rfc822 = (date: Date) => date.toUTCString();

export function renderRss(channel: RssChannel, now: Date = new Date()): string {
  const newest = channel.items.reduce<Date | null>((max, i) => (!max || i.published > max ? i.published : max), null);
  const items = channel.items.map(
    (item) =>
      `    <item>\n` +
      `      <title>${escapeXml(item.title)}</title>\n` +
      `      <link>${escapeXml(item.link)}</link>\n` +
      `      <guid isPermaLink="true">${escapeXml(item.link)}</guid>\n` +
      `      <pubDate>${rfc822(item.published)}</pubDate>\n` +
      `      <dc:creator>${escapeXml(item.author)}</dc:creator>\n` +
      (item.category ? `      <category>${escapeXml(item.category)}</category>\n` : "") +
      `      <description>${escapeXml(item.description)}</description>\n` +
      `    </item>\n`,
  );
  return (
    `${XML_DECLARATION}\n` +
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n` +
    `  <channel>\n` +
    `    <title>${escapeXml(channel.title)}</title>\n` +
    `    <link>${escapeXml(channel.link)}</link>\n` +
    `    <description>${escapeXml(channel.description)}</description>\n` +
    `    <language>${escapeXml(channel.language ?? "vi")}</language>\n` +
    `    <lastBuildDate>${rfc822(newest ?? now)}</lastBuildDate>\n` +
    `    <atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml"/>\n` +
    items.join("") +
    `  </channel>\n` +
    `</rss>\n`
  );
}
