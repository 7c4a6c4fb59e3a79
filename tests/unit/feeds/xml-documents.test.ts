// Feeds and sitemaps are parsed by strangers' software: whatever members
// write, the documents must be well-formed XML with the text intact.
import { describe, expect, it } from "vitest";
import { renderRss } from "@/lib/feeds/rss";
import { parseSitemapPart, planSitemap, renderSitemapIndex, renderUrlset, SITEMAP_MAX_URLS, threadSitemapUrls } from "@/lib/feeds/sitemap";
import { escapeXml } from "@/lib/feeds/xml";

describe("escapeXml", () => {
  it("escapes the five special characters", () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
  });

  it("drops characters XML 1.0 cannot carry, keeps everything else", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFF")).toBe("abcdef");
    expect(escapeXml("lone \uD800 surrogate \uDC00")).toBe("lone  surrogate ");
    expect(escapeXml("tab\tnew\nline\r👍 Đầu tư")).toBe("tab\tnew\nline\r👍 Đầu tư");
  });

  it("escapes an entity-looking text instead of passing it through", () => {
    expect(escapeXml("&amp; &#0; &nbsp;")).toBe("&amp;amp; &amp;#0; &amp;nbsp;");
  });
});

describe("renderRss", () => {
  const xml = renderRss(
    {
      title: "Bàn Luận — <chủ đề> & mới",
      link: "https://banluan.example/",
      self: "https://banluan.example/feed.xml",
      description: "Mô tả",
      items: [
        {
          title: 'Tiêu đề "đặc biệt" <b>',
          link: "https://banluan.example/threads/a.1?x=1&y=2",
          description: "<p>HTML &amp; chữ</p>\u0001",
          author: "Nguyễn Hoàng",
          category: "Tin công nghệ",
          published: new Date("2025-07-25T09:37:18.703Z"),
        },
      ],
    },
    new Date("2026-01-01T00:00:00Z"),
  );

  it("is RSS 2.0 with a self link, RFC 822 dates and escaped text", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain("<title>Bàn Luận — &lt;chủ đề&gt; &amp; mới</title>");
    expect(xml).toContain('<atom:link href="https://banluan.example/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain("<link>https://banluan.example/threads/a.1?x=1&amp;y=2</link>");
    expect(xml).toContain("<pubDate>Fri, 25 Jul 2025 09:37:18 GMT</pubDate>");
    expect(xml).toContain("<lastBuildDate>Fri, 25 Jul 2025 09:37:18 GMT</lastBuildDate>");
    expect(xml).toContain("<description>&lt;p&gt;HTML &amp;amp; chữ&lt;/p&gt;</description>");
    expect(xml).not.toContain("\u0001");
  });

  it("has no unescaped markup in text: every < opens a known element", () => {
    const tags = [...xml.matchAll(/<\/?([a-zA-Z:]+)/g)].map((m) => m[1]);
    const known = new Set(["rss", "channel", "title", "link", "description", "language", "lastBuildDate", "atom:link", "item", "guid", "pubDate", "dc:creator", "category"]);
    expect(tags.filter((t) => !known.has(t))).toEqual([]);
  });
});

describe("sitemaps", () => {
  it("lists URLs with W3C dates", () => {
    const xml = renderUrlset([
      { loc: "https://banluan.example/threads/a.1", lastmod: new Date("2025-07-25T09:37:18.703Z") },
      { loc: "https://banluan.example/?a=1&b=2", lastmod: null },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<url><loc>https://banluan.example/threads/a.1</loc><lastmod>2025-07-25T09:37:18.703Z</lastmod></url>");
    expect(xml).toContain("<url><loc>https://banluan.example/?a=1&amp;b=2</loc></url>");
  });

  it("names each page's English address and the default as hreflang alternates", () => {
    const [entry] = threadSitemapUrls([{ id: 1, slug: "a", lastmod: new Date("2025-07-25T09:37:18.703Z") }]);
    const xml = renderUrlset([entry]);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const origin = new URL(entry.loc).origin;
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="vi" href="${origin}/threads/a.1"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${origin}/en/threads/a.1"/>`);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${origin}/threads/a.1"/>`);
  });

  it("stays one file up to 50 000 URLs, then becomes an index of parts of at most 50 000", () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    // 1 index page + categories + threads.
    expect(planSitemap({ categories: 2, threads: 49_997 })).toEqual({ kind: "single" });
    expect(planSitemap({ categories: 2, threads: 49_998 })).toEqual({ kind: "index", threadParts: 1 });
    expect(planSitemap({ categories: 2, threads: 100_000 })).toEqual({ kind: "index", threadParts: 2 });
    expect(planSitemap({ categories: 2, threads: 100_001 })).toEqual({ kind: "index", threadParts: 3 });
    expect(planSitemap({ categories: 1, threads: 5 }, 3)).toEqual({ kind: "index", threadParts: 2 });
  });

  it("renders the index and names its parts strictly", () => {
    const xml = renderSitemapIndex([{ loc: "https://banluan.example/sitemaps/threads-1.xml", lastmod: new Date(0) }]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<sitemap><loc>https://banluan.example/sitemaps/threads-1.xml</loc><lastmod>1970-01-01T00:00:00.000Z</lastmod></sitemap>");
    expect(parseSitemapPart("forum.xml")).toEqual({ part: "forum" });
    expect(parseSitemapPart("threads-12.xml")).toEqual({ part: "threads", index: 12 });
    for (const bad of ["threads-0.xml", "threads-01.xml", "threads-1.xml.gz", "../etc.xml", "threads-.xml", "x.xml"]) {
      expect(parseSitemapPart(bad)).toBeNull();
    }
  });
});
