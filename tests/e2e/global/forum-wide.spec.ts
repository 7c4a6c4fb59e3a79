// Journeys that touch forum-wide state — settings, the word filter, the
// categories (renaming one expires every cached thread page, which would break
// the cache journeys' HIT checks) — or need an administrator (whom the
// first-administrator setup journey must not see early). They run in the "global-settings" project, after every other
// journey, one after another in this single file (one worker), so none of
// them sees another's settings.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { backdateMember, createMember, establishedMember as member, loggedIn, logIn, sqlDate, withDb } from "../helpers/accounts";
import { createThread, insertReplies, threadCounts } from "../helpers/forum";
import { replayForm, serverForm } from "../helpers/forms";
import { enableTotp } from "../helpers/two-factor";

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
    [`/mod/members/${author.username}`, { ...(await serverForm(adminPage, `/mod/members/${author.username}`, "Lưu vai trò")), role: "admin", userTitle: "Chiếm quyền" }],
    ["/mod/settings", { ...(await serverForm(adminPage, "/mod/settings", "Lưu cài đặt")), maxReplyLength: "150" }],
    ["/mod/categories", { ...(await serverForm(adminPage, "/mod/categories", 'aria-label="Tạo chuyên mục"')), name: "Chuyên mục chiếm quyền" }],
    ["/mod/categories", { ...(await serverForm(adminPage, "/mod/categories", "Lưu chuyên mục")), name: "Tên bị chiếm quyền" }],
    ["/mod/articles", { ...(await serverForm(adminPage, "/mod/articles", "Nội dung trang")), intent: "publish", categorySlug: "tin-cong-nghe", text: "Bài chiếm quyền đăng\n\nKẻ Xấu\nKẻ Xấu\nPhản hồi: 0\n\nKẻ Xấu\nĐoạn dẫn của bài viết giả mạo này khá dài, đủ để là một đoạn văn.\n\nThân bài giả mạo cũng là một đoạn văn dài hơn tiêu đề rất nhiều." }],
  ];

  const snapshot = (): Snapshot =>
    withDb((db) => ({
      posts: db.prepare("SELECT id, status, statusReason FROM Post WHERE threadId = ? ORDER BY id").all(thread.id),
      thread: db.prepare("SELECT title, slug, locked, pinned, categoryId, replyCount FROM Thread WHERE id = ?").get(thread.id),
      author: db.prepare("SELECT role, userTitle, bannedAt, suspendedUntil, sanctionReason FROM User WHERE id = ?").get(authorId),
      reports: db.prepare("SELECT status FROM Report WHERE reporterId = ?").all(reporterId),
      filters: db.prepare("SELECT count(*) AS n FROM WordFilter WHERE phrase = 'cụm từ chiếm quyền'").get(),
      articles: db.prepare("SELECT count(*) AS n FROM Thread WHERE title = 'Bài chiếm quyền đăng'").get(),
      settings: db.prepare("SELECT key, value FROM Setting ORDER BY key").all(),
      categories: db.prepare("SELECT id, name, description, position FROM Category ORDER BY id").all(),
      log: db.prepare("SELECT count(*) AS n FROM ModerationLog WHERE targetUserId = ? OR (targetType = 'thread' AND targetId = ?) OR targetType IN ('settings', 'filter', 'category')").get(authorId, thread.id),
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
    for (const path of ["/mod/reports", "/mod/queue", "/mod/log", "/mod/members", "/mod/settings", "/mod/categories"]) {
      expect((await page.request.get(path)).status()).toBe(404);
    }
  }
  // A moderator may sanction the author, but neither make them an administrator nor touch categories.
  const moderator = await loggedIn(browser, member("moderator"));
  for (const [url, fields] of forms.filter(([, f]) => f.role || f.name)) {
    expect([303, 307, 308]).not.toContain((await replayForm(moderator, url, fields)).status());
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
  // Laid out as the thread page shows it, never the importer's JSON (issue 20, defect 4).
  await expect(preview.getByRole("heading", { name: "Xe điện về miền Tây: trạm sạc đi trước hay người mua đi trước?" })).toBeVisible();
  await expect(preview.locator(".article__byline")).toContainText("Lê Quốc Bảo");
  await expect(preview.locator(".article__lead")).toContainText("Ở các tỉnh Đồng bằng sông Cửu Long");
  await expect(preview.locator(".article__body p").first()).toBeVisible();
  await expect(preview).not.toContainText('"blocks"');
  await expect(preview).not.toContainText('"title":');
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

test("an administrator makes a member a moderator without JavaScript; their open browser and guests see it on the next request", async ({ browser, playwright, baseURL }) => {
  const target = member();
  const admin = member("admin");
  const thread = createThread(target.username);
  const [postId] = insertReplies(thread.id, target.username, 1, () => "Bài của người sắp lên chức.");
  const guest = await playwright.request.newContext({ baseURL });
  const guestHtml = async () => (await (await guest.get(thread.path)).text()).replace(/<!-- -->/g, "");
  expect(await guestHtml()).not.toContain("Người giữ lửa");
  expect(await guestHtml()).not.toContain("Người giữ lửa"); // the second request is served from the cache

  const targetPage = await loggedIn(browser, target);
  expect((await targetPage.request.get("/mod/reports")).status()).toBe(404);

  const adminPage = await loggedIn(browser, admin, false);
  await adminPage.goto(`/mod/members/${target.username}`);
  const form = adminPage.getByRole("form", { name: "Đổi vai trò và danh hiệu" });
  // Nothing changed: told so, and nothing is written.
  await form.getByRole("button", { name: "Lưu vai trò" }).click();
  await expect(adminPage.getByRole("alert")).toContainText("không có gì để lưu");
  // A title too long is refused and kept in the field.
  const longTitle = "Danh hiệu dài quá mức cho phép của diễn đàn này, hơn năm mươi ký tự";
  expect(longTitle.length).toBeGreaterThan(50);
  // (The field's maxlength stops this in a browser; the server must stop it too.)
  await adminPage.evaluate(() => document.querySelector<HTMLInputElement>("#member-title")?.removeAttribute("maxlength"));
  await adminPage.getByRole("form", { name: "Đổi vai trò và danh hiệu" }).getByLabel(/Danh hiệu/).fill(longTitle.slice(0, 50) + "!");
  await adminPage.getByRole("form", { name: "Đổi vai trò và danh hiệu" }).getByLabel("Vai trò", { exact: true }).selectOption({ label: "Điều hành viên" });
  await adminPage.getByRole("button", { name: "Lưu vai trò" }).click();
  await expect(adminPage.getByRole("alert")).toContainText("Danh hiệu tối đa 50 ký tự");
  await expect(adminPage.getByLabel(/Danh hiệu/)).toHaveValue(longTitle.slice(0, 50) + "!");
  const roleLog = () =>
    withDb((db) => db.prepare("SELECT count(*) AS n FROM ModerationLog WHERE action LIKE 'member.%' AND targetUserId = (SELECT id FROM User WHERE usernameKey = ?)").get(target.username.toLowerCase()));
  expect(roleLog()).toEqual({ n: 0 });

  await adminPage.getByLabel(/Danh hiệu/).fill("Người giữ lửa");
  await adminPage.getByLabel("Vai trò", { exact: true }).selectOption({ label: "Điều hành viên" });
  await adminPage.getByRole("button", { name: "Lưu vai trò" }).click();
  await expect(adminPage.getByRole("status")).toContainText("Đã lưu vai trò và danh hiệu");
  await expect(adminPage.getByRole("heading", { level: 1 })).toContainText("Điều hành viên");

  // The member's already open session has the moderator's tools on its next request…
  await targetPage.goto(thread.path);
  await expect(targetPage.getByTestId("thread-tools")).toBeVisible();
  expect((await targetPage.request.get("/mod/reports")).status()).toBe(200);
  // …and the guests' cached page shows the new badge and title beside their reply.
  const html = await guestHtml();
  expect(html).toContain("Người giữ lửa");
  expect(html).toMatch(new RegExp(`id="post-${postId}"[\\s\\S]*Điều hành viên`));

  await adminPage.goto(`/mod/log?member=${target.username}`);
  const log = adminPage.getByTestId("mod-log");
  await expect(log.locator('tr[data-action="member.role"]')).toContainText("Thành viên → Điều hành viên");
  await expect(log.locator('tr[data-action="member.title"]')).toContainText("(không có) → “Người giữ lửa”");
  await guest.dispose();
});

test("an administrator creates, renames and deletes a category without JavaScript; cached thread pages follow the new name", async ({ browser, playwright, baseURL }) => {
  const admin = member("admin");
  const author = member();
  const word = Math.random().toString(36).slice(2, 8);
  const name = `Chuyên mục thử ${word}`;
  const adminPage = await loggedIn(browser, admin, false);
  await adminPage.goto("/mod/categories");
  const create = adminPage.getByRole("form", { name: "Tạo chuyên mục" });
  await create.getByLabel("Tên chuyên mục").fill("Thảo luận CHUNG");
  await create.getByRole("button", { name: "Tạo chuyên mục" }).click();
  await expect(adminPage.getByRole("form", { name: "Tạo chuyên mục" }).getByRole("alert")).toContainText("Đã có chuyên mục tên");
  await expect(adminPage.getByRole("form", { name: "Tạo chuyên mục" }).getByLabel("Tên chuyên mục")).toHaveValue("Thảo luận CHUNG");
  await adminPage.getByRole("form", { name: "Tạo chuyên mục" }).getByLabel("Tên chuyên mục").fill(name);
  await adminPage.getByRole("form", { name: "Tạo chuyên mục" }).getByLabel("Mô tả (không bắt buộc)").fill("Nơi thử nghiệm.");
  await adminPage.getByRole("form", { name: "Tạo chuyên mục" }).getByRole("button", { name: "Tạo chuyên mục" }).click();
  await expect(adminPage.getByRole("status")).toContainText("Đã tạo chuyên mục.");
  const slug = `chuyen-muc-thu-${word}`;

  // A thread in it (moved there by hand), read by a guest from the cache.
  const thread = createThread(author.username);
  const moveThread = (to: string) =>
    withDb((db) =>
      db.transaction(() => {
        db.prepare("UPDATE Category SET threadCount = threadCount - 1 WHERE id = (SELECT categoryId FROM Thread WHERE id = ?)").run(thread.id);
        db.prepare("UPDATE Thread SET categoryId = (SELECT id FROM Category WHERE slug = ?) WHERE id = ?").run(to, thread.id);
        db.prepare("UPDATE Category SET threadCount = threadCount + 1 WHERE slug = ?").run(to);
      })(),
    );
  moveThread(slug);
  const guest = await playwright.request.newContext({ baseURL });
  const guestPage = async () => (await (await guest.get(thread.path)).text()).replace(/<!-- -->/g, "");
  expect(await guestPage()).toContain(name);
  expect((await guest.get("/")).status()).toBe(200);
  expect(await (await guest.get("/")).text()).toContain(`href="/categories/${slug}"`);

  // Renamed: same address, new name, on the guest's next request of the thread.
  await adminPage.goto("/mod/categories");
  const section = adminPage.getByTestId("category-admin").filter({ has: adminPage.getByRole("heading", { name }) });
  await expect(section).toContainText("1 chủ đề");
  await expect(section.getByRole("button", { name: "Xóa chuyên mục" })).toHaveCount(0);
  await section.getByLabel("Tên chuyên mục").fill(`Góc thử ${word}`);
  await section.getByRole("button", { name: "Lưu chuyên mục" }).click();
  await expect(adminPage.getByRole("status")).toContainText("Đã lưu chuyên mục.");
  const renamed = await guestPage();
  expect(renamed).toContain(`Góc thử ${word}`);
  expect(renamed).not.toContain(name);
  expect(await (await guest.get(`/categories/${slug}`)).text()).toContain(`Góc thử ${word}`);

  // Emptied, it can be deleted; its address is gone.
  moveThread("thao-luan-chung");
  await adminPage.goto("/mod/categories");
  const emptied = adminPage.getByTestId("category-admin").filter({ has: adminPage.getByRole("heading", { name: `Góc thử ${word}` }) });
  await emptied.getByRole("button", { name: "Xóa chuyên mục" }).click();
  await expect(adminPage.getByRole("status")).toContainText("Đã xóa chuyên mục.");
  expect((await guest.get(`/categories/${slug}`)).status()).toBe(404);

  await adminPage.goto(`/mod/log?moderator=${admin.username}`);
  const log = adminPage.getByTestId("mod-log");
  await expect(log.locator('tr[data-action="category.create"]')).toContainText(`“${name}”`);
  await expect(log.locator('tr[data-action="category.update"]')).toContainText(`tên: ${name} → Góc thử ${word}`);
  await expect(log.locator('tr[data-action="category.delete"]')).toContainText(`“Góc thử ${word}”`);
  await guest.dispose();
});

test("an administrator requires two-step login of staff: a moderator without it is sent to set it up, then moderates; the administrator can reset it", async ({ browser }) => {
  test.setTimeout(150_000); // four argon2 logins and re-authentications
  const admin = createMember("admin", "adm2fa");
  const adminPage = await browser.newPage();
  await logIn(adminPage, admin.username);
  const requireSelect = () => adminPage.getByLabel("Bắt buộc xác thực hai bước cho ban điều hành");

  // Not before the administrator has it themselves.
  await adminPage.goto("/mod/settings");
  await requireSelect().selectOption("1");
  await adminPage.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(adminPage.getByRole("alert").filter({ hasText: "Hãy bật xác thực hai bước cho chính bạn" }).first()).toBeVisible();

  await enableTotp(adminPage);
  await adminPage.goto("/mod/settings");
  await requireSelect().selectOption("1");
  await adminPage.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(adminPage.getByRole("status")).toContainText("Đã lưu cài đặt");
  try {
    const mod = createMember("moderator", "mod2fa");
    const modPage = await browser.newPage();
    await logIn(modPage, mod.username);
    for (const path of ["/mod/queue", "/mod/reports"]) {
      await modPage.goto(path);
      await expect(modPage).toHaveURL(/\/account\/security\?required=staff/);
    }
    await expect(modPage.getByRole("alert").filter({ hasText: "Diễn đàn yêu cầu điều hành viên và quản trị viên bật xác thực hai bước." })).toBeVisible();
    await enableTotp(modPage);
    await modPage.goto("/mod/queue");
    await expect(modPage).toHaveURL(/\/mod\/queue/);
    await expect(modPage.getByRole("heading", { level: 1 })).toBeVisible();

    // The recovery path of last resort: the administrator turns it off, logged.
    await adminPage.goto(`/mod/members/${mod.username}`);
    const reset = adminPage.getByRole("form", { name: "Tắt xác thực hai bước của thành viên" });
    await reset.getByLabel("Lý do / cách đã xác minh").fill("Đã xác minh qua email đăng ký");
    await reset.getByRole("button", { name: "Tắt xác thực hai bước" }).click();
    await expect(adminPage.getByRole("status")).toContainText("Đã tắt xác thực hai bước");
    await adminPage.goto(`/mod/log?action=member.two-factor-reset&moderator=${admin.username}`);
    await expect(adminPage.locator('tr[data-action="member.two-factor-reset"]')).toContainText("Đã xác minh qua email đăng ký");
    // Their sessions ended with it.
    await modPage.goto("/account");
    await expect(modPage).toHaveURL(/\/login/);
    await modPage.context().close();
  } finally {
    // Back to the default whatever happened above: the journeys after this one must not meet the requirement.
    withDb((db) => db.prepare("DELETE FROM Setting WHERE key = ?").run("requireStaffTwoFactor"));
  }
  await adminPage.goto("/mod/settings");
  await expect(requireSelect()).toHaveValue("0");
  await adminPage.context().close();
});
