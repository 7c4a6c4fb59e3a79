// Search results page by page (issue 20): XenForo's page links, whose
// neighbours carry the key they continue from (?after= / ?before=), and
// "Đến trang", a plain GET form — with JavaScript off and on. Posts that
// share a date straddle the page boundaries; no result shows twice or is
// skipped, whichever way a page is reached. Also the English page.
import { expect, test, type Page } from "@playwright/test";
import { openForumDb, uniqueWord } from "./helpers/forum-db";

const results = (page: Page) => page.locator("li.search-result");
const resultIds = (page: Page) => results(page).evaluateAll((items) => items.map((li) => Number(li.getAttribute("data-post-id"))));
const pager = (page: Page) => page.getByRole("navigation", { name: "Trang kết quả" });

/** Runs a write again while another worker's writes hold the database (busy beyond its timeout). */
function retried<T>(write: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return write();
    } catch (error) {
      if (attempt >= 6 || !/database is locked/.test(String((error as Error)?.message))) throw error;
    }
  }
}

/** 65 replies with the word (pages of 20: 20, 20, 20, 5), five to a date. */
function seed(): { word: string; written: number[] } {
  const forum = openForumDb();
  const word = uniqueWord("tr");
  const written: number[] = [];
  try {
    const author = retried(() => forum.createMember({ username: uniqueWord("tv"), displayName: "Người Phân Trang" }));
    const thread = retried(() => forum.createThread({ title: "Chủ đề để xem kết quả theo trang", authorId: author, body: "Mở đầu" }));
    const base = Date.now() - 3_600_000;
    for (let i = 0; i < 65; i++) {
      written.push(retried(() => forum.addReply({ threadId: thread.threadId, authorId: author, text: `Phản hồi ${i} nói về ${word}`, createdAt: new Date(base + Math.floor(i / 5) * 60_000) })));
    }
  } finally {
    forum.close();
  }
  return { word, written };
}

/** Newest first; within a date, the higher id first. */
const expectedOrder = (written: number[]) => [...written].reverse();

for (const javaScriptEnabled of [false, true]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("page links by key and the page jump reach the same pages, none repeated or skipped", async ({ page }) => {
      const { word, written } = seed();
      const order = expectedOrder(written);
      await page.goto(`/search?q=${word}`);
      // With JavaScript, the router takes the clicks once hydrated: on a loaded machine that can take a while.
      await page.waitForLoadState("networkidle");
      await expect(page.getByTestId("search-summary")).toContainText("Tìm thấy 65 kết quả");
      await expect(page.getByTestId("search-summary")).toContainText("trang 1/4");
      const seen: number[][] = [await resultIds(page)];

      // "Sau ›" carries the key of the page's last result, not an offset.
      const next = pager(page).getByRole("link", { name: "Trang sau" });
      await expect(next).toHaveAttribute("href", /after=\d\.\d+\.\d+/);
      await next.click();
      await expect(page).toHaveURL(/page=2&after=/, { timeout: 30_000 });
      await expect(pager(page).locator('[aria-current="page"]')).toHaveText("2");
      seen.push(await resultIds(page));

      // The window's link to page 3, then the last page by "Cuối »".
      await pager(page).getByRole("link", { name: "Trang 3", exact: true }).click();
      await expect(page).toHaveURL(/page=3&after=/, { timeout: 30_000 });
      seen.push(await resultIds(page));
      await pager(page).getByRole("link", { name: "Trang cuối" }).click();
      await expect(pager(page).locator('[aria-current="page"]')).toHaveText("4");
      seen.push(await resultIds(page));
      expect(seen.map((ids) => ids.length)).toEqual([20, 20, 20, 5]);
      expect(seen.flat()).toEqual(order);

      // Back by "‹ Trước": the key of the page's first result.
      const back = pager(page).getByRole("link", { name: "Trang trước" });
      await expect(back).toHaveAttribute("href", /before=\d\.\d+\.\d+/);
      await back.click();
      await expect(pager(page).locator('[aria-current="page"]')).toHaveText("3");
      expect(await resultIds(page)).toEqual(seen[2]);

      // "Đến trang": a GET form with the search in hidden fields.
      await page.getByLabel("Đến trang").fill("2");
      await page.getByRole("button", { name: "Đi", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`q=${word}.*page=2`));
      await expect(page).not.toHaveURL(/after=|before=/);
      await expect(pager(page).locator('[aria-current="page"]')).toHaveText("2");
      expect(await resultIds(page)).toEqual(seen[1]);

      // "« Đầu" is page 1 without a key.
      await pager(page).getByRole("link", { name: "Trang đầu" }).click();
      await expect(page).not.toHaveURL(/page=|after=|before=/);
      expect(await resultIds(page)).toEqual(seen[0]);
    });
  });
}

test("a malformed key is ignored and the page found by its number; the English page", async ({ page }) => {
  const { word, written } = seed();
  const order = expectedOrder(written);
  await page.goto(`/search?q=${word}&page=2&after=not-a-key`);
  expect(await resultIds(page)).toEqual(order.slice(20, 40));

  await page.goto(`/en/search?q=${word}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  await expect(page.getByTestId("search-summary")).toContainText(`65 results for ${word}`);
  const nav = page.getByRole("navigation", { name: "Result pages" });
  await nav.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/\/en\/search\?.*page=2&after=/);
  expect(await resultIds(page)).toEqual(order.slice(20, 40));
  await expect(page.getByLabel("Go to page")).toHaveValue("2");
});
