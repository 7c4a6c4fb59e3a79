// Issue 17, item 4: axe-core finds 0 violations (WCAG 2.0/2.1/2.2, A and AA)
// on every page type, for a guest, a member, a moderator and an
// administrator, light and dark, JavaScript on and off.
//
// The pages are a table (page type × who × how to reach it); addresses are
// built from a locale prefix ("" is Vietnamese, "/en" English), so the same
// table judges every page in both languages. Fixtures are
// built once for the file, then a few tests loop over pages × schemes and
// fail once, listing every violation (rule, element, page).
//
// Skipped on PostgreSQL: what axe judges is the rendered markup and CSS,
// which do not depend on the database engine, and the run would only double
// the time of the journeys on CI.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eEngine } from "../../scripts/lib/e2e-database";
import { describeFindings, findingsInBothSchemes, findingsWithoutJavaScript, type Finding } from "./helpers/a11y";
import { establishedMember, logIn, sqlDate, withDb, type MemberData } from "./helpers/accounts";
import { openForumDb, uniqueWord } from "./helpers/forum-db";
import { setThreadLocked } from "./helpers/forum";

test.skip(e2eEngine() !== "sqlite", "Markup and CSS do not depend on the database engine: the accessibility pages run on SQLite only.");

/** Locale prefixes of the addresses: "" (Vietnamese) and "/en" (English). */
const LOCALES = ["", "/en"];

type Who = "guest" | "member" | "moderator" | "admin";
type Fixtures = {
  member: MemberData;
  moderator: MemberData;
  admin: MemberData;
  thread: string;
  longThread: string;
  lockedThread: string;
  hiddenThread: string;
  replyId: number;
  /** A reply by `member` (the edit and delete pages). */
  ownReplyId: number;
  word: string;
  conversationId: number;
  reportedMessageId: number;
};
type PageCase = {
  name: string;
  who: Who;
  path: (f: Fixtures) => string;
  /** What to do once there (fill a form, submit it) before axe looks. */
  act?: (page: Page, f: Fixtures) => Promise<void>;
  /** Judged with JavaScript on only (a known defect without it, tested apart). */
  jsOnly?: boolean;
};

/** Fills the reply box and presses its "preview" or "post" button (by value: the same in every language). */
async function composeAndPress(page: Page, text: string, intent: "preview" | "post") {
  await page.locator("#reply-source").fill(text);
  await page.locator(`#reply-composer button[name="intent"][value="${intent}"]`).click();
}

const PAGES: PageCase[] = [
  // Guests
  { name: "index", who: "guest", path: () => "/" },
  { name: "what's new", who: "guest", path: () => "/whats-new" },
  { name: "category page 1", who: "guest", path: () => "/categories/thao-luan-chung" },
  { name: "category page 2", who: "guest", path: () => "/categories/thao-luan-chung/page-2" },
  { name: "thread page 1 (guest)", who: "guest", path: (f) => f.longThread },
  { name: "thread later page (guest)", who: "guest", path: (f) => `${f.longThread}/page-2` },
  { name: "locked thread (guest)", who: "guest", path: (f) => f.lockedThread },
  { name: "search with results", who: "guest", path: (f) => `/search?q=${f.word}` },
  { name: "search with none", who: "guest", path: () => `/search?q=${uniqueWord("khongco")}` },
  { name: "member profile", who: "guest", path: (f) => `/members/${f.member.username}` },
  { name: "members", who: "guest", path: () => "/members" },
  { name: "login", who: "guest", path: () => "/login" },
  { name: "register", who: "guest", path: () => "/register" },
  { name: "forgot password", who: "guest", path: () => "/forgot-password" },
  { name: "reset password (bad link)", who: "guest", path: () => "/reset-password?token=khong-hop-le" },
  { name: "verified", who: "guest", path: () => "/verified?status=verified" },
  { name: "verify (expired link)", who: "guest", path: () => "/verified?status=expired" },
  { name: "two-factor (expired step)", who: "guest", path: () => "/login/two-factor" },
  { name: "404", who: "guest", path: () => "/khong-co-trang-nay" },
  // notFound() from a page: Next's bare error document until the server script
  // puts the whole page in place (lib/http-gate/whole-not-found.ts).
  { name: "404 thread", who: "guest", path: () => "/threads/khong-co.999999999" },
  { name: "404 member", who: "member", path: () => "/members/khong-co-ai-ten-nay" },
  // Members
  { name: "thread page 1 (member)", who: "member", path: (f) => f.thread },
  { name: "thread later page (member)", who: "member", path: (f) => `${f.longThread}/page-2` },
  { name: "locked thread (member)", who: "member", path: (f) => f.lockedThread },
  { name: "composer with preview", who: "member", path: (f) => f.thread, act: async (page) => {
    await composeAndPress(page, "**Xem thử** một đoạn có [liên kết](https://example.test) và > trích dẫn", "preview");
    await expect(page.locator("#reply-composer section.composer__preview")).toBeVisible();
  } },
  { name: "composer with an error", who: "member", path: (f) => f.thread, act: async (page) => {
    await composeAndPress(page, "   ", "post");
    await expect(page.getByTestId("composer-error")).toBeVisible();
  } },
  { name: "new thread form", who: "member", path: () => "/categories/thao-luan-chung/new" },
  { name: "report a post", who: "member", path: (f) => `/posts/${f.replyId}/report` },
  { name: "edit own post", who: "member", path: (f) => `/posts/${f.ownReplyId}/edit` },
  { name: "post history", who: "member", path: (f) => `/posts/${f.replyId}/history` },
  { name: "delete own post", who: "member", path: (f) => `/posts/${f.ownReplyId}/delete` },
  { name: "account", who: "member", path: () => "/account" },
  { name: "account security", who: "member", path: () => "/account/security" },
  { name: "account notifications", who: "member", path: () => "/account/notifications" },
  { name: "account bookmarks", who: "member", path: () => "/account/bookmarks" },
  { name: "account watched", who: "member", path: () => "/account/watched" },
  { name: "account ignored", who: "member", path: () => "/account/ignored" },
  { name: "notifications", who: "member", path: () => "/notifications" },
  { name: "conversations", who: "member", path: () => "/conversations" },
  { name: "one conversation", who: "member", path: (f) => `/conversations/${f.conversationId}` },
  { name: "new conversation", who: "member", path: () => "/conversations/new" },
  { name: "member's own profile", who: "member", path: (f) => `/members/${f.member.username}` },
  // Moderators
  { name: "thread page 1 (moderator)", who: "moderator", path: (f) => f.thread },
  { name: "hidden post (moderator)", who: "moderator", path: (f) => f.hiddenThread },
  { name: "locked thread (moderator)", who: "moderator", path: (f) => f.lockedThread },
  // Administrators: every /mod page
  ...[
    "/mod",
    "/mod/queue",
    "/mod/reports",
    "/mod/conversation-reports",
    "/mod/members",
    "/mod/log",
    "/mod/articles",
    "/mod/articles/fields",
    "/mod/categories",
    "/mod/settings",
    "/mod/word-filter",
  ].map((p): PageCase => ({ name: p, who: "admin", path: () => p })),
  { name: "/mod/members/<member>", who: "admin", path: (f) => `/mod/members/${f.member.username}` },
  { name: "/mod/conversation-reports/<message>", who: "admin", path: (f) => `/mod/conversation-reports/${f.reportedMessageId}` },
];

let fixtures: Fixtures;

test.beforeAll(() => {
  // Every worker builds its own fixtures at the same moment: retry a busy database.
  for (let attempt = 1; ; attempt++) {
    try {
      return buildFixtures();
    } catch (error) {
      if (attempt >= 3 || !/database is locked|SQLITE_BUSY/i.test(String(error))) throw error;
    }
  }
});

function buildFixtures(): void {
  const member = establishedMember("member");
  const moderator = establishedMember("moderator");
  const admin = establishedMember("admin");
  const other = establishedMember("member");
  const word = uniqueWord("truycap");
  const db = openForumDb();
  try {
    const id = (username: string) => withDb((d) => (d.prepare("SELECT id FROM User WHERE usernameKey = ?").get(username.toLowerCase()) as { id: number }).id);
    const memberId = id(member.username);
    const otherId = id(other.username);
    const thread = db.createThread({ title: `Chủ đề kiểm tra truy cập ${word}`, authorId: otherId, body: `Mở đầu có từ ${word} để tìm.\n\n![Ảnh minh hoạ](/favicon.ico)` });
    const replyId = db.addReply({ threadId: thread.threadId, authorId: otherId, text: `Một trả lời có từ ${word}.` });
    const long = db.createThread({ title: `Chủ đề dài ${word}`, authorId: otherId, body: "Chủ đề có nhiều trang." });
    for (let i = 1; i <= 26; i++) db.addReply({ threadId: long.threadId, authorId: i % 2 ? otherId : memberId, text: `Trả lời số ${i} của chủ đề dài.`, createdAt: new Date(Date.now() - (30 - i) * 60_000) });
    const locked = db.createThread({ title: `Chủ đề đã khoá ${word}`, authorId: otherId, body: "Chủ đề này đã khoá." });
    setThreadLocked(locked.threadId, true);
    const hidden = db.createThread({ title: `Chủ đề có trả lời bị ẩn ${word}`, authorId: otherId, body: "Một trả lời dưới đây bị ẩn." });
    db.addReply({ threadId: hidden.threadId, authorId: otherId, text: "Trả lời bị điều hành viên ẩn.", status: "hidden" });
    const ownReplyId = db.addReply({ threadId: hidden.threadId, authorId: memberId, text: "Trả lời còn hiện." });
    // Enough threads in the category for a page 2, whatever the other journeys add.
    for (let i = 0; i < 21; i++) db.createThread({ title: `Chủ đề lấp trang ${word} ${i}`, authorId: otherId, body: "Lấp trang danh mục." });

    const now = sqlDate(new Date());
    const { conversationId, reportedMessageId } = withDb((d) => {
      const conversationId = Number(
        d.prepare("INSERT INTO Conversation (starterId, title, locked, lastNumber, lastMessageAt, createdAt) VALUES (?, ?, FALSE, 2, ?, ?)").run(otherId, `Hội thoại ${word}`, now, now).lastInsertRowid,
      );
      for (const userId of [otherId, memberId])
        d.prepare("INSERT INTO ConversationParticipant (conversationId, userId, lastReadNumber, joinedAt, lastMessageAt) VALUES (?, ?, 1, ?, ?)").run(conversationId, userId, now, now);
      const message = (n: number, authorId: number, text: string) =>
        Number(
          d.prepare("INSERT INTO ConversationMessage (conversationId, authorId, number, source, html, status, createdAt) VALUES (?, ?, ?, ?, ?, 'visible', ?)").run(conversationId, authorId, n, text, `<p>${text}</p>`, now)
            .lastInsertRowid,
        );
      message(1, otherId, "Chào bạn, đây là tin nhắn riêng.");
      const reportedMessageId = message(2, memberId, "Tin nhắn bị báo cáo.");
      d.prepare("INSERT INTO ConversationReport (messageId, reporterId, reason, note, status, createdAt) VALUES (?, ?, 'spam', ?, 'open', ?)").run(reportedMessageId, otherId, "Thử nghiệm", now);
      d.prepare("INSERT INTO Report (postId, reporterId, reason, note, status, createdAt) VALUES (?, ?, 'spam', ?, 'open', ?)").run(replyId, memberId, "Thử nghiệm", now);
      d.prepare("INSERT INTO Notification (userId, kind, message, link, createdAt) VALUES (?, 'reply', ?, ?, ?)").run(memberId, "Có trả lời mới trong chủ đề của bạn", thread.path, now);
      return { conversationId, reportedMessageId };
    });
    fixtures = {
      member,
      moderator,
      admin,
      thread: thread.path,
      longThread: long.path,
      lockedThread: locked.path,
      hiddenThread: hidden.path,
      replyId,
      ownReplyId,
      word,
      conversationId,
      reportedMessageId,
    };
  } finally {
    db.close();
  }
}

async function pageAs(browser: Browser, who: Who, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  if (who !== "guest") await logIn(page, fixtures[who].username);
  return page;
}

/** Pages a test: small enough that one test stays well inside its timeout on a loaded 2-core machine. */
const CHUNK = 6;

for (const locale of LOCALES) {
  for (const who of ["guest", "member", "moderator", "admin"] as const) {
    for (const javaScript of [true, false]) {
      const pages = PAGES.filter((c) => c.who === who && (javaScript || !c.jsOnly));
      for (let from = 0; from < pages.length; from += CHUNK) {
        const chunk = pages.slice(from, from + CHUNK);
        test(`${locale || "/"} · ${who} · JavaScript ${javaScript ? "on" : "off"} · ${chunk.map((c) => c.name).join(", ")}: 0 axe violations, light and dark`, async ({ browser }) => {
          test.setTimeout(300_000);
          const page = await pageAs(browser, who, javaScript);
          // axe cannot run where scripts are off: the no-JS page is judged in a copy (helpers/a11y.ts).
          const twin = javaScript ? null : await (await browser.newContext()).newPage();
          const findings: Finding[] = [];
          for (const p of chunk) {
            const path = `${locale}${p.path(fixtures)}`;
            await page.goto(path);
            if (p.act) await p.act(page, fixtures);
            const label = `${p.name} (${path}) · JS ${javaScript ? "on" : "off"}`;
            findings.push(...(twin ? await findingsWithoutJavaScript(page, twin, label) : await findingsInBothSchemes(page, label)));
          }
          await page.context().close();
          await twin?.context().close();
          expect(findings.length, describeFindings(findings)).toBe(0);
        });
      }
    }
  }
}

test("a 404 from notFound() is a whole page without JavaScript, in the page's language, for guests and members", async ({ browser }) => {
  // Next.js answers notFound() with a bare error document whose content appears
  // only after hydration; the server script sends the whole page instead.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, lang, heading] of [
    ["/threads/khong-co.999999999", "vi", "Không tìm thấy trang"],
    ["/categories/khong-co-chuyen-muc", "vi", "Không tìm thấy trang"],
    ["/en/threads/khong-co.999999999", "en", "Page not found"],
  ] as const) {
    const answer = await page.goto(path);
    expect(answer?.status(), path).toBe(404);
    await expect(page.locator("html"), path).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
    await expect(page.getByRole("banner"), path).toBeVisible();
  }
  // A member's browser (a session cookie) gets the whole page too.
  await context.addCookies([{ name: "authjs.session-token", value: "khong-hop-le", url: page.url() }]);
  expect((await page.goto("/threads/khong-co.999999999"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  await context.close();
});
