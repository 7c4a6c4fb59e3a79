// Writing like a XenForo regular (issue 20.15): multi-quote across pages with
// JavaScript and without, the quote block in the preview, the live preview,
// the edit time left, the edit reason in the history (and the moderation
// log), and the edit page with the composer's toolbar and full breadcrumb.
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, loggedIn, logIn, sqlDate } from "./helpers/accounts";
import { withDb } from "./helpers/e2e-db";
import { createThread, insertReplies } from "./helpers/forum";
import { replyComposer as composer } from "./helpers/composer";


const quoteHeader = (name: string, postId: number) => `> **[${name}](/posts/${postId}) đã viết:**`;

/** A thread of 25 replies (two pages) by `author`, reply i saying "Ý kiến số i". */
function twoPageThread(author: string) {
  const thread = createThread(author);
  const ids = insertReplies(thread.id, author, 25, (i) => `Ý kiến số ${i}`);
  return { thread, first: ids[2], second: ids[21] };
}

async function expectTwoQuoteBlocks(page: Page, authorName: string, first: number, second: number, own: string) {
  const reply = page.locator("[data-testid=reply-list] > li").filter({ hasText: own }).last();
  const quotes = reply.locator("blockquote");
  await expect(quotes).toHaveCount(2);
  await expect(quotes.nth(0)).toContainText("Ý kiến số 3");
  await expect(quotes.nth(0).getByRole("link", { name: authorName })).toHaveAttribute("href", `/posts/${first}`);
  await expect(quotes.nth(1)).toContainText("Ý kiến số 22");
  await expect(quotes.nth(1).getByRole("link", { name: authorName })).toHaveAttribute("href", `/posts/${second}`);
}

test("multi-quote with JavaScript: two posts on two pages, inserted together, posted as two quote blocks", async ({ page }) => {
  const author = establishedMember();
  const m = establishedMember();
  const { thread, first, second } = twoPageThread(author.username);
  await logIn(page, m.username);
  await page.goto(thread.path);
  const c = composer(page);
  await expect(c.bar).toHaveCount(0);
  const toggle = page.locator(`#post-${first}`).getByTestId("multi-quote-toggle");
  await expect(toggle).toHaveText("+ Trích dẫn");
  await toggle.click();
  await expect(toggle).toHaveText("− Bỏ trích dẫn");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(c.bar).toContainText("Đã chọn 1 bài để trích dẫn.");

  await page.goto(`${thread.path}/page-2`);
  await page.locator(`#post-${second}`).getByTestId("multi-quote-toggle").click();
  await expect(c.insert).toHaveText("Chèn 2 trích dẫn");
  await c.box.fill("Tôi viết trước đã.");
  await c.insert.click();
  await expect(c.box).toHaveValue(
    new RegExp(
      `^Tôi viết trước đã\\.\\n\\n${escape(quoteHeader(author.displayName, first))}\\n> Ý kiến số 3\\n\\n${escape(quoteHeader(author.displayName, second))}\\n> Ý kiến số 22\\n`,
    ),
  );
  // Inserted: the selection is emptied, on this page and on the other.
  await expect(c.bar).toHaveCount(0);
  await expect(page.locator(`#post-${second}`).getByTestId("multi-quote-toggle")).toHaveText("+ Trích dẫn");

  // The live preview (turned on) shows both quote blocks as the thread will.
  await c.form.getByTestId("live-preview-switch").check();
  const live = c.form.getByTestId("live-preview-body");
  await expect(live.locator("blockquote")).toHaveCount(2);
  await expect(live.locator("blockquote").first().getByRole("link", { name: author.displayName })).toHaveAttribute("href", `/posts/${first}`);

  await c.send.click();
  await expectTwoQuoteBlocks(page, author.displayName, first, second, "Tôi viết trước đã.");
  await page.goto(thread.path);
  await expect(page.locator(`#post-${first}`).getByTestId("multi-quote-toggle")).toHaveText("+ Trích dẫn");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("multi-quote: the selection follows the member across pages, keeps what they typed, and is inserted by the server", async ({ page }) => {
    const author = establishedMember();
    const m = establishedMember();
    const { thread, first, second } = twoPageThread(author.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    const c = composer(page);
    await c.box.fill("Đang viết dở, chưa xong.");
    await page.locator(`#post-${first}`).getByTestId("multi-quote-toggle").click();
    // Back at the quoted post, the text kept (as the draft), the selection counted.
    await expect(page).toHaveURL(new RegExp(`#post-${first}$`));
    await expect(c.box).toHaveValue("Đang viết dở, chưa xong.");
    await expect(c.bar).toContainText("Đã chọn 1 bài để trích dẫn.");
    await expect(page.locator(`#post-${first}`).getByTestId("multi-quote-toggle")).toHaveText("− Bỏ trích dẫn");

    await page.goto(`${thread.path}/page-2`);
    await page.locator(`#post-${second}`).getByTestId("multi-quote-toggle").click();
    await expect(page).toHaveURL(new RegExp(`/page-2#post-${second}$`));
    await expect(c.insert).toHaveText("Chèn 2 trích dẫn");
    await c.insert.click();
    await expect(c.form.getByTestId("multi-quote-notice")).toHaveText("Đã chèn 2 trích dẫn.");
    const value = await c.box.inputValue();
    expect(value.startsWith("Đang viết dở, chưa xong.\n\n")).toBe(true);
    expect(value.indexOf(quoteHeader(author.displayName, first))).toBeGreaterThan(0);
    expect(value.indexOf(quoteHeader(author.displayName, second))).toBeGreaterThan(value.indexOf("> Ý kiến số 3"));

    // "Xem trước" shows the quote blocks as the thread shows them, beside the text.
    await c.form.getByRole("button", { name: "Xem trước" }).click();
    const preview = c.form.getByRole("region", { name: "Xem trước" });
    await expect(preview.locator("blockquote")).toHaveCount(2);
    await expect(preview.locator("blockquote").nth(1)).toContainText(`${author.displayName} đã viết:`);
    await expect(preview.locator("blockquote").nth(1).getByRole("link", { name: author.displayName })).toHaveAttribute("href", `/posts/${second}`);
    await expect(preview).toContainText("Đang viết dở, chưa xong.");

    await c.send.click();
    await expectTwoQuoteBlocks(page, author.displayName, first, second, "Đang viết dở, chưa xong.");
    await expect(c.bar).toHaveCount(0);
  });

  test("edit with a reason: the time left is shown, the history shows the reason", async ({ page }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    const [postId] = insertReplies(thread.id, m.username, 1, () => "Bản đầu có lỗi chính tã.");
    // Posted 10 minutes ago, in the default 30-minute window.
    withDb((db) => db.prepare("UPDATE Post SET createdAt = ? WHERE id = ?").run(sqlDate(new Date(Date.now() - 10 * 60_000 - 5_000)), postId));
    await logIn(page, m.username);
    await page.goto(thread.path);
    const post = page.locator(`#post-${postId}`);
    await expect(post.getByTestId("edit-time-left")).toHaveText("còn 20 phút để sửa");
    await post.getByRole("link", { name: "Sửa" }).click();

    const crumbs = page.getByRole("navigation", { name: "Đường dẫn" }).getByRole("listitem");
    await expect(crumbs).toHaveText(["Diễn đàn", "Thảo luận chung", thread.title, "Sửa bài"]);
    await expect(page.getByTestId("edit-time-left")).toHaveText("còn 20 phút để sửa");
    await page.getByLabel("Nội dung").fill("Bản đầu có lỗi chính tả.");
    await page.getByLabel("Lý do sửa (không bắt buộc)").fill("Sửa lỗi chính tả");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(post.getByTestId("reply-body")).toHaveText("Bản đầu có lỗi chính tả.");

    await page.goto(`/posts/${postId}/history`);
    const revision = page.locator(".revision-list > li").first();
    await expect(revision.getByTestId("revision-reason")).toHaveText("· Lý do: Sửa lỗi chính tả");
    await expect(revision).toContainText(m.displayName);
    await expect(revision).toContainText("Bản đầu có lỗi chính tã.");
  });

  test("after the window: no Sửa, no time left, and the edit page says why", async ({ page }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    const [postId] = insertReplies(thread.id, m.username, 1, () => "Bài cũ.");
    withDb((db) => db.prepare("UPDATE Post SET createdAt = ? WHERE id = ?").run(sqlDate(new Date(Date.now() - 31 * 60_000)), postId));
    await logIn(page, m.username);
    await page.goto(thread.path);
    const post = page.locator(`#post-${postId}`);
    await expect(post.getByTestId("reply-body")).toHaveText("Bài cũ.");
    await expect(post.getByRole("link", { name: "Sửa" })).toHaveCount(0);
    await expect(post.getByTestId("edit-time-left")).toHaveCount(0);
    await page.goto(`/posts/${postId}/edit`);
    await expect(page.locator(".notice--warning")).toContainText("chỉ tác giả trong vòng 30 phút sau khi đăng");
  });
});

test("the edit page has the composer's toolbar and a live preview; a moderator's reason reaches the moderation log", async ({ page, browser }) => {
  const author = establishedMember();
  const thread = createThread(author.username);
  const [postId] = insertReplies(thread.id, author.username, 1, () => "Gọi tôi ở số 0900000000.");
  const mod = await loggedIn(browser, establishedMember("moderator"));
  await mod.goto(`/posts/${postId}/edit`);
  const toolbar = mod.getByRole("toolbar", { name: "Định dạng" });
  // A word button is named by its visible text (WCAG 2.5.3), a letter by its title.
  for (const name of ["Đậm", "Nghiêng", "Liên kết", "❝ Trích dẫn", "Mã", "• Danh sách", "Chèn ảnh"]) {
    await expect(toolbar.getByRole("button", { name, exact: true })).toBeVisible();
  }
  // Staff have no edit window: no time left.
  await expect(mod.getByTestId("edit-time-left")).toHaveCount(0);
  const box = mod.getByLabel("Nội dung", { exact: true });
  await mod.getByTestId("live-preview-switch").check();
  await box.fill("Gọi tôi ở số ");
  await box.press("End");
  await toolbar.getByRole("button", { name: "Đậm", exact: true }).click();
  await expect(box).toHaveValue("Gọi tôi ở số **chữ đậm**");
  // The live preview follows the text, the focus stays in the box.
  await expect(mod.getByTestId("live-preview-body").locator("strong")).toHaveText("chữ đậm");
  await box.press("End");
  await box.pressSequentially(" (đã ẩn)");
  await expect(mod.getByTestId("live-preview-body")).toContainText("chữ đậm (đã ẩn)");
  await expect(box).toBeFocused();
  await mod.getByLabel("Lý do sửa (không bắt buộc)").fill("Xóa số điện thoại");
  await mod.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(mod.locator(`#post-${postId}`).getByTestId("reply-body")).toContainText("(đã ẩn)");
  await mod.goto(`/mod/log?member=${author.username}`);
  const row = mod.getByTestId("mod-log").locator("tbody tr").filter({ hasText: "Sửa bài viết" });
  await expect(row).toContainText("Xóa số điện thoại");
  await mod.context().close();

  // Readers see the reason in the history.
  await page.goto(`/posts/${postId}/history`);
  await expect(page.getByTestId("revision-reason")).toHaveText("· Lý do: Xóa số điện thoại");
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
