// Searching the forum: from the header, with or without accents, ranked with
// exact accents first, within one thread, never showing what a guest could not
// read, and answering any input with results or a Vietnamese message — with
// and without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { createMember, logIn } from "./helpers/accounts";
import { openForumDb, uniqueWord } from "./helpers/forum-db";

const ARTICLE_TITLE = "Mỹ đầu tư AI gấp 6 lần, nhưng Trung Quốc vẫn áp đảo nhờ điều này";
const ARTICLE_PATH = "/threads/my-dau-tu-ai-gap-6-lan-nhung-trung-quoc-van-ap-dao-nho-dieu-nay.1";

async function searchFromHeader(page: Page, query: string) {
  const box = page.getByRole("banner").getByRole("searchbox", { name: "Tìm kiếm" });
  await box.fill(query);
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tìm kiếm");
}

const results = (page: Page) => page.locator("li.search-result");
const resultIds = (page: Page) => results(page).evaluateAll((items) => items.map((li) => Number(li.getAttribute("data-post-id"))));

test("from the header, with and without accents, in any case, NFC or NFD, the article is found", async ({ page }) => {
  await page.goto("/");
  for (const query of ["đầu tư", "dau tu", "DAU TU", "đầu tư".normalize("NFD"), "trung quoc ap dao"]) {
    await searchFromHeader(page, query);
    const first = results(page).first();
    await expect(first.getByRole("heading", { level: 2 })).toHaveText(ARTICLE_TITLE);
    // The matched words are highlighted, whatever accents were typed.
    await expect(first.locator("mark").first()).toBeVisible();
    await expect(first.locator(".search-result__meta time")).toHaveAttribute("datetime", "2025-07-25T09:37:18.703Z");
    await expect(first.locator(".search-result__meta")).toContainText("Nguyễn Hoàng");
  }
  await expect(results(page).first().getByRole("heading", { level: 2 }).locator("mark")).toHaveText(["Trung", "Quốc", "áp", "đảo"]);

  // The result links to the post's permalink, which opens the thread.
  const link = results(page).first().getByRole("link", { name: ARTICLE_TITLE });
  await expect(link).toHaveAttribute("href", "/posts/1");
  await link.click();
  await expect.poll(() => new URL(page.url()).pathname).toBe(ARTICLE_PATH);
});

test("a match with the query's exact accents ranks first, then titles, then newer posts", async ({ page }) => {
  const forum = openForumDb();
  const tag = uniqueWord("xh");
  try {
    const author = forum.createMember({ username: uniqueWord("tv"), displayName: "Người Thử Xếp Hạng" });
    // Created worst rank first, so newest-first alone would give the opposite
    // order. The tag word follows the two words everywhere, so it is part of
    // every phrase and keeps other tests' posts out of the results.
    const base = forum.createThread({ title: `Chủ đề nền ${tag}`, authorId: author, body: `Mở đầu ${tag}` });
    const foldedText = forum.addReply({ threadId: base.threadId, authorId: author, text: `Nhớ tắt bếp khi đốt ${tag} than` });
    const foldedTitle = forum.createThread({ title: `Cẩn thận khi đốt ${tag} rác`, authorId: author, body: `Nội dung ${tag}` }).postId;
    const exactText = forum.addReply({ threadId: base.threadId, authorId: author, text: `Hôm qua tôi thấy khỉ đột ${tag}` });
    const exactTitle = forum.createThread({ title: `Con khỉ đột ${tag} ở thảo cầm viên`, authorId: author, body: `Mở đầu ${tag}` }).postId;

    await page.goto("/");
    await searchFromHeader(page, `khỉ đột ${tag}`);
    expect(await resultIds(page)).toEqual([exactTitle, exactText, foldedTitle, foldedText]);

    // Typed without accents nothing is "exact": titles first, then newer first.
    await searchFromHeader(page, `KHI DOT ${tag}`);
    expect(await resultIds(page)).toEqual([exactTitle, foldedTitle, exactText, foldedText]);
  } finally {
    forum.close();
  }
});

test("'Tìm trong chủ đề này' on the thread page searches that thread only", async ({ page }) => {
  const forum = openForumDb();
  try {
    const author = forum.createMember({ username: uniqueWord("tv"), displayName: "Người Ở Chủ Đề Khác" });
    const other = forum.createThread({ title: "Trung Quốc và xe điện giá rẻ", authorId: author, body: "Trung Quốc bán xe điện khắp nơi." });

    await page.goto("/");
    await searchFromHeader(page, "trung quoc");
    const everywhere = await results(page).evaluateAll((items) => items.map((li) => Number(li.getAttribute("data-thread-id"))));
    expect(everywhere).toContain(other.threadId);
    expect(everywhere).toContain(1);

    await page.goto(ARTICLE_PATH);
    const box = page.getByRole("search", { name: "Tìm trong chủ đề này" });
    await box.getByRole("searchbox", { name: "Tìm trong chủ đề này" }).fill("trung quoc");
    await box.getByRole("button", { name: "Tìm" }).click();
    await expect(page).toHaveURL(/[?&]thread=1(&|$)/);
    await expect(page.locator(".search-form__scope")).toContainText(ARTICLE_TITLE);
    await expect(results(page)).not.toHaveCount(0);
    const scoped = await results(page).evaluateAll((items) => items.map((li) => Number(li.getAttribute("data-thread-id"))));
    expect(new Set(scoped)).toEqual(new Set([1]));
    await expect(page.getByTestId("search-summary")).toContainText(`trong chủ đề “${ARTICLE_TITLE}”`);

    // Leaving the thread scope finds the other thread again.
    await page.getByRole("link", { name: "Tìm trên toàn diễn đàn" }).click();
    await expect(page.locator(`li.search-result[data-thread-id="${other.threadId}"]`).first()).toBeVisible();
  } finally {
    forum.close();
  }
});

test.describe("a hidden reply", () => {
  let secret: string;
  let hiddenPostId: number;
  let visiblePostId: number;

  test.beforeAll(() => {
    const forum = openForumDb();
    try {
      secret = uniqueWord("an");
      const author = forum.createMember({ username: uniqueWord("tv"), displayName: "Người Bị Ẩn Bài" });
      const thread = forum.createThread({ title: "Chủ đề có phản hồi bị ẩn", authorId: author, body: "Mở đầu" });
      hiddenPostId = forum.addReply({ threadId: thread.threadId, authorId: author, text: `Quảng cáo ${secret} giá rẻ`, status: "hidden" });
      visiblePostId = forum.addReply({ threadId: thread.threadId, authorId: author, text: `Bình luận đàng hoàng ${secret}` });
    } finally {
      forum.close();
    }
  });

  test("is not found by a guest, even one who asks for hidden posts in the URL", async ({ page }) => {
    await page.goto("/");
    await searchFromHeader(page, `quảng cáo ${secret}`);
    await expect(page.getByTestId("search-message")).toContainText("Không tìm thấy kết quả nào");
    await expect(page.getByRole("checkbox")).toHaveCount(0);

    await page.goto(`/search?q=${secret}&hidden=1`);
    expect(await resultIds(page)).toEqual([visiblePostId]);
    expect(await resultIds(page)).not.toContain(hiddenPostId);
  });

  test("is found by a moderator who asks for it, and by no member", async ({ page }) => {
    // A member logs in: no checkbox, and asking in the URL changes nothing.
    const member = createMember("member", "tk");
    await logIn(page, member.username);
    await page.goto(`/search?q=${secret}&hidden=1`);
    await expect(page.getByRole("checkbox")).toHaveCount(0);
    expect(await resultIds(page)).toEqual([visiblePostId]);

    // A moderator sees the checkbox; without it ticked, readers' results.
    await page.context().clearCookies();
    const moderator = createMember("moderator", "dh");
    await logIn(page, moderator.username);
    await searchFromHeader(page, secret);
    expect(await resultIds(page)).toEqual([visiblePostId]);
    const form = page.getByRole("search", { name: "Tìm kiếm trên diễn đàn" });
    await form.getByLabel(/Gồm cả bài bị ẩn/).check();
    await form.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page).toHaveURL(/hidden=1/);
    expect(await resultIds(page)).toEqual([visiblePostId, hiddenPostId].sort((a, b) => b - a));
    const hidden = page.locator(`li.search-result[data-post-id="${hiddenPostId}"]`);
    await expect(hidden.locator(".badge--status")).toHaveText("Đã ẩn");
    await expect(hidden.locator("mark").first()).toBeVisible();
  });
});

test("every bad input answers with results or a Vietnamese message, never an error page", async ({ page, request }) => {
  const cases: [string, RegExp][] = [
    ["/search", /Nhập từ khóa để tìm/],
    ["/search?q=", /Nhập từ khóa để tìm/],
    ["/search?q=%20%20%20", /Nhập từ khóa để tìm/],
    ["/search?q=a", /Từ khóa quá ngắn/],
    ["/search?q=%C3%BD", /Từ khóa quá ngắn/],
    [`/search?q=${encodeURIComponent("đầu tư ".repeat(143).slice(0, 1000))}`, /Từ khóa quá dài/],
    [`/search?q=${"x".repeat(1000)}`, /Từ khóa quá dài/],
    [`/search?q=${encodeURIComponent('"*()-:^')}`, /ít nhất một chữ cái hoặc chữ số/],
    [`/search?q=${encodeURIComponent('"đầu tư" NEAR(trung quốc) AND -(mỹ*) OR NOT title:ai')}`, /kết quả|Không tìm thấy/],
    [`/search?q=${encodeURIComponent("NEAR AND OR NOT")}`, /Không tìm thấy kết quả nào/],
    [`/search?q=${encodeURIComponent("{title body}: đầu")}`, /kết quả|Không tìm thấy/],
    [`/search?q=${encodeURIComponent("'; DROP TABLE \"Post\"; --")}`, /kết quả|Không tìm thấy/],
    ["/search?q=%E0%A4%A&page=abc", /kết quả|Không tìm thấy|Nhập từ khóa|chữ cái/],
    ["/search?q=dau+tu&page=-3&thread=abc&period=mai-mai&member=", /kết quả/],
    ["/search?q=dau+tu&page=999999", /Trang 999\.999 không có kết quả nào/],
    ["/search?q=dau+tu&thread=999999", /Chủ đề bạn chọn không tồn tại/],
    ["/search?q=dau+tu&member=khong.co.ai", /Không có thành viên nào có tên đăng nhập/],
    ["/search?q=dau+tu&q=khac&page=1&page=2", /kết quả/],
    ["/search?q=%00%01%02", /Nhập từ khóa|chữ cái/],
  ];
  for (const [url, message] of cases) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 }), url).toHaveText("Tìm kiếm");
    await expect(page.locator("main"), url).toContainText(message);
    await expect(page.locator("main"), url).not.toContainText(/Application error|Internal Server Error|lỗi máy chủ/i);
  }
  // The page is not indexed by search engines.
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("search, page through results and filter by member and period", async ({ page }) => {
    const forum = openForumDb();
    const word = uniqueWord("kj");
    let writerName = "";
    let oldPost = 0;
    try {
      writerName = uniqueWord("tv");
      const writer = forum.createMember({ username: writerName, displayName: "Người Viết Nhiều" });
      const other = forum.createMember({ username: uniqueWord("tv"), displayName: "Người Khác" });
      const thread = forum.createThread({ title: "Chủ đề nhiều phản hồi để phân trang", authorId: writer, body: "Mở đầu" });
      for (let i = 0; i < 24; i++) forum.addReply({ threadId: thread.threadId, authorId: i < 20 ? writer : other, text: `Phản hồi số ${i} về ${word}` });
      oldPost = forum.addReply({ threadId: thread.threadId, authorId: writer, text: `Chuyện cũ về ${word}`, createdAt: new Date(Date.now() - 400 * 86_400_000) });
    } finally {
      forum.close();
    }

    await page.goto("/");
    await searchFromHeader(page, word);
    await expect(page.getByTestId("search-summary")).toContainText("Tìm thấy 25 kết quả");
    await expect(results(page)).toHaveCount(20);
    await page.getByRole("navigation", { name: "Trang kết quả" }).getByRole("link", { name: "Trang sau" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(results(page)).toHaveCount(5);
    expect(await resultIds(page)).toContain(oldPost);

    // Filters are a plain GET form.
    const form = page.getByRole("search", { name: "Tìm kiếm trên diễn đàn" });
    await form.getByLabel("Thành viên").fill(writerName);
    await form.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page.getByTestId("search-summary")).toContainText(`Tìm thấy 21 kết quả`);
    await expect(page.getByTestId("search-summary")).toContainText(`của thành viên ${writerName}`);

    await form.getByLabel("Thời gian").selectOption("30d");
    await form.getByRole("button", { name: "Tìm kiếm" }).click();
    await expect(page.getByTestId("search-summary")).toContainText("Tìm thấy 20 kết quả");
    expect(await resultIds(page)).not.toContain(oldPost);
  });
});

test("screenshots of results at phone and desktop widths", async ({ page }, testInfo) => {
  for (const [name, width] of [["phone", 360], ["desktop", 1280]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/search?q=dau+tu");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const path = testInfo.outputPath(`search-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`search-${name}`, { path, contentType: "image/png" });
  }
});
