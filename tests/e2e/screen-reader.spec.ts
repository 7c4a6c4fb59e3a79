// Issue 17, item 5: what a screen reader hears that axe cannot judge.
// - A new reply is announced by one live region that was on the page before
//   the news (a region added together with its text is not read), once, and
//   the author's own reply is not announced to them as "new".
// - A sent form's confirmation is in one live region, not two.
// - Every <details> menu has a name; so have the "Top" control, pagination
//   and its links; every image has alt text, or alt="" when decorative.
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, loggedIn, withDb } from "./helpers/accounts";
import { openForumDb } from "./helpers/forum-db";

/** The texts of all live regions on the page (aria-live, role=status/alert/log) that contain `text`. */
async function liveRegionsSaying(page: Page, text: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const regions = [...document.querySelectorAll<HTMLElement>("[aria-live], [role=status], [role=alert], [role=log]")];
    // A region inside another one is read as part of the outer one: count the outermost.
    const outer = regions.filter((r) => !regions.some((o) => o !== r && o.contains(r)));
    return outer.filter((r) => r.getAttribute("aria-live") !== "off" && (r.textContent ?? "").includes(wanted)).map((r) => (r.textContent ?? "").trim());
  }, text);
}

function userId(username: string): number {
  return withDb((d) => (d.prepare("SELECT id FROM User WHERE usernameKey = ?").get(username.toLowerCase()) as { id: number }).id);
}

function threadWithReplies(authorName: string, count: number) {
  const db = openForumDb();
  try {
    const authorId = userId(authorName);
    const thread = db.createThread({ title: `Chủ đề cho trình đọc màn hình ${Date.now()}`, authorId, body: "Mở đầu.\n\n![Biểu đồ số phản hồi](/favicon.ico)" });
    const replies = Array.from({ length: count }, (_, i) =>
      db.addReply({ threadId: thread.threadId, authorId, text: `Phản hồi ${i + 1}.`, createdAt: new Date(Date.now() - (count - i) * 60_000) }),
    );
    return { ...thread, replies };
  } finally {
    db.close();
  }
}

async function reply(page: Page, text: string) {
  await page.locator("#reply-source").fill(text);
  await page.getByRole("button", { name: "Gửi trả lời", exact: true }).click();
  await expect(page.locator("li.reply").filter({ hasText: text })).toBeVisible();
}

test("a new reply is announced once, by a region that was there before it; never to its own author", async ({ browser }) => {
  const reader = establishedMember("member");
  const writer = establishedMember("member");
  const thread = threadWithReplies(writer.username, 2);
  const readerPage = await loggedIn(browser, reader);
  const writerPage = await loggedIn(browser, writer);
  await readerPage.goto(thread.path);
  await writerPage.goto(thread.path);

  // The region is on the page, empty and polite, before anything happens.
  const region = readerPage.locator(".live-updates");
  await expect(region).toHaveAttribute("aria-live", "polite");
  await expect(region).toHaveText("");

  await reply(writerPage, "Tin mới cho người đang đọc.");
  await expect(region).toContainText("1 phản hồi mới");
  expect(await liveRegionsSaying(readerPage, "phản hồi mới")).toEqual(["1 phản hồi mới · Hiện"]);
  // The live reply count elsewhere on the page is not a second live region.
  expect(await liveRegionsSaying(readerPage, "Phản hồi:")).toEqual([]);

  // The author sees their reply in place; nothing tells them it is "new".
  await writerPage.waitForTimeout(1500);
  expect(await liveRegionsSaying(writerPage, "phản hồi mới")).toEqual([]);
  await readerPage.context().close();
  await writerPage.context().close();
});

test("a sent form is confirmed in one live region, not two", async ({ browser }) => {
  const author = establishedMember("member");
  const reporter = establishedMember("member");
  const thread = threadWithReplies(author.username, 1);
  for (const javaScript of [true, false]) {
    const page = await loggedIn(browser, reporter, javaScript);
    const report = `/posts/${thread.replies[0]}/report`;
    if (!javaScript) withDb((d) => d.prepare("DELETE FROM Report WHERE postId = ?").run(thread.replies[0]));
    await page.goto(report);
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(page.getByRole("status").first()).toContainText("báo cáo");
    await page.waitForLoadState("networkidle");
    const said = await liveRegionsSaying(page, "báo cáo");
    expect(said, `JavaScript ${javaScript ? "on" : "off"}: ${JSON.stringify(said)}`).toHaveLength(1);
    await page.context().close();
  }
});

test("menus, the Top control and pagination have names; images have alt text or are decorative", async ({ browser }) => {
  test.setTimeout(180_000);
  const author = establishedMember("member");
  const moderator = establishedMember("moderator");
  const thread = threadWithReplies(author.username, 25);
  const page = await loggedIn(browser, moderator);
  for (const path of [thread.path, `${thread.path}/page-2`, "/", `/members/${author.username}`]) {
    await page.goto(path);
    // <details> menus: each summary is named, and names the post it acts on when there are many.
    // (Hidden ones, such as the phone menu on a wide screen, have no name to hear.)
    // One evaluation for all of them (a summary's name is its aria-label, else its text).
    const menus = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("details > summary")]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => ({ html: el.outerHTML.slice(0, 120), name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim() })),
    );
    expect(menus.length, `${path}: menus found`).toBeGreaterThan(0);
    expect(menus.filter((m) => m.name === ""), `${path}: menus without a name`).toEqual([]);
    // Images: alt present everywhere (empty for decoration).
    expect(await page.locator("img:not([alt])").count(), `${path}: images without alt`).toBe(0);
  }

  await page.goto(thread.path);
  await expect(page.getByRole("link", { name: "Lên đầu trang", exact: true })).toHaveCount(1);
  const pagination = page.getByRole("navigation", { name: "Phân trang" }).first();
  await expect(pagination).toBeVisible();
  await expect(pagination.getByRole("link", { name: "Trang 2" })).toBeVisible();
  await expect(pagination.getByRole("link", { name: "Trang sau" })).toBeVisible();
  // The current page is marked as such.
  await expect(pagination.locator("[aria-current=page]")).toHaveText("1");

  // The moderator's menus under replies say which reply they act on.
  const modMenus = page.getByTestId("mod-menu").locator("> summary");
  const names = new Set<string>();
  for (let i = 0; i < (await modMenus.count()); i++) names.add((await modMenus.nth(i).getAttribute("aria-label")) ?? (await modMenus.nth(i).innerText()));
  expect(names.size, "each reply's moderation menu has its own name").toBe(await modMenus.count());
  await page.context().close();
});
