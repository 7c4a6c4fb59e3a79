// Members start threads: from a category page or the index, with preview,
// refusals that keep every word, JavaScript on or off, exactly one thread per
// form however often it is sent, guests sent to log in first, held threads
// invisible until a moderator approves them. Every thread goes to "Thảo luận
// chung" with a title no other journey writes, and nothing here counts what
// other journeys running alongside may add.
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, fillLogin, loggedIn, logIn, sqlDate, withDb } from "./helpers/accounts";
import { replayForm, serverForm } from "./helpers/forms";
import { createThread } from "./helpers/forum";
import { uniqueWord } from "./helpers/forum-db";

const CATEGORY = "/categories/thao-luan-chung";
const FORM = `${CATEGORY}/new`;
const THREAD_URL = /\/threads\/[a-z0-9-]+\.(\d+)$/;

function newThreadForm(page: Page) {
  const form = page.getByRole("form", { name: "Tạo chủ đề" });
  return {
    form,
    category: form.getByLabel("Chuyên mục"),
    title: form.getByLabel("Tiêu đề"),
    body: form.getByLabel("Nội dung"),
    create: form.getByRole("button", { name: "Tạo chủ đề" }),
    preview: form.getByRole("button", { name: "Xem trước" }),
    error: form.getByTestId("new-thread-error"),
  };
}

/** The thread list of a page (a category page has one; the index one per category). */
function threadLink(page: Page, title: string, region?: string) {
  const scope = region ? page.getByRole("region", { name: region }) : page.locator("main");
  return scope.locator(".thread-list").getByRole("link", { name: title, exact: true });
}

function threadsTitled(title: string): number {
  return withDb((db) => (db.prepare("SELECT count(*) AS n FROM Thread WHERE title = ?").get(title) as { n: number }).n);
}

test("a member starts a thread from a category page; it is listed there and on the index, for guests too", async ({ page, browser }) => {
  const m = establishedMember();
  const title = `Hỏi đáp về ${uniqueWord("chude")} cho người mới`;
  await logIn(page, m.username);
  await page.goto(CATEGORY);
  await page.getByTestId("new-thread-button").click();
  await expect(page).toHaveURL(FORM);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tạo chủ đề");
  const f = newThreadForm(page);
  // Members are offered the categories they may start threads in: not the news.
  await expect(f.category.locator("option")).toHaveText(["Thảo luận chung"]);
  await f.title.fill(title);
  await f.body.fill("Mình mới tham gia, có **câu hỏi** về:\n\n- cách bắt đầu\n- nên đọc gì trước");
  await f.create.click();

  await expect(page).toHaveURL(THREAD_URL);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const article = page.locator("article.article");
  await expect(article.locator("strong")).toHaveText("câu hỏi");
  await expect(article.locator("li")).toHaveText(["cách bắt đầu", "nên đọc gì trước"]);
  await expect(article.getByRole("link", { name: m.displayName }).first()).toBeVisible();
  await expect(page.getByTestId("reply-count")).toHaveText("Phản hồi: 0");
  await expect(page.locator("#reply-composer")).toBeVisible();
  const threadPath = new URL(page.url()).pathname;

  // The author sees it in the category on the next request.
  await page.goto(CATEGORY);
  await expect(threadLink(page, title)).toHaveAttribute("href", threadPath);

  // So does a guest: on the index first (newest activity first), then the category and the thread.
  const guest = await browser.newPage();
  await guest.goto("/");
  await expect(threadLink(guest, title, "Thảo luận chung")).toHaveAttribute("href", threadPath);
  await guest.goto(CATEGORY);
  await threadLink(guest, title).click();
  await expect(guest).toHaveURL(threadPath);
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText(title);
  await guest.close();
});

test("the index's button opens the form; preview renders the text without posting, and a refusal keeps every word", async ({ page }) => {
  const m = establishedMember();
  const title = `Góp ý ${uniqueWord("gopy")} về diễn đàn`;
  await logIn(page, m.username);
  await page.goto("/");
  await page.getByTestId("new-thread-button").click();
  await expect(page).toHaveURL(FORM);
  const f = newThreadForm(page);
  await f.title.fill(title);
  await f.body.fill("Thử *xem trước* <b>không</b>");
  await f.preview.click();
  const preview = f.form.getByRole("region", { name: "Xem trước" });
  await expect(preview.locator("em")).toHaveText("xem trước");
  await expect(preview).toContainText("<b>không</b>");
  await expect(f.title).toHaveValue(title);
  await expect(f.body).toHaveValue("Thử *xem trước* <b>không</b>");
  expect(threadsTitled(title)).toBe(0);

  // The member posted a moment ago (another thread): the pace limit refuses this one.
  createThread(m.username);
  await f.body.fill("Nội dung dài mình đã viết cẩn thận,\nkhông muốn mất.");
  await f.create.click();
  await expect(f.error).toContainText(/Bạn đăng bài quá nhanh\. Vui lòng đợi \d+ giây rồi gửi lại\./);
  await expect(f.title).toHaveValue(title);
  await expect(f.body).toHaveValue("Nội dung dài mình đã viết cẩn thận,\nkhông muốn mất.");
  await expect(page).toHaveURL(FORM);
  expect(threadsTitled(title)).toBe(0);
});

test("the live preview (opt-in, as in the reply box) shows the opening post as it will read, without posting", async ({ page }) => {
  const m = establishedMember();
  const title = `Xem trực tiếp ${uniqueWord("tructiep")} khi viết`;
  await logIn(page, m.username);
  await page.goto(FORM);
  const f = newThreadForm(page);
  const live = f.form.getByTestId("live-preview");
  // Off until the member turns it on: typing costs no request.
  await expect(live).toHaveCount(0);
  await f.form.getByRole("checkbox", { name: "Xem trước trực tiếp" }).check();
  await expect(live).toContainText("Bản xem trước hiện ở đây khi bạn viết.");
  await f.title.fill(title);
  await f.body.fill("Mở đầu có **chữ đậm** và *nghiêng*.");
  await expect(live.getByTestId("live-preview-body").locator("strong")).toHaveText("chữ đậm");
  await expect(live.getByTestId("live-preview-body").locator("em")).toHaveText("nghiêng");
  // The focus stays in the text box, and nothing was posted.
  await expect(f.body).toBeFocused();
  expect(threadsTitled(title)).toBe(0);
  // Turned off, the pane goes; the "Xem trước" button still previews.
  await f.form.getByRole("checkbox", { name: "Xem trước trực tiếp" }).uncheck();
  await expect(live).toHaveCount(0);
  await expect(f.preview).toBeVisible();
});

test.describe("with JavaScript disabled", () => {
  test("a member creates a thread with a plain form post; a refused one comes back with the text", async ({ browser }) => {
    const m = establishedMember();
    const page = await loggedIn(browser, m, false);
    const title = `Không cần JavaScript ${uniqueWord("nojs")}`;
    await page.goto(CATEGORY);
    await page.getByTestId("new-thread-button").click();
    const f = newThreadForm(page);
    // Without JavaScript there is no live preview: the "Xem trước" button previews with a reload.
    await expect(f.form.getByTestId("live-preview-switch")).toHaveCount(0);
    await expect(f.preview).toBeVisible();
    await f.title.fill(title);
    await f.body.fill("Gửi bằng biểu mẫu thuần.");
    await f.create.click();
    await expect(page).toHaveURL(THREAD_URL);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("article.article")).toContainText("Gửi bằng biểu mẫu thuần.");

    // A second thread right away: refused for the pace, with the page rendered again around the text.
    await page.goto(FORM);
    await f.title.fill(`${title} lần hai`);
    await f.body.fill("Chữ không được mất.");
    await f.create.click();
    await expect(f.error).toContainText("Bạn đăng bài quá nhanh");
    await expect(f.title).toHaveValue(`${title} lần hai`);
    await expect(f.body).toHaveValue("Chữ không được mất.");
    expect(threadsTitled(`${title} lần hai`)).toBe(0);
    await page.context().close();
  });
});

test("a resubmitted form (same token) creates one thread and both answers lead to it", async ({ browser }) => {
  const m = establishedMember();
  const page = await loggedIn(browser, m, false);
  const title = `Gửi lại biểu mẫu ${uniqueWord("lap")}`;
  const categoryId = withDb((db) => (db.prepare("SELECT id FROM Category WHERE slug = 'thao-luan-chung'").get() as { id: number }).id);
  const fields = { ...(await serverForm(page, FORM, "clientToken")), categoryId: String(categoryId), title, source: "Một lần thôi.", intent: "post" };
  const answers = [await replayForm(page, FORM, fields), await replayForm(page, FORM, fields)];
  const locations = answers.map((r) => r.headers()["location"]);
  expect(answers.map((r) => r.status())).toEqual([303, 303]);
  expect(locations[0]).toMatch(THREAD_URL);
  expect(locations[1]).toBe(locations[0]);
  expect(threadsTitled(title)).toBe(1);
  await page.context().close();
});

test("a guest who asks to start a thread logs in first and comes back to the form", async ({ page }) => {
  const m = establishedMember();
  await page.goto(CATEGORY);
  await page.getByTestId("new-thread-button").click();
  await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(FORM)}`);
  await fillLogin(page, m.username, m.password);
  await expect(page).toHaveURL(FORM);
  await expect(newThreadForm(page).title).toBeVisible();
});

test("who may not: members get no button in the news category; a suspended member is told why", async ({ browser }) => {
  const m = establishedMember();
  const page = await loggedIn(browser, m);
  await page.goto("/categories/tin-cong-nghe");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tin công nghệ");
  await expect(page.getByTestId("new-thread-button")).toHaveCount(0);

  withDb((db) =>
    db.prepare("UPDATE User SET suspendedUntil = ?, sanctionReason = 'Spam' WHERE usernameKey = ?").run(sqlDate(new Date(Date.now() + 86_400_000)), m.username.toLowerCase()),
  );
  await page.goto(FORM);
  await expect(page.getByTestId("new-thread-blocked")).toContainText(/tạm ngưng đến .*Lý do: Spam/);
  await expect(page.getByRole("form", { name: "Tạo chủ đề" })).toHaveCount(0);
  await page.context().close();
});

test("a thread held by the word filter is invisible to guests until a moderator approves it", async ({ page, browser }) => {
  const phrase = uniqueWord("choduyet");
  withDb((db) => db.prepare("INSERT INTO WordFilter (phrase, phraseKey, action, createdAt) VALUES (?, ?, 'queue', ?)").run(phrase, phrase, sqlDate(new Date())));
  try {
    const m = establishedMember();
    const title = `Chủ đề cần duyệt ${phrase}`;
    await logIn(page, m.username);
    await page.goto(FORM);
    const f = newThreadForm(page);
    await f.title.fill(title);
    await f.body.fill("Nội dung chờ điều hành viên xem.");
    await f.create.click();
    await expect(page).toHaveURL(THREAD_URL);
    await expect(page.getByTestId("thread-status")).toContainText("Chủ đề đang chờ điều hành viên duyệt");
    const threadPath = new URL(page.url()).pathname;

    const guest = await browser.newPage();
    expect((await guest.goto(threadPath))?.status()).toBe(404);
    await guest.goto(CATEGORY);
    await expect(threadLink(guest, title)).toHaveCount(0);

    const mod = await loggedIn(browser, establishedMember("moderator"));
    await mod.goto("/mod/queue");
    const item = mod.locator(".mod-list__item").filter({ hasText: title });
    await expect(item).toContainText("Chủ đề mới");
    await item.getByRole("checkbox").check();
    await mod.getByRole("button", { name: "Duyệt bài đã chọn" }).click();
    await expect(mod.getByRole("status")).toContainText("Đã duyệt");

    expect((await guest.goto(threadPath))?.status()).toBe(200);
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText(title);
    await guest.goto(CATEGORY);
    await expect(threadLink(guest, title)).toHaveAttribute("href", threadPath);
    await page.reload();
    await expect(page.getByTestId("thread-status")).toHaveCount(0);
    await mod.context().close();
  } finally {
    withDb((db) => db.prepare("DELETE FROM WordFilter WHERE phraseKey = ?").run(phrase));
  }
});

test("what a member writes in the form is saved as a draft: back after a reload and on another device, gone once posted", async ({ page, browser }) => {
  const m = establishedMember();
  const title = `Nháp về ${uniqueWord("nhap")} chưa xong`;
  await logIn(page, m.username);
  await page.goto(FORM);
  const f = newThreadForm(page);
  await f.title.fill(title);
  await f.body.fill("Đoạn đầu tiên của bài, viết dở…");
  await expect(f.form.getByTestId("draft-status")).toHaveText("Đã lưu nháp");

  await page.reload();
  await expect(f.title).toHaveValue(title);
  await expect(f.body).toHaveValue("Đoạn đầu tiên của bài, viết dở…");

  const elsewhere = await loggedIn(browser, m);
  await elsewhere.goto(FORM);
  await expect(newThreadForm(elsewhere).title).toHaveValue(title);
  await newThreadForm(elsewhere).body.fill("Đoạn đầu tiên của bài, viết xong ở máy khác.");
  await newThreadForm(elsewhere).create.click();
  await expect(elsewhere).toHaveURL(THREAD_URL);

  await page.goto(FORM);
  await expect(f.title).toHaveValue("");
  await expect(f.body).toHaveValue("");
  await elsewhere.context().close();
});
