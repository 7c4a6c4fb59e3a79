// A guest reads the published article thread: every element of the source page
// (DESIGN.md §1) is there, with and without JavaScript.
import { expect, test, type Page } from "@playwright/test";

const TITLE = "Mỹ đầu tư AI gấp 6 lần, nhưng Trung Quốc vẫn áp đảo nhờ điều này";
const THREAD_PATH = "/threads/my-dau-tu-ai-gap-6-lan-nhung-trung-quoc-van-ap-dao-nho-dieu-nay.1";
const SOURCE_URL = "https://www.vnreview.vn/threads/my-dau-tu-ai-gap-6-lan-nhung-trung-quoc-van-ap-dao-nho-dieu-nay.65825/";

async function expectEveryArticleElement(page: Page) {
  await expect(page).toHaveTitle(`${TITLE} | Bàn Luận`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);

  const article = page.locator("article.article");
  // Header: avatar (initials), author, live reply count, date.
  await expect(article.locator(".article__byline").getByRole("link", { name: "Nguyễn Hoàng" })).toBeVisible();
  await expect(article.getByTestId("reply-count")).toHaveText("Phản hồi: 0");
  await expect(article.locator(".article__byline time")).toHaveAttribute("datetime", "2025-07-25T09:37:18.703Z");
  // Author card with user title and initials avatar.
  const card = article.getByTestId("author-card");
  await expect(card.getByRole("img", { name: "Nguyễn Hoàng" })).toHaveText("NH");
  await expect(card).toContainText("Intern Writer");
  // Lead, body, headings, the attachment figure.
  await expect(article.locator(".article__lead")).toHaveText(/^Tại sao Trung Quốc.*sân nhà\?$/);
  await expect(article.locator(".article__body h2")).toHaveText([
    "Mỹ và phương Tây đang tụt lại?",
    "Quy mô đồng minh: Chìa khóa sống còn cho phương Tây",
  ]);
  await expect(article.locator(".article__body > p")).toHaveCount(8);
  const figure = article.locator("figure.attachment");
  await expect(figure).toHaveCount(1);
  await expect(figure.locator("figcaption")).toHaveText("1753436238703.png");
  await expect(figure.locator("img")).toHaveCount(0); // never an invented picture
  // The figure sits between the second and third paragraphs.
  const order = await article.locator(".article__body > *").evaluateAll((els) => els.map((e) => e.tagName));
  expect(order.slice(0, 4)).toEqual(["P", "P", "FIGURE", "P"]);
  // Source credit, original link; the credit is no longer in the last paragraph.
  await expect(article.locator(".article__source")).toContainText("Nguồn: japantimes");
  await expect(article.getByRole("link", { name: "Xem bài gốc" })).toHaveAttribute("href", SOURCE_URL);
  await expect(article.locator(".article__body > p").last()).toHaveText(/vì quy mô không chờ ai\.$/);
  // Page chrome from the scrape never leaks into the article.
  await expect(article).not.toContainText("linktop");
  await expect(article).not.toContainText("Đăng nhập một lần");
  // Guest call to action, sidebar widget, breadcrumb, back-to-top.
  const cta = page.getByRole("link", { name: "Đăng nhập một lần thảo luận tẹt ga" });
  await expect(cta).toHaveAttribute("href", /^\/login\?callbackUrl=/);
  // The widget lists the newest posts forum-wide (other journeys post too).
  const widget = page.getByRole("complementary").getByRole("region", { name: "Thành viên mới đăng" });
  await expect(widget.getByTestId("newest-posts").locator("li").first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("link")).toHaveText(["Diễn đàn", "Tin công nghệ"]);
  // Its accessible name is its visible text (WCAG 2.5.3), the arrow hidden from assistive technology.
  await expect(page.getByRole("link", { name: "Lên đầu trang", exact: true })).toHaveText("↑ Lên đầu trang");
}

/**
 * From the index to the article, as a guest would. On a fresh database the article
 * is among "Tin công nghệ"'s newest threads on the index; when other journeys
 * running beside this one have published newer threads there, the index shows only
 * the five most recent, so the reader opens the category and its pages.
 */
async function openArticleFromIndex(page: Page) {
  await page.goto("/");
  const news = page.getByRole("region", { name: "Tin công nghệ" });
  await expect(news.getByRole("heading", { name: "Tin công nghệ" })).toBeVisible();
  const onIndex = news.getByRole("link", { name: TITLE });
  if ((await onIndex.count()) > 0) return onIndex.click();
  await news.getByRole("heading", { name: "Tin công nghệ" }).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tin công nghệ");
  for (let pageNumber = 1; pageNumber < 50; pageNumber++) {
    const link = page.getByRole("main").getByRole("link", { name: TITLE });
    if ((await link.count()) > 0) return link.first().click();
    await page.getByRole("link", { name: "Trang sau" }).first().click();
  }
  throw new Error("the article is on no page of its category");
}

test("a guest opens the index, then the article thread, and sees every element", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Diễn đàn");
  await openArticleFromIndex(page);
  await expect(page).toHaveURL(THREAD_PATH);
  await expectEveryArticleElement(page);

  // Back to top: scroll to the bottom, use the control, land at the top.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await page.getByRole("link", { name: "Lên đầu trang" }).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the thread reads fully and back-to-top still works", async ({ page }) => {
    await openArticleFromIndex(page);
    await expect(page).toHaveURL(THREAD_PATH);
    await expectEveryArticleElement(page);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByRole("link", { name: "Lên đầu trang" }).click();
    await expect(page).toHaveURL(`${THREAD_PATH}#top`);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });
});

test("metadata: canonical link, description, OpenGraph and JSON-LD", async ({ page, baseURL }) => {
  await page.goto(THREAD_PATH);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${THREAD_PATH}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Tại sao Trung Quốc.*sân nhà\?$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", TITLE);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(json["@type"]).toBe("DiscussionForumPosting");
  expect(json.headline).toBe(TITLE);
  expect(json.author.name).toBe("Nguyễn Hoàng");
  expect(json.datePublished).toBe("2025-07-25T09:37:18.703Z");
  expect(json.url).toBe(`${baseURL}${THREAD_PATH}`);
  expect(json.text).toContain("quy mô không chờ ai");
  expect(json.interactionStatistic.userInteractionCount).toBe(0);
  expect(json.comment).toEqual([]);
});

test("a wrong slug redirects permanently; an unknown thread is a Vietnamese 404", async ({ request, page }) => {
  const wrong = await request.get("/threads/sai-duong-dan.1", { maxRedirects: 0 });
  expect(wrong.status()).toBe(308);
  expect(wrong.headers()["location"]).toBe(THREAD_PATH);
  const bare = await request.get("/threads/1", { maxRedirects: 0 });
  expect(bare.status()).toBe(308);

  const missing = await page.goto("/threads/khong-co.999999");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
});

test("screenshots of the thread at phone and desktop widths", async ({ page }, testInfo) => {
  for (const [name, width] of [["phone", 360], ["desktop", 1280]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(THREAD_PATH);
    // Nothing may overflow sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const path = testInfo.outputPath(`thread-${name}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`thread-${name}`, { path, contentType: "image/png" });
  }
});
