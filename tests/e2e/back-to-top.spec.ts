// Issue 20, defect 5: the floating "Top" control showed at the top of the
// page and at 390 px covered text, dates and buttons; its accessible name
// ("Lên đầu trang") did not contain its visible text ("Top").
import { expect, test, type Page } from "@playwright/test";

const THREAD_PATH = "/threads/my-dau-tu-ai-gap-6-lan-nhung-trung-quoc-van-ap-dao-nho-dieu-nay.1";

const control = (page: Page) => page.getByRole("link", { name: "Lên đầu trang", exact: true });

/** The control's box overlaps no other visible link, button or text block. */
async function overlapsNothing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const top = document.querySelector<HTMLElement>("[data-testid=back-to-top]")!.getBoundingClientRect();
    const hits: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("main a, main button, main p, main time, main h1, main h2, aside a, aside p")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left < top.right && r.right > top.left && r.top < top.bottom && r.bottom > top.top) hits.push(el.outerHTML.slice(0, 80));
    }
    return hits;
  });
}

for (const width of [390, 1280]) {
  test(`at ${width} px the control covers nothing, scrolled or not, and names what it shows`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(THREAD_PATH);
    await expect(control(page)).toHaveText("↑ Lên đầu trang");
    for (const y of [0, 600, 99_999]) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      expect(await overlapsNothing(page)).toEqual([]);
    }
    await control(page).click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test("on a wide screen it floats in the margin, only once the page is scrolled", async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 800 });
  await page.goto(THREAD_PATH);
  await expect(control(page)).toBeHidden();
  await page.evaluate(() => window.scrollTo(0, 1200));
  await expect(control(page)).toBeVisible();
  const box = (await control(page).boundingBox())!;
  // Right of the page's 1 200 px column.
  expect(box.x).toBeGreaterThanOrEqual((1600 + 1200) / 2);
  expect(await overlapsNothing(page)).toEqual([]);
  await control(page).click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});
