// Feeds, sitemap and robots.txt: what readers' feed apps and search engines
// fetch. Every document is parsed as XML (by the browser's DOMParser) and must
// list only public content.
import { expect, test, type Page } from "@playwright/test";
import { openForumDb, uniqueWord } from "./helpers/forum-db";

const ARTICLE_PATH = "/threads/my-dau-tu-ai-gap-6-lan-nhung-trung-quoc-van-ap-dao-nho-dieu-nay.1";

type ParsedFeed = {
  error: string | null;
  root: string;
  channel: Record<string, string>;
  self: string | null;
  items: Record<string, string>[];
};

/** Parses with the browser's XML parser; a well-formedness error is reported, not thrown. */
async function parseFeed(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
    const fields = (el: Element | null) =>
      Object.fromEntries([...(el?.children ?? [])].filter((c) => c.children.length === 0).map((c) => [c.tagName, c.textContent ?? ""]));
    const channel = doc.querySelector("channel");
    return {
      error,
      root: doc.documentElement.tagName,
      channel: fields(channel),
      self: channel?.getElementsByTagName("atom:link")[0]?.getAttribute("href") ?? null,
      items: [...doc.querySelectorAll("item")].map((item) => fields(item)),
    };
  }, xml);
}

async function parseSitemap(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    return {
      error: doc.getElementsByTagName("parsererror")[0]?.textContent ?? null,
      root: doc.documentElement.tagName,
      namespace: doc.documentElement.namespaceURI,
      urls: [...doc.getElementsByTagName("url")].map((u) => ({
        loc: u.getElementsByTagName("loc")[0]?.textContent ?? "",
        lastmod: u.getElementsByTagName("lastmod")[0]?.textContent ?? null,
      })),
    };
  }, xml);
}

test("/feed.xml is valid RSS 2.0 listing a new article thread with its lead, linked from every page", async ({ page, request, baseURL }) => {
  // The feed holds the 30 newest threads and journeys alongside create dozens,
  // so this one publishes its own article rather than count on the bundled one
  // still being among them.
  const forum = openForumDb();
  const word = uniqueWord("bao");
  const lead = `Đoạn dẫn <i>của</i> bài "${word}" & vài ký tự đặc biệt.`;
  let article: { path: string };
  try {
    const author = forum.createMember({ username: uniqueWord("tg"), displayName: "Nguyễn Hoàng" });
    article = forum.createThread({
      title: `Bài báo mới ${word}`,
      authorId: author,
      body: "Thân bài.",
      article: { lead, publishedAt: new Date("2025-07-25T09:37:18.000Z") },
    });
  } finally {
    forum.close();
  }

  await page.goto("/");
  const alternate = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternate).toHaveAttribute("href", `${baseURL}/feed.xml`);

  const response = await request.get("/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const feed = await parseFeed(page, await response.text());
  expect(feed.error).toBeNull();
  expect(feed.root).toBe("rss");
  expect(feed.channel).toMatchObject({ title: "Bàn Luận — chủ đề mới", link: `${baseURL}/`, language: "vi" });
  expect(feed.self).toBe(`${baseURL}/feed.xml`);
  const item = feed.items.find((i) => i.title === `Bài báo mới ${word}`);
  expect(item).toMatchObject({
    link: `${baseURL}${article.path}`,
    guid: `${baseURL}${article.path}`,
    description: lead,
    "dc:creator": "Nguyễn Hoàng",
    category: "Thảo luận chung",
    // An article is dated by its publication, not by when it was imported.
    pubDate: "Fri, 25 Jul 2025 09:37:18 GMT",
  });
});

test("a thread's feed, linked from its page, lists its newest visible replies, escaped and well-formed", async ({ page, request, baseURL }) => {
  const forum = openForumDb();
  const word = uniqueWord("rss");
  let threadPath = "";
  let replies: number[] = [];
  try {
    const author = forum.createMember({ username: uniqueWord("tv"), displayName: `Tác giả "Đặc biệt" & <Co>` });
    const thread = forum.createThread({ title: `Ký tự đặc biệt <b>&"'</b> trong RSS ${word}`, authorId: author, body: "Mở đầu" });
    threadPath = thread.path;
    replies = [
      forum.addReply({ threadId: thread.threadId, authorId: author, text: `Thứ nhất: <script>alert("x")</script> & **đậm** ${word}` }),
      forum.addReply({ threadId: thread.threadId, authorId: author, text: `Bị ẩn ${word}`, status: "hidden" }),
      forum.addReply({ threadId: thread.threadId, authorId: author, text: `Chờ duyệt ${word}`, status: "pending" }),
      forum.addReply({ threadId: thread.threadId, authorId: author, text: `Thứ hai, mới nhất ${word}\u0001` }),
    ];
  } finally {
    forum.close();
  }

  await page.goto(threadPath);
  const alternates = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternates).toHaveCount(2);
  const feedUrl = await alternates.first().getAttribute("href");
  expect(feedUrl).toBe(`${baseURL}${threadPath}/feed.xml`);
  await expect(alternates.nth(1)).toHaveAttribute("href", `${baseURL}/feed.xml`);

  const response = await request.get(feedUrl!);
  expect(response.status()).toBe(200);
  const feed = await parseFeed(page, await response.text());
  expect(feed.error).toBeNull();
  expect(feed.channel.title).toBe(`Ký tự đặc biệt <b>&"'</b> trong RSS ${word} — phản hồi mới`);
  // Newest first; hidden and pending replies are not public.
  expect(feed.items.map((i) => i.link)).toEqual([`${baseURL}/posts/${replies[3]}`, `${baseURL}/posts/${replies[0]}`]);
  expect(feed.items[0].title).toBe(`Phản hồi #4 của Tác giả "Đặc biệt" & <Co>`);
  // The description is the reply's own (escaped) HTML, text intact.
  expect(feed.items[1].description).toContain("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; <strong>đậm</strong>");
  expect(feed.items.map((i) => i.description).join()).not.toContain("Bị ẩn");

  // An old slug redirects to the canonical feed; an unknown thread is a 404.
  const moved = await request.get(`/threads/sai-slug.${threadPath.split(".").pop()}/feed.xml`, { maxRedirects: 0 });
  expect(moved.status()).toBe(308);
  expect(moved.headers()["location"]).toBe(`${baseURL}${threadPath}/feed.xml`);
  expect((await request.get("/threads/khong-co.999999/feed.xml")).status()).toBe(404);
});

test("/sitemap.xml lists every category and thread with its last change; robots.txt points at it", async ({ page, request, baseURL }) => {
  await page.goto("/");
  const response = await request.get("/sitemap.xml");
  expect(response.status()).toBe(200);
  const sitemap = await parseSitemap(page, await response.text());
  expect(sitemap.error).toBeNull();
  expect(sitemap.root).toBe("urlset");
  expect(sitemap.namespace).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  const locs = sitemap.urls.map((u) => u.loc);
  expect(locs).toContain(`${baseURL}/`);
  expect(locs).toContain(`${baseURL}/categories/tin-cong-nghe`);
  expect(locs).toContain(`${baseURL}/categories/thao-luan-chung`);
  expect(locs).toContain(`${baseURL}${ARTICLE_PATH}`);
  for (const url of sitemap.urls) {
    expect(url.loc.startsWith(`${baseURL}/`)).toBe(true);
    expect(Number.isNaN(Date.parse(url.lastmod ?? ""))).toBe(false);
  }
  // Every thread the index page lists is in the sitemap; search pages are not.
  // Compared by thread id: journeys running alongside rename threads, so a slug
  // read from the index a moment before the sitemap may already have moved on.
  const threadId = (href: string) => href.match(/^[^?#]*\/threads\/[^/]*\.(\d+)$/)?.[1];
  const listed = await page.getByRole("main").locator("a.thread-list__title").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(listed.length).toBeGreaterThan(0);
  const inSitemap = new Set(locs.map(threadId).filter(Boolean));
  for (const href of listed) expect(inSitemap, href).toContain(threadId(href));
  expect(locs.some((l) => l.includes("/search"))).toBe(false);
  // Until the forum passes 50 000 URLs there are no sitemap parts.
  expect((await request.get("/sitemaps/forum.xml")).status()).toBe(404);

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const text = await robots.text();
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(text).toMatch(/Disallow: \/search/);
});
