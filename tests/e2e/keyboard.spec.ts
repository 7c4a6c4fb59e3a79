// Issue 17, item 4: the keyboard journey. A member reads a thread, turns to
// its second page, quotes, replies (after a refused submit that puts the
// focus on the message), likes and reports a reply; a moderator hides it —
// all with Tab, Shift+Tab, Enter and Space alone. Every element the focus
// lands on on the way shows it (a computed outline or box-shadow).
import { expect, test, type ElementHandle, type Locator, type Page } from "@playwright/test";
import { establishedMember, loggedIn, withDb } from "./helpers/accounts";
import { openForumDb } from "./helpers/forum-db";

type FocusStop = { tag: string; ring: string; reached: boolean };

/** What has the focus, how it shows (empty ring: not visible), and whether it is `target`. */
async function focusStop(page: Page, target?: ElementHandle<Node> | null): Promise<FocusStop> {
  return page.evaluate((wanted) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", ring: "", reached: false };
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0 ? `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}` : "";
    const shadow = s.boxShadow && s.boxShadow !== "none" ? `box-shadow ${s.boxShadow}` : "";
    const tag = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${(el.textContent ?? "").trim().slice(0, 40)}”`;
    return { tag, ring: outline || shadow, reached: el === wanted };
  }, target ?? null);
}

async function focusRing(page: Page): Promise<string> {
  return (await focusStop(page)).ring;
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, checking on every
 * stop that the focus is visible. Fails after `max` presses.
 */
async function tabTo(page: Page, target: Locator, { back = false, max = 400 } = {}): Promise<void> {
  const wanted = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const stop = await focusStop(page, wanted);
    if (stop.tag !== "body") expect(stop.ring, `focus not visible on ${stop.tag} (${page.url()})`).not.toBe("");
    if (stop.reached) return;
  }
  throw new Error(`${target} not reached with ${max} presses of Tab on ${page.url()}`);
}

test("read, quote, reply, like, report with the keyboard alone; a moderator hides the reply", async ({ browser }) => {
  test.setTimeout(240_000);
  const author = establishedMember("member");
  const reader = establishedMember("member");
  const moderator = establishedMember("moderator");
  const db = openForumDb();
  const userId = (u: string) => withDb((d) => (d.prepare("SELECT id FROM User WHERE usernameKey = ?").get(u.toLowerCase()) as { id: number }).id);
  const authorId = userId(author.username);
  const thread = db.createThread({ title: "Bàn phím thôi cũng đủ", authorId, body: "Một chủ đề đọc bằng bàn phím." });
  for (let i = 1; i <= 22; i++) db.addReply({ threadId: thread.threadId, authorId, text: `Trả lời thứ ${i} cho bàn phím.`, createdAt: new Date(Date.now() - (30 - i) * 60_000) });
  db.close();

  const page = await loggedIn(browser, reader);
  await page.goto(thread.path);

  // Read: the skip link comes first and leads to the content; page 2 by its link.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Bỏ qua đến nội dung chính" })).toBeFocused();
  expect(await focusRing(page)).not.toBe("");
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("navigation", { name: "Phân trang" }).first().getByRole("link", { name: "Trang 2" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/page-2$/);
  const last = page.locator("li.reply").filter({ hasText: "Trả lời thứ 22 cho bàn phím." });
  await expect(last).toBeVisible();

  // Quote: the quote lands in the reply box, which takes the focus.
  await tabTo(page, last.getByRole("link", { name: "Trích dẫn" }));
  await page.keyboard.press("Enter");
  const box = page.locator("#reply-source");
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(/Trả lời thứ 22 cho bàn phím\./);

  // A refused submit: the focus moves to the message that says why.
  await box.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type("   ");
  await tabTo(page, page.getByRole("button", { name: "Gửi trả lời" }));
  await page.keyboard.press("Enter");
  const error = page.getByTestId("composer-error");
  await expect(error).toBeVisible();
  await expect(error).toBeFocused();
  expect(await focusRing(page)).not.toBe("");

  // Reply: on from the message into the box, type, send.
  await tabTo(page, box);
  await page.keyboard.type("Tôi trả lời chỉ bằng bàn phím.");
  await tabTo(page, page.getByRole("button", { name: "Gửi trả lời" }));
  await page.keyboard.press("Enter");
  const mine = page.locator("li.reply").filter({ hasText: "Tôi trả lời chỉ bằng bàn phím." });
  await expect(mine).toBeVisible();

  // Like the last reply (Space on its button); Tab goes round the page to it.
  const like = last.getByRole("button", { name: "Thích", exact: true });
  await tabTo(page, like);
  await page.keyboard.press("Space");
  await expect(like).toHaveAttribute("aria-pressed", "true");

  // Report it: the link, then the form — a reason by arrow keys, a note, send.
  await tabTo(page, last.getByRole("link", { name: "Báo cáo" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Báo cáo bài viết", level: 1 })).toBeVisible();
  await tabTo(page, page.getByRole("radio").first());
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("radio").nth(1)).toBeChecked();
  await tabTo(page, page.getByLabel("Ghi chú cho điều hành viên (không bắt buộc)"));
  await page.keyboard.type("Báo cáo bằng bàn phím.");
  await tabTo(page, page.getByRole("button", { name: "Gửi báo cáo" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(/báo cáo/i);
  await page.context().close();

  // The moderator opens the reply's menu, gives a reason and hides it.
  const mod = await loggedIn(browser, moderator);
  await mod.goto(`${thread.path}/page-2`);
  const reported = mod.locator("li.reply").filter({ hasText: "Trả lời thứ 22 cho bàn phím." });
  const menu = reported.getByTestId("mod-menu");
  await tabTo(mod, menu.locator("> summary"));
  await mod.keyboard.press("Enter");
  await expect(menu).toHaveAttribute("open", "");
  await tabTo(mod, menu.getByLabel("Lý do ẩn (người đọc sẽ thấy)"));
  await mod.keyboard.type("Ẩn bằng bàn phím");
  await tabTo(mod, menu.getByRole("button", { name: "Ẩn", exact: true }));
  await mod.keyboard.press("Enter");
  await expect(mod.locator("li.reply[data-status=hidden]").filter({ hasText: "Ẩn bằng bàn phím" })).toBeVisible();
  await mod.context().close();
});
