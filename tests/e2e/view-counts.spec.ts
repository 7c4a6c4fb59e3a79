// "Lượt xem" (issue 20): guests' views count — pages rendered by Next.js,
// answered from its cache and from the fast path alike — written in batches
// (every 300 ms here: VIEW_COUNT_FLUSH_MS in scripts/e2e-server.ts), shown on
// the thread page and in the thread rows. HEAD requests and crawlers do not
// count. A cached guest page shows the count of its last render, and catches
// up when it is refreshed (at most 30 s apart).
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, loggedIn, withDb } from "./helpers/accounts";
import { createThread } from "./helpers/forum";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

function storedViews(threadId: number): number {
  return withDb((db) => Number((db.prepare("SELECT viewCount FROM Thread WHERE id = ?").get(threadId) as { viewCount: number | bigint }).viewCount));
}

const shownViews = async (page: Page) => Number(((await page.getByTestId("view-count").first().textContent()) ?? "").replace(/\D/g, ""));

test("a guest's views are counted (rendered, cached, fast path), written in a batch, and shown", async ({ page, playwright, baseURL, browser }) => {
  test.setTimeout(120_000);
  const m = establishedMember();
  const thread = createThread(m.username);

  // A guest in a browser: the first render shows the count before this view.
  await page.goto(thread.path);
  await expect(page.getByTestId("view-count")).toHaveText("Lượt xem: 0");

  // More guests: the cached page and then the fast path answer them; each is a view.
  const guest = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "user-agent": CHROME } });
  const answeredBy = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const response = await guest.get(thread.path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    answeredBy.add(response.headers()["x-fast-path"] === "HIT" ? "fast path" : (response.headers()["x-cache-status"] ?? "render"));
  }
  expect([...answeredBy]).toEqual(expect.arrayContaining(["fast path", "HIT"]));
  // Not views: HEAD, a crawler, another page's 404.
  expect((await guest.head(thread.path)).status()).toBe(200);
  expect((await guest.get(thread.path, { headers: { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" } })).status()).toBe(200);
  expect((await guest.get(`/threads/khong-co.${thread.id + 100_000}`, { maxRedirects: 0 })).status()).toBe(404);
  await guest.dispose();

  // Written by the next flush: the browser's view and the six requests, nothing else.
  await expect.poll(() => storedViews(thread.id), { timeout: 10_000 }).toBe(7);

  // A member's page is rendered per request: it shows the count at once, in the thread and in its row.
  const member = await loggedIn(browser, m);
  await member.goto(thread.path);
  expect(await shownViews(member)).toBeGreaterThanOrEqual(7);
  // The rows of the starter's threads (a list rendered per request).
  await member.goto(`/members/${m.username}/threads`);
  const row = member.getByTestId("thread-row").filter({ hasText: thread.title });
  await expect(row.getByTestId("row-view-count")).toHaveText(/^Lượt xem: \d+$/);
  expect(Number(((await row.getByTestId("row-view-count").textContent()) ?? "").replace(/\D/g, ""))).toBeGreaterThanOrEqual(7);
  await member.context().close();

  // The guest's cached copy catches up once refreshed (it lags by up to its 30 s lifetime).
  await expect
    .poll(
      async () => {
        await page.reload();
        return shownViews(page);
      },
      { timeout: 90_000, intervals: [5_000] },
    )
    .toBeGreaterThanOrEqual(7);
});
