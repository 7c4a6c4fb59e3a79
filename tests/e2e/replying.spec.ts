// Members discuss: post, quote, mention, edit with history, delete, react,
// drafts that survive reloads and devices, double submits, limits, locked
// threads, live updates, pages, permalinks — with and without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, logIn } from "./helpers/accounts";
import { serverForm } from "./helpers/forms";
import { createThread, insertReplies, setThreadLocked, threadCounts } from "./helpers/forum";
import { replyComposer as composer } from "./helpers/composer";


function replies(page: Page) {
  return page.getByTestId("reply-list").locator("> li");
}

test("a member posts a reply and sees it, numbered, with the count updated", async ({ page }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  await logIn(page, m.username);
  await page.goto(thread.path);
  const c = composer(page);
  await c.box.fill("Bài viết **rất hay**, cảm ơn tác giả!");
  await c.send.click();
  const reply = replies(page).first();
  await expect(reply.getByTestId("reply-body")).toContainText("Bài viết rất hay, cảm ơn tác giả!");
  await expect(reply.locator("strong")).toHaveText("rất hay");
  await expect(reply.getByRole("link", { name: "Liên kết đến phản hồi #1" })).toBeVisible();
  await expect(reply.getByRole("link", { name: m.displayName })).toBeVisible();
  await expect(page.getByTestId("reply-count")).toHaveText("Phản hồi: 1");
  await expect(c.box).toHaveValue("");
  expect(threadCounts(thread.id)).toEqual({ replyCount: 1, visible: 1 });
});

test("preview shows the rendered reply without posting it", async ({ page }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  await logIn(page, m.username);
  await page.goto(thread.path);
  const c = composer(page);
  await c.box.fill("Thử *xem trước* <b>không</b>");
  await c.form.getByRole("button", { name: "Xem trước" }).click();
  const preview = c.form.getByRole("region", { name: "Xem trước" });
  await expect(preview.locator("em")).toHaveText("xem trước");
  await expect(preview).toContainText("<b>không</b>");
  await expect(c.box).toHaveValue("Thử *xem trước* <b>không</b>");
  expect(threadCounts(thread.id).replyCount).toBe(0);
});

test("quote a reply: the quote links back to the post and its author", async ({ page }) => {
  const author = establishedMember();
  const m = establishedMember();
  const thread = createThread(author.username);
  const [quotedId] = insertReplies(thread.id, author.username, 1, () => "Quy mô không chờ ai.");
  await logIn(page, m.username);
  await page.goto(thread.path);
  await page.locator(`#post-${quotedId}`).getByRole("link", { name: "Trích dẫn" }).click();
  const c = composer(page);
  await expect(c.box).toHaveValue(new RegExp(`^> \\*\\*\\[${author.displayName}\\]\\(/posts/${quotedId}\\) đã viết:\\*\\*\\n> Quy mô không chờ ai\\.`));
  await c.box.press("End");
  await c.box.pressSequentially("Hoàn toàn đồng ý.");
  await c.send.click();
  const reply = replies(page).nth(1);
  const quote = reply.locator("blockquote");
  await expect(quote).toContainText("Quy mô không chờ ai.");
  await expect(quote.getByRole("link", { name: author.displayName })).toHaveAttribute("href", `/posts/${quotedId}`);
  await expect(reply.getByTestId("reply-body")).toContainText("Hoàn toàn đồng ý.");
});

test("@mentions of existing members become profile links; others stay text", async ({ page }) => {
  const m = establishedMember();
  const friend = establishedMember();
  const thread = createThread(m.username);
  await logIn(page, m.username);
  await page.goto(thread.path);
  const c = composer(page);
  await c.box.fill(`Ý bạn thế nào @${friend.username}? Còn @khong_co_ai_ten_nay thì sao.`);
  await c.send.click();
  const body = replies(page).first().getByTestId("reply-body");
  await expect(body.getByRole("link", { name: `@${friend.username}` })).toHaveAttribute("href", `/members/${friend.username}`);
  await expect(body).toContainText("@khong_co_ai_ten_nay");
  await expect(body.getByRole("link", { name: "@khong_co_ai_ten_nay" })).toHaveCount(0);
});

test("edit a reply, then every reader can open its history", async ({ page, browser }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  await logIn(page, m.username);
  await page.goto(thread.path);
  await composer(page).box.fill("Bản nháp đầu tiên.");
  await composer(page).send.click();
  const reply = replies(page).first();
  await reply.getByRole("link", { name: "Sửa" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sửa bài viết #1");
  // The toolbar appears once the form is hydrated. A fill before that can meet React's reset of the
  // textarea between its select-all and its typing, and type in front of the old text (seen once in
  // CI). Typing before hydration is slow-connection.spec's journey, not this one's.
  await expect(page.getByRole("toolbar")).toBeVisible();
  await page.getByLabel("Nội dung").fill("Bản đã sửa lại cho đúng.");
  await page.getByRole("button", { name: "Lưu thay đổi" }).click();
  await expect(replies(page).first().getByTestId("reply-body")).toHaveText("Bản đã sửa lại cho đúng.");

  const guest = await browser.newPage();
  await guest.goto(thread.path);
  await guest.getByRole("link", { name: "Đã chỉnh sửa" }).click();
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Lịch sử chỉnh sửa");
  await expect(guest.locator(".revision-list")).toContainText("Bản nháp đầu tiên.");
  await expect(guest.locator(".revision-list")).toContainText(m.displayName);
  await guest.close();
});

test("delete your own reply: a placeholder stays in place", async ({ page }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  await logIn(page, m.username);
  await page.goto(thread.path);
  await composer(page).box.fill("Lỡ tay viết sai chủ đề.");
  await composer(page).send.click();
  await replies(page).first().getByRole("link", { name: "Xóa" }).click();
  await page.getByRole("button", { name: "Xóa bài viết" }).click();
  const reply = replies(page).first();
  await expect(reply).toContainText("Bài viết đã bị tác giả xóa.");
  await expect(reply).not.toContainText("Lỡ tay viết sai chủ đề.");
  await expect(page.getByTestId("reply-count")).toHaveText("Phản hồi: 0");
});

test("the reaction menu stays on a phone's screen", async ({ page }) => {
  const author = establishedMember();
  const fan = establishedMember();
  const thread = createThread(author.username);
  const [postId] = insertReplies(thread.id, author.username, 1);
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, fan.username);
  await page.goto(thread.path);
  const post = page.locator(`#post-${postId}`);
  await post.getByLabel("Cảm xúc khác").click();
  const menu = post.getByRole("group", { name: "Chọn cảm xúc" });
  await expect(menu).toBeVisible();
  // Placed from the "+" button it ran off the right edge ("Wow" cut in half).
  const box = (await menu.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
});

test("react, change the reaction, un-react, and see who reacted with what", async ({ page }) => {
  const author = establishedMember();
  const fan = establishedMember();
  const thread = createThread(author.username);
  const [postId] = insertReplies(thread.id, author.username, 1);
  await logIn(page, fan.username);
  await page.goto(thread.path);
  const post = page.locator(`#post-${postId}`);
  const like = post.getByRole("button", { name: "Thích", exact: true });
  await like.click();
  await expect(like).toHaveAttribute("aria-pressed", "true");
  await expect(post.getByTestId("reaction-counts")).toHaveText(/Thích\s*1/);
  // Another kind replaces it: still one reaction, now "Yêu".
  await post.getByLabel("Cảm xúc khác").click();
  await post.getByRole("group", { name: "Chọn cảm xúc" }).getByRole("button", { name: "Yêu" }).click();
  await expect(post.getByTestId("reaction-counts")).toHaveText(/Yêu\s*1/);
  // The menu closed with the choice (sent in place with JavaScript, the page did not reload).
  await expect(post.getByRole("group", { name: "Chọn cảm xúc" })).toBeHidden();
  // Escape closes it too, back on its button.
  await post.getByLabel("Cảm xúc khác").click();
  await expect(post.getByRole("group", { name: "Chọn cảm xúc" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(post.getByRole("group", { name: "Chọn cảm xúc" })).toBeHidden();
  await expect(post.getByLabel("Cảm xúc khác")).toBeFocused();
  await expect(post.getByTestId("reaction-counts")).not.toContainText("Thích");
  await post.getByText("1 người bày tỏ cảm xúc").click();
  const who = post.locator(".reply__likers li");
  await expect(who).toContainText(fan.displayName);
  await expect(who).toContainText("Yêu");
  // The main button now shows "Yêu", pressed; pressing it takes the reaction back.
  const mine = post.locator(".reply__like");
  await expect(mine).toHaveText(/Yêu/);
  await mine.click();
  await expect(mine).toHaveText(/Thích/);
  await expect(mine).toHaveAttribute("aria-pressed", "false");
  await expect(post.getByText("người bày tỏ cảm xúc")).toHaveCount(0);
});

test.describe("reactions without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the plain form reacts with a chosen kind and comes back to the post", async ({ page }) => {
    const author = establishedMember();
    const fan = establishedMember();
    const thread = createThread(author.username);
    const [postId] = insertReplies(thread.id, author.username, 1);
    await logIn(page, fan.username);
    await page.goto(thread.path);
    const post = page.locator(`#post-${postId}`);
    await post.getByLabel("Cảm xúc khác").click();
    await post.getByRole("group", { name: "Chọn cảm xúc" }).getByRole("button", { name: "Haha" }).click();
    await expect(page).toHaveURL(new RegExp(`#post-${postId}$`));
    await expect(page.locator(`#post-${postId}`).getByTestId("reaction-counts")).toHaveText(/Haha\s*1/);
    await page.locator(`#post-${postId} .reply__like`).click();
    await expect(page.locator(`#post-${postId}`).getByTestId("reaction-counts")).toHaveCount(0);
  });
});

test("a draft is saved on the server: restored after a reload and on another device", async ({ page, browser }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  await logIn(page, m.username);
  await page.goto(thread.path);
  await composer(page).box.fill("Ý kiến dài đang viết dở, chưa gửi…");
  await expect(composer(page).form.getByTestId("draft-status")).toHaveText("Đã lưu nháp");
  await page.reload();
  await expect(composer(page).box).toHaveValue("Ý kiến dài đang viết dở, chưa gửi…");

  const other = await browser.newContext();
  const second = await other.newPage();
  await logIn(second, m.username);
  await second.goto(thread.path);
  await expect(composer(second).box).toHaveValue("Ý kiến dài đang viết dở, chưa gửi…");
  await other.close();

  await composer(page).send.click();
  await expect(replies(page)).toHaveCount(1);
  await page.reload();
  await expect(composer(page).box).toHaveValue("");
});

test("a double submit posts exactly once", async ({ page }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  await logIn(page, m.username);
  await page.goto(thread.path);
  await composer(page).box.fill("Bấm hai lần liền.");
  // Two submissions of the same form, as a double click or a resent form would make.
  await composer(page).form.evaluate((form: HTMLFormElement) => {
    form.requestSubmit();
    form.requestSubmit();
  });
  await expect(replies(page)).toHaveCount(1);
  await page.reload();
  await expect(replies(page)).toHaveCount(1);
  expect(threadCounts(thread.id)).toEqual({ replyCount: 1, visible: 1 });
});

test("a resubmitted form (same token, no JavaScript) posts once", async ({ browser }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await logIn(page, m.username);
  await page.goto(thread.path);
  // Replay the exact form the page served (hidden token included) twice, as a
  // browser does when the member presses "resend" after a network error.
  const fields = await serverForm(page, thread.path, 'id="reply-composer"');
  fields.source = "Gửi lại biểu mẫu.";
  fields.intent = "post";
  for (let i = 0; i < 2; i++) {
    const response = await page.request.post(thread.path, { multipart: fields, maxRedirects: 0 });
    expect(response.status()).toBeLessThan(400);
  }
  await page.goto(thread.path);
  await expect(replies(page)).toHaveCount(1);
  expect(threadCounts(thread.id).replyCount).toBe(1);
  await context.close();
});

test("a second reply too soon is refused and the text is kept", async ({ page }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  await logIn(page, m.username);
  await page.goto(thread.path);
  await composer(page).box.fill("Trả lời thứ nhất.");
  await composer(page).send.click();
  await expect(replies(page)).toHaveCount(1);
  await composer(page).box.fill("Trả lời thứ hai ngay lập tức.");
  await composer(page).send.click();
  await expect(composer(page).error).toContainText(/quá nhanh.*đợi \d+ giây/);
  await expect(composer(page).box).toHaveValue("Trả lời thứ hai ngay lập tức.");
  await expect(replies(page)).toHaveCount(1);
});

test("a locked thread has no reply box", async ({ page }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  setThreadLocked(thread.id, true);
  await logIn(page, m.username);
  await page.goto(thread.path);
  await expect(page.locator("#reply-composer")).toHaveCount(0);
  await expect(page.getByText("Chủ đề đã bị khóa, không thể trả lời thêm.").first()).toBeVisible();
});

test("a reader sees new replies arrive live and shows them without reloading", async ({ page, browser }) => {
  const writer = establishedMember();
  const thread = createThread(writer.username);
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(thread.path);
  await expect(reader.getByTestId("reply-count")).toHaveText("Phản hồi: 0");
  await reader.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));

  await logIn(page, writer.username);
  await page.goto(thread.path);
  await composer(page).box.fill("Tin mới nóng hổi!");
  await composer(page).send.click();
  await expect(replies(page)).toHaveCount(1);

  const button = reader.getByRole("button", { name: "1 phản hồi mới · Hiện" });
  await expect(button).toBeVisible();
  await expect(reader.getByTestId("reply-count")).toHaveText("Phản hồi: 1");
  // The sidebar's newest posts refresh too.
  await expect(reader.getByTestId("newest-posts")).toContainText("Tin mới nóng hổi!");
  await button.click();
  await expect(replies(reader).first()).toContainText("Tin mới nóng hổi!");
  // Same document: the page was not reloaded.
  expect(await reader.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(42);
  await readerContext.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member replies with a plain form; a refused reply keeps the text", async ({ page }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    await composer(page).box.fill("Trả lời không cần JavaScript.");
    await composer(page).send.click();
    await expect(replies(page).first()).toContainText("Trả lời không cần JavaScript.");
    await expect(page).toHaveURL(new RegExp(`${thread.path}#post-\\d+$`));

    await composer(page).box.fill("Gửi tiếp quá nhanh.");
    await composer(page).send.click();
    await expect(composer(page).error).toContainText("quá nhanh");
    await expect(composer(page).box).toHaveValue("Gửi tiếp quá nhanh.");
  });
});

test("page links on a thread with 45 replies, and a permalink to reply 43", async ({ page }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  const ids = insertReplies(thread.id, m.username, 45);
  await page.goto(thread.path);
  const nav = page.getByRole("navigation", { name: "Phân trang phản hồi (trên)" });
  await expect(nav).toContainText("Trang 1/3");
  await expect(replies(page)).toHaveCount(20);
  await nav.getByRole("link", { name: "Trang cuối" }).click();
  await expect(page).toHaveURL(`${thread.path}/page-3`);
  await expect(replies(page)).toHaveCount(5);
  await expect(replies(page).first()).toContainText("Trả lời thử số 41");
  await page.getByRole("navigation", { name: "Phân trang phản hồi (trên)" }).getByRole("link", { name: "Trang trước" }).click();
  await expect(page).toHaveURL(`${thread.path}/page-2`);
  await expect(replies(page).first()).toContainText("Trả lời thử số 21");
  await page.getByRole("navigation", { name: "Phân trang phản hồi (dưới)" }).getByRole("link", { name: "Trang đầu" }).click();
  await expect(page).toHaveURL(thread.path);

  await page.goto(`/posts/${ids[42]}`);
  await expect(page).toHaveURL(`${thread.path}/page-3#post-${ids[42]}`);
  const target = page.locator(`#post-${ids[42]}`);
  await expect(target).toContainText("Trả lời thử số 43");
  await expect(target).toBeInViewport();
});
