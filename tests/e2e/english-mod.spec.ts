// The moderators' pages in English (issue 17): every /en/mod page has its
// chrome in English — headings, labels, buttons, table headers, the
// moderation menu — around what members wrote, which stays as written. The
// check that would catch a string left hard-coded: no label, button, legend,
// table header, heading or moderation link of these pages holds a Vietnamese
// letter (member content is never in those), and each page's Vietnamese
// sentences are absent.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { establishedMember, loggedIn, sqlDate, withDb } from "./helpers/accounts";
import { createThread, insertReplies } from "./helpers/forum";

/** Letters only Vietnamese uses (English chrome has none of them). */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]/i;

/** The texts of the chrome elements in `scope` that still hold Vietnamese. */
async function vietnameseChrome(scope: Locator, selector = "label, button, legend, th, summary, h1, h2, .mod-nav a"): Promise<string[]> {
  const texts = await scope.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText.trim()));
  return texts.filter((text) => VIETNAMESE.test(text));
}

async function expectEnglishModPage(page: Page, path: string, heading: string, absent: string[] = [], options: { skipHeadings?: boolean } = {}) {
  const response = await page.goto(`/en${path}`);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
  await expect(page).toHaveTitle(/Moderation/);
  const nav = page.getByRole("navigation", { name: "Moderation" });
  await expect(nav.getByRole("link", { name: "Approval queue" })).toHaveAttribute("href", "/en/mod/queue");
  await expect(nav.getByRole("link", { name: "Log" })).toHaveAttribute("href", "/en/mod/log");
  const main = page.locator("main.content");
  // Category names (h2 on the categories page) and the member's name (h1 of their page) are content.
  const selector = options.skipHeadings ? "label, button, legend, th, summary, .mod-nav a" : undefined;
  expect(await vietnameseChrome(page.locator(".mod-layout"), selector), path).toEqual([]);
  for (const vi of absent) await expect(main, `${path}: ${vi}`).not.toContainText(vi);
}

test("an administrator's /en/mod pages are in English, with members' words as written", async ({ browser }) => {
  test.slow();
  const admin = establishedMember("admin");
  const author = establishedMember();
  const reporter = establishedMember();
  const thread = createThread(author.username);
  const [replyId] = insertReplies(thread.id, author.username, 1, () => "Nội dung bị báo cáo bằng tiếng Việt.");
  const reportedMessageId = withDb((db) => {
    const id = (username: string) => (db.prepare("SELECT id FROM User WHERE usernameKey = ?").get(username.toLowerCase()) as { id: number }).id;
    const now = sqlDate(new Date());
    db.prepare("INSERT INTO Report (postId, reporterId, reason, note, status, createdAt) VALUES (?, ?, 'off-topic', ?, 'open', ?)").run(replyId, id(reporter.username), "Ghi chú của người báo cáo", now);
    const conversationId = Number(
      db.prepare("INSERT INTO Conversation (starterId, title, locked, lastNumber, lastMessageAt, createdAt) VALUES (?, ?, FALSE, 1, ?, ?)").run(id(author.username), "Hội thoại thử", now, now).lastInsertRowid,
    );
    for (const who of [author.username, reporter.username])
      db.prepare("INSERT INTO ConversationParticipant (conversationId, userId, lastReadNumber, joinedAt, lastMessageAt) VALUES (?, ?, 1, ?, ?)").run(conversationId, id(who), now, now);
    const messageId = Number(
      db
        .prepare("INSERT INTO ConversationMessage (conversationId, authorId, number, source, html, status, createdAt) VALUES (?, ?, 1, ?, ?, 'visible', ?)")
        .run(conversationId, id(author.username), "Tin nhắn bị báo cáo.", "<p>Tin nhắn bị báo cáo.</p>", now).lastInsertRowid,
    );
    db.prepare("INSERT INTO ConversationReport (messageId, reporterId, reason, note, status, createdAt) VALUES (?, ?, 'spam', NULL, 'open', ?)").run(messageId, id(reporter.username), now);
    return messageId;
  });

  const page = await loggedIn(browser, admin);

  // /en/mod leads to the English reports page.
  await page.goto("/en/mod");
  await expect(page).toHaveURL(/\/en\/mod\/reports$/);

  await expectEnglishModPage(page, "/mod/reports", "Open reports", ["Báo cáo đang chờ xử lý", "Bài của", "Ghi chú (người báo cáo"]);
  const group = page.getByTestId("report-group").filter({ hasText: "Nội dung bị báo cáo bằng tiếng Việt." });
  await expect(group).toContainText("1 report");
  await expect(group).toContainText("Off-topic (1)");
  await expect(group).toContainText(`Post by ${author.displayName} in ${thread.title}`);
  await expect(group).toContainText("Ghi chú của người báo cáo");
  await group.getByLabel("Hide the post").check();
  await group.getByLabel(/^Note/).fill("Lạc đề");
  await group.getByRole("button", { name: "Resolve" }).click();
  await expect(page).toHaveURL(/\/en\/mod\/reports/);
  await expect(page.getByTestId("report-group").filter({ hasText: "Nội dung bị báo cáo bằng tiếng Việt." })).toHaveCount(0);

  // The log names the action, its target and its details in English; the reason as written.
  await expectEnglishModPage(page, `/mod/log?member=${author.username}`, "Moderator log", ["Người điều hành", "Hành động", "Chi tiết"]);
  const row = page.getByTestId("mod-log").locator('tr[data-action="report.hide"]');
  await expect(row).toContainText("Resolve report: hide post");
  await expect(row).toContainText(`post #1 in “${thread.title}”`);
  await expect(row).toContainText("1 report");
  await expect(row).toContainText("Lạc đề");
  await expect(page.getByLabel("Action").locator('option[value="thread.lock"]')).toHaveText("Lock thread");

  await expectEnglishModPage(page, "/mod/queue", "Approval queue", ["Hàng chờ duyệt", "Không có bài viết"]);
  await expectEnglishModPage(page, "/mod/conversation-reports", "Private message reports", ["Bạn chỉ xem được", "Tin nhắn riêng #"]);
  await expect(page.getByRole("link", { name: `Private message #${reportedMessageId}` })).toHaveAttribute("href", `/en/mod/conversation-reports/${reportedMessageId}`);
  await expectEnglishModPage(page, `/mod/conversation-reports/${reportedMessageId}`, "Reported private message", ["Tin bị báo cáo", "Người gửi", "Cách xử lý"]);
  await expect(page.getByTestId("reported-message")).toContainText("Reported message");
  await expect(page.getByTestId("reported-message")).toContainText("Tin nhắn bị báo cáo.");

  await expectEnglishModPage(page, `/mod/members?q=${author.username}`, "Members", ["Tên, tên đăng nhập", "Bình thường"]);
  await expect(page.getByRole("cell", { name: "Active" }).first()).toBeVisible();
  await expectEnglishModPage(page, `/mod/members/${author.username}`, author.displayName, ["Vai trò và danh hiệu", "Hình phạt", "Tài khoản khác cùng mạng", "bài mở đầu", "Hiển thị"], { skipHeadings: true });
  await expect(page.getByRole("heading", { name: "Role and user title" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent posts (hidden ones included)" })).toBeVisible();
  await expect(page.getByLabel("Suspend until a date")).toBeVisible();

  await expectEnglishModPage(page, "/mod/categories", "Categories", ["Địa chỉ của chuyên mục", "Tên chuyên mục", "Lưu chuyên mục"], { skipHeadings: true });
  await expect(page.getByRole("heading", { name: "Create category" })).toBeVisible();
  await expectEnglishModPage(page, "/mod/settings", "Forum settings", ["Giới hạn và ngưỡng", "Thời gian được sửa bài", "Lưu cài đặt", "Cảm xúc"]);
  await expect(page.getByLabel("Time allowed to edit a post (minutes)")).toBeVisible();
  await expectEnglishModPage(page, "/mod/word-filter", "Word filter", ["So khớp không phân biệt", "Từ chối bài viết"]);
  await expectEnglishModPage(page, "/mod/articles", "Publish article", ["Dán nội dung trang", "Nhập từng trường", "Ảnh của bài viết", "Xem thử"]);
  await expectEnglishModPage(page, "/mod/articles/fields", "Publish article by fields", ["Nhập từng phần", "Thân bài", "Tác giả", "Xem thử"]);
  await page.context().close();
});

test("a moderator's tools on an English thread page are in English, without JavaScript", async ({ browser }) => {
  const author = establishedMember();
  const thread = createThread(author.username);
  const [replyId] = insertReplies(thread.id, author.username, 2, (i) => `Trả lời thứ ${i} của thành viên.`);
  const page = await loggedIn(browser, establishedMember("moderator"), false);
  await page.goto(`/en${thread.path}`);
  const tools = page.getByTestId("thread-tools");
  await expect(tools.locator("summary")).toHaveText("Thread tools");
  await tools.locator("summary").click();
  await expect(tools.getByRole("button", { name: "Lock thread" })).toBeVisible();
  await expect(tools.getByRole("button", { name: "Stick thread" })).toBeVisible();
  await expect(tools.getByLabel("Move to category")).toBeVisible();
  expect(await vietnameseChrome(tools)).toEqual([]);

  const menu = page.locator(`#post-${replyId}`).getByTestId("mod-menu");
  await expect(menu.locator("> summary")).toHaveText("Moderate");
  await expect(menu.locator("> summary")).toHaveAttribute("aria-label", "Moderate post #1");
  expect(await vietnameseChrome(menu)).toEqual([]);
  await menu.locator("> summary").click();
  await menu.getByLabel("Reason for hiding (shown to readers)").fill("Off-topic");
  await menu.getByRole("button", { name: "Hide", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`^[^?#]*/en${thread.path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await page.context().close();
});
