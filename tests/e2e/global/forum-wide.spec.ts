// Journeys that touch forum-wide state — settings, the word filter — or need
// an administrator (whom the first-administrator setup journey must not see
// early). They run in the "global-settings" project, after every other
// journey, one after another in this single file (one worker), so none of
// them sees another's settings.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { backdateMember, createMember, establishedMember as member, loggedIn, logIn, sqlDate, withDb } from "../helpers/accounts";
import { createThread, insertReplies, threadCounts } from "../helpers/forum";
import { replayForm, serverForm } from "../helpers/forms";

// (The project is not fully parallel: these run in order in one worker.)

test("new members' first replies wait for approval; a moderator approves them in bulk", async ({ browser }) => {
  const admin = createMember("admin", "adm");
  const adminPage = await browser.newPage();
  await logIn(adminPage, admin.username);
  await adminPage.goto("/mod/settings");
  await adminPage.getByLabel("Duyệt trước N trả lời đầu tiên của thành viên mới").fill("1");
  await adminPage.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(adminPage.getByRole("status")).toContainText("Đã lưu cài đặt");

  try {
    const thread = createThread(admin.username);
    const texts: string[] = [];
    for (const n of [1, 2]) {
      const newcomer = createMember("member", "moi");
      backdateMember(newcomer.username);
      const context = await browser.newContext();
      const page = await context.newPage();
      await logIn(page, newcomer.username);
      await page.goto(thread.path);
      const text = `Lần đầu tham gia diễn đàn, thành viên ${n}.`;
      texts.push(text);
      await page.locator("#reply-composer").getByLabel("Nội dung trả lời").fill(text);
      await page.getByRole("button", { name: "Gửi trả lời" }).click();
      const mine = page.getByTestId("reply-list").locator("> li").filter({ hasText: text });
      await expect(mine).toContainText("Đang chờ duyệt");
      await context.close();
    }
    const guest = await browser.newPage();
    await guest.goto(thread.path);
    await expect(guest.getByText("Lần đầu tham gia diễn đàn")).toHaveCount(0);
    expect(threadCounts(thread.id).replyCount).toBe(0);

    await adminPage.goto("/mod/queue");
    for (const text of texts) {
      await adminPage.locator(".mod-list__item").filter({ hasText: text }).getByRole("checkbox").check();
    }
    await adminPage.getByRole("button", { name: "Duyệt bài đã chọn" }).click();
    await expect(adminPage.getByRole("status")).toContainText("Đã duyệt các bài viết đã chọn.");

    await guest.reload();
    for (const text of texts) await expect(guest.getByTestId("reply-list").getByText(text)).toBeVisible();
    await expect(guest.getByTestId("reply-count")).toHaveText("Phản hồi: 2");

    // This administrator's approvals only: other journeys approve held threads too.
    await adminPage.goto(`/mod/log?action=post.approve&moderator=${admin.username}`);
    await expect(adminPage.getByTestId("mod-log").locator("tbody tr")).toHaveCount(2);
  } finally {
    await adminPage.goto("/mod/settings");
    await adminPage.getByLabel("Duyệt trước N trả lời đầu tiên của thành viên mới").fill("0");
    await adminPage.getByRole("button", { name: "Lưu cài đặt" }).click();
  }
});

test("word filter: refuse and hold for approval, with and without diacritics", async ({ browser }) => {
  const admin = member("admin");
  const suffix = Math.random().toString(36).slice(2, 7);
  const refused = `lừa đảo ${suffix}`;
  const held = `kiếm tiền ${suffix}`;
  const adminPage = await loggedIn(browser, admin);
  for (const [phrase, action] of [[refused, "Từ chối bài viết"], [held, "Đưa vào hàng chờ duyệt"]] as const) {
    await adminPage.goto("/mod/word-filter");
    await adminPage.getByLabel("Từ hoặc cụm từ").fill(phrase);
    await adminPage.getByLabel(action).check();
    await adminPage.getByRole("button", { name: "Thêm" }).click();
    await expect(adminPage.getByTestId("word-filters")).toContainText(phrase);
  }

  const writer = member();
  const thread = createThread(writer.username);
  const page = await loggedIn(browser, writer);
  await page.goto(thread.path);
  const box = page.locator("#reply-composer").getByLabel("Nội dung trả lời");
  await box.fill(`Trang này LUA DAO ${suffix.toUpperCase()} đấy`);
  await page.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(page.getByTestId("composer-error")).toContainText(`không được phép: “${refused}”`);
  await expect(box).toHaveValue(`Trang này LUA DAO ${suffix.toUpperCase()} đấy`);

  await box.fill(`Hướng dẫn kiem tien ${suffix} tại nhà`);
  await page.getByRole("button", { name: "Gửi trả lời" }).click();
  const mine = page.getByTestId("reply-list").locator("> li").first();
  await expect(mine).toContainText("Đang chờ duyệt");
  const guest = await browser.newPage();
  await guest.goto(thread.path);
  await expect(guest.getByText(`Hướng dẫn kiem tien ${suffix}`)).toHaveCount(0);
  expect(threadCounts(thread.id).replyCount).toBe(0);
});


type Snapshot = Record<string, unknown>;

test("members, suspended members and guests calling moderation actions directly are refused; nothing changes or is logged", async ({ browser }) => {
  const author = member();
  const admin = member("admin");
  const reporter = member();
  const thread = createThread(author.username);
  const [postId, pendingId] = insertReplies(thread.id, author.username, 2, (i) => `Bài viết cần được bảo vệ ${i}.`);
  const { authorId, reporterId } = withDb((db) => {
    const id = (u: string) => (db.prepare("SELECT id FROM User WHERE usernameKey = ?").get(u.toLowerCase()) as { id: number }).id;
    db.prepare("UPDATE Post SET status = 'pending' WHERE id = ?").run(pendingId);
    db.prepare("UPDATE Thread SET replyCount = replyCount - 1 WHERE id = ?").run(thread.id);
    db.prepare("INSERT INTO Report (postId, reporterId, reason, status, createdAt) VALUES (?, ?, 'spam', 'open', ?)").run(postId, id(reporter.username), sqlDate(new Date()));
    return { authorId: id(author.username), reporterId: id(reporter.username) };
  });

  // The real forms, as an administrator is served them (server action ids included).
  const adminPage = await loggedIn(browser, admin);
  const forms: [string, Record<string, string>][] = [
    [thread.path, { ...(await serverForm(adminPage, thread.path, "Lý do ẩn")), reason: "Tấn công" }],
    [thread.path, { ...(await serverForm(adminPage, thread.path, "Lý do xóa vĩnh viễn")), reason: "Tấn công" }],
    [thread.path, { ...(await serverForm(adminPage, thread.path, "Khóa chủ đề")), tool: "lock" }],
    [thread.path, { ...(await serverForm(adminPage, thread.path, "Tiêu đề mới")), title: "Tiêu đề bị chiếm quyền" }],
    [`/mod/members/${author.username}`, { ...(await serverForm(adminPage, `/mod/members/${author.username}`, "Áp dụng")), kind: "ban", reason: "Tấn công" }],
    ["/mod/reports", { ...(await serverForm(adminPage, "/mod/reports", `value="${postId}"`)), outcome: "hide", note: "Tấn công" }],
    ["/mod/queue", { ...(await serverForm(adminPage, "/mod/queue", "Duyệt bài đã chọn")), postId: String(pendingId), decision: "approve" }],
    ["/mod/word-filter", { ...(await serverForm(adminPage, "/mod/word-filter", "Từ hoặc cụm từ")), phrase: "cụm từ chiếm quyền", action: "refuse" }],
    ["/mod/settings", { ...(await serverForm(adminPage, "/mod/settings", "Lưu cài đặt")), maxReplyLength: "150" }],
    ["/mod/articles", { ...(await serverForm(adminPage, "/mod/articles", "Nội dung trang")), intent: "publish", categorySlug: "tin-cong-nghe", text: "Bài chiếm quyền đăng\n\nKẻ Xấu\nKẻ Xấu\nPhản hồi: 0\n\nKẻ Xấu\nĐoạn dẫn của bài viết giả mạo này khá dài, đủ để là một đoạn văn.\n\nThân bài giả mạo cũng là một đoạn văn dài hơn tiêu đề rất nhiều." }],
  ];

  const snapshot = (): Snapshot =>
    withDb((db) => ({
      posts: db.prepare("SELECT id, status, statusReason FROM Post WHERE threadId = ? ORDER BY id").all(thread.id),
      thread: db.prepare("SELECT title, slug, locked, pinned, categoryId, replyCount FROM Thread WHERE id = ?").get(thread.id),
      author: db.prepare("SELECT bannedAt, suspendedUntil, sanctionReason FROM User WHERE id = ?").get(authorId),
      reports: db.prepare("SELECT status FROM Report WHERE reporterId = ?").all(reporterId),
      filters: db.prepare("SELECT count(*) AS n FROM WordFilter WHERE phrase = 'cụm từ chiếm quyền'").get(),
      articles: db.prepare("SELECT count(*) AS n FROM Thread WHERE title = 'Bài chiếm quyền đăng'").get(),
      settings: db.prepare("SELECT key, value FROM Setting ORDER BY key").all(),
      log: db.prepare("SELECT count(*) AS n FROM ModerationLog WHERE targetUserId = ? OR (targetType = 'thread' AND targetId = ?) OR targetType IN ('settings', 'filter')").get(authorId, thread.id),
    }));

  const plain = await loggedIn(browser, member());
  const suspendedMember = member();
  const suspended = await loggedIn(browser, suspendedMember);
  withDb((db) =>
    db.prepare("UPDATE User SET suspendedUntil = ?, sanctionReason = 'Thử' WHERE usernameKey = ?").run(sqlDate(new Date(Date.now() + 86_400_000)), suspendedMember.username.toLowerCase()),
  );
  const guest = await (await browser.newContext()).newPage();
  const before = snapshot();

  for (const page of [plain, suspended, guest]) {
    for (const [url, fields] of forms) {
      const response = await replayForm(page, url, fields);
      // Refused: an error answer or a page saying so — never the success redirect.
      expect([303, 307, 308]).not.toContain(response.status());
    }
    for (const path of ["/mod/reports", "/mod/queue", "/mod/log", "/mod/members", "/mod/settings"]) {
      expect((await page.request.get(path)).status()).toBe(404);
    }
  }
  expect(snapshot()).toEqual(before);

  // The replayed forms themselves are valid: the administrator's replay of one works.
  const lock = forms[2];
  const ok = await replayForm(adminPage, lock[0], lock[1]);
  expect(ok.status()).toBeLessThan(400);
  expect(withDb((db) => (db.prepare("SELECT locked FROM Thread WHERE id = ?").get(thread.id) as { locked: number }).locked)).toBe(1);
});

test("an administrator publishes a scraped article from the form: dry run first, then the thread", async ({ browser }) => {
  const admin = member("admin");
  const page = await loggedIn(browser, admin);
  const scraped = readFileSync(path.resolve(__dirname, "../../fixtures/articles/xe-dien-mien-tay.txt"), "utf8");
  await page.goto("/mod/articles");
  await page.getByLabel("Nội dung trang").fill(scraped);
  await page.getByRole("button", { name: "Xem thử" }).click();
  const preview = page.getByTestId("article-preview");
  await expect(preview).toContainText('"title": "Xe điện về miền Tây: trạm sạc đi trước hay người mua đi trước?"');
  await expect(preview).toContainText('"author": "Lê Quốc Bảo"');
  await expect(page.getByLabel("Nội dung trang")).toHaveValue(scraped.replace(/\r\n/g, "\n"));

  await page.getByRole("button", { name: "Đăng", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Xe điện về miền Tây: trạm sạc đi trước hay người mua đi trước?");
  await expect(page).toHaveURL(/\/threads\/xe-dien-ve-mien-tay-tram-sac-di-truoc-hay-nguoi-mua-di-truoc\.\d+$/);
  await expect(page.locator(".article__lead")).toContainText("Ở các tỉnh Đồng bằng sông Cửu Long");

  // Bad input: a clear message, the text kept, nothing published.
  await page.goto("/mod/articles");
  await page.getByLabel("Nội dung trang").fill("   ");
  await page.getByRole("button", { name: "Đăng", exact: true }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();

  await page.goto("/mod/log?action=article.publish");
  await expect(page.getByTestId("mod-log")).toContainText("Đăng bài viết");
});
