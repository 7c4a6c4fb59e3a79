// English beside Vietnamese (issue 17): the same thread at /en/threads/… has
// the forum's chrome in English and the article as it was written; the
// Vietnamese page stays at its address; each language's guest page is cached
// (and answered by the fast path) under its own key, and a change expires both.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { establishedMember, loggedIn } from "./helpers/accounts";
import { createThread } from "./helpers/forum";

const en = (path: string) => `/en${path}`;

async function guestGet(guest: APIRequestContext, path: string) {
  const response = await guest.get(path, { maxRedirects: 0 });
  return {
    status: response.status(),
    cache: response.headers()["x-cache-status"],
    fast: response.headers()["x-fast-path"],
    html: (await response.text()).replace(/<!-- -->/g, ""),
  };
}

async function expectEnglishThreadPage(page: Page, title: string, path: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Log in" })).toHaveAttribute("href", "/en/login");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Forums" })).toHaveAttribute("href", "/en");
  await expect(page.getByRole("link", { name: "Log in once and discuss freely" })).toBeVisible();
  await expect(page.getByTestId("reply-count")).toHaveText("Replies: 0");
  await expect(page.getByText("No replies yet. Be the first to join the discussion.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to top" })).toBeAttached();
  // Nothing of the Vietnamese chrome is left on the converted page.
  for (const vi of ["Đăng nhập", "Diễn đàn", "Phản hồi", "Lên đầu trang", "Thành viên mới đăng", "Tìm trong chủ đề này"]) {
    await expect(page.locator("body")).not.toContainText(vi);
  }
  const origin = new URL(page.url()).origin;
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", `${origin}${path}`);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${origin}${en(path)}`);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", `${origin}${path}`);
}

async function expectVietnameseThreadPage(page: Page, title: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("link", { name: "Đăng nhập một lần thảo luận tẹt ga" })).toBeVisible();
  await expect(page.getByTestId("reply-count")).toHaveText("Phản hồi: 0");
}

for (const javaScriptEnabled of [true, false]) {
  test(`a guest reads a thread in English and switches language in the footer (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();

    const response = await page.goto(en(thread.path));
    expect(response?.status()).toBe(200);
    await expectEnglishThreadPage(page, thread.title, thread.path);
    await expect(page).toHaveTitle(new RegExp(`^${thread.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));

    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(thread.path);
    await expectVietnameseThreadPage(page, thread.title);
    await expect(page.getByTestId("language-switch")).toHaveText("English");

    await page.getByTestId("language-switch").click();
    await expect(page).toHaveURL(en(thread.path));
    await expectEnglishThreadPage(page, thread.title, thread.path);
    await context.close();
  });
}

test.describe("English guest pages and the cache", () => {
  let guest: APIRequestContext;
  test.beforeEach(async ({ playwright, baseURL }) => {
    guest = await playwright.request.newContext({ baseURL });
  });
  test.afterEach(async () => {
    await guest.dispose();
  });

  test("each language's page is cached on its own, and a reply expires both", async ({ browser }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    // English first, then Vietnamese: neither may be answered with the other's copy.
    const enFirst = await guestGet(guest, en(thread.path));
    expect(enFirst.status).toBe(200);
    const viFirst = await guestGet(guest, thread.path);
    expect(viFirst.status).toBe(200);
    for (let i = 0; i < 4; i++) {
      const enCached = await guestGet(guest, en(thread.path));
      expect(enCached.cache ?? enCached.fast, "the English page comes from the cache").toBe("HIT");
      expect(enCached.html).toContain('<html lang="en"');
      expect(enCached.html).toContain("Replies: 0");
      expect(enCached.html).not.toContain("Phản hồi: 0");
      const viCached = await guestGet(guest, thread.path);
      expect(viCached.cache ?? viCached.fast).toBe("HIT");
      expect(viCached.html).toContain('<html lang="vi"');
      expect(viCached.html).toContain("Phản hồi: 0");
      expect(viCached.html).not.toContain("Replies: 0");
    }
    // By now the fast path answers both, each with its own bytes.
    const enFast = await guestGet(guest, en(thread.path));
    expect(enFast.fast).toBe("HIT");
    expect(enFast.html).toContain("Log in once and discuss freely");

    const author = await loggedIn(browser, m);
    await author.goto(thread.path);
    const text = `Trả lời mới ${Date.now()}`;
    await author.locator("#reply-composer").getByLabel("Nội dung trả lời").fill(text);
    await author.getByRole("button", { name: "Gửi trả lời" }).click();
    await expect(author.getByTestId("reply-list")).toContainText(text);

    for (const [path, count] of [[en(thread.path), "Replies: 1"], [thread.path, "Phản hồi: 1"]] as const) {
      const next = await guestGet(guest, path);
      expect(next.html, path).toContain(text);
      expect(next.html).toContain(count);
      expect(["MISS", "HIT"]).toContain(next.cache);
      const again = await guestGet(guest, path);
      expect(again.cache ?? again.fast).toBe("HIT");
      expect(again.html).toContain(text);
    }
  });

  test("a locale header sent by a client changes nothing", async () => {
    const m = establishedMember();
    const thread = createThread(m.username);
    const response = await guest.get(thread.path, { headers: { "x-banluan-locale": "en" } });
    expect(await response.text()).toContain('<html lang="vi"');
  });
});

test.describe("a member's language", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`a member chooses English in account settings and is sent to English pages (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
      const m = establishedMember();
      const thread = createThread(m.username);
      const page = await loggedIn(browser, m, javaScriptEnabled);
      await page.goto("/account");
      await expect(page.locator("html")).toHaveAttribute("lang", "vi");
      const section = page.getByRole("region", { name: "Ngôn ngữ" });
      await section.getByRole("radio", { name: "English" }).check();
      await section.getByRole("button", { name: "Lưu ngôn ngữ" }).click();
      await expect(page).toHaveURL("/en/account?notice=language");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("status").filter({ hasText: "Language saved." })).toBeVisible();

      // A Vietnamese address (a link from anywhere) leads to the English page.
      await page.goto(thread.path);
      await expect(page).toHaveURL(en(thread.path));
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(thread.title);
      await expect(page.getByTestId("reply-count")).toHaveText("Replies: 0");
      await expect(page.getByRole("heading", { name: "Replies" })).toBeVisible();
      await page.getByTestId("account-menu").click();
      await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();

      // The footer's switch still shows the Vietnamese page once…
      await page.getByTestId("language-switch").click();
      await expect(page).toHaveURL(thread.path);
      await expect(page.locator("html")).toHaveAttribute("lang", "vi");

      // …and choosing Vietnamese again brings the member back for good.
      await page.goto("/en/account");
      const again = page.getByRole("region", { name: "Language" });
      await again.getByRole("radio", { name: "Tiếng Việt" }).check();
      await again.getByRole("button", { name: "Save language" }).click();
      await expect(page).toHaveURL("/account?notice=language");
      await page.goto(en(thread.path));
      await expect(page).toHaveURL(thread.path);
      await expect(page.locator("html")).toHaveAttribute("lang", "vi");
      await page.context().close();
    });
  }

  test("a moderator reads the English thread page with the English chrome", async ({ browser }) => {
    const mod = establishedMember("moderator");
    const thread = createThread(mod.username);
    const page = await loggedIn(browser, mod);
    await page.goto(en(thread.path));
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(thread.title);
    await page.getByTestId("account-menu").click();
    await expect(page.getByRole("link", { name: "Moderation" })).toHaveAttribute("href", "/en/mod");
    await expect(page.getByRole("link", { name: "Profile" })).toHaveAttribute("href", /^\/en\/members\//);
    await page.context().close();
  });
});
