// English beside Vietnamese (issue 17) on the lists: the index, a category's
// pages, "What's new", the member list, a profile, a member's threads and the
// feeds. Under /en the chrome is English (and links stay under /en) while
// what members wrote (titles, names) is shown as written; no Vietnamese
// string of these pages is left. Each test makes its own category, member and
// threads, and checks text inside the page's own parts (not the sidebar's
// newest posts, which parallel journeys write).
import crypto from "node:crypto";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { establishedMember, loggedIn, sqlDate, withDb } from "./helpers/accounts";
import { createThread, expireThreadLists, insertReplies } from "./helpers/forum";

// Several pages, a login (argon2): generous on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

/** The Vietnamese chrome of the lists (components/lists, the list pages): none may show under /en. */
const LIST_STRINGS = [
  "Diễn đàn",
  "Tạo chủ đề",
  "Chủ đề:",
  "Xem tất cả chủ đề",
  "Phản hồi:",
  "Lượt xem",
  "Ghim",
  "Đã khóa",
  "Đến trang",
  "Các trang của chuyên mục",
  "Trang 2",
  "Chưa có chủ đề",
  "Đánh dấu",
  "Bài mới",
  "Có gì mới",
  "Chưa đọc",
  "Tất cả",
  "Cũ hơn",
  "Mới nhất",
];
/** The members pages' Vietnamese chrome (member names hold "Thành viên": not listed alone). */
const MEMBER_STRINGS = [
  "Thành viên mới",
  "Nhiều bài viết nhất",
  "Ban điều hành",
  "Tìm thành viên",
  "Tham gia",
  "Bài viết",
  "Cảm xúc",
  "Điều hành viên",
  "Quản trị viên",
  "Xem các chủ đề đã mở",
  "Chủ đề của",
  "chủ đề",
  "Diễn đàn",
  "Bỏ theo dõi",
];

/** None of `strings` in the text of `where` (every element it matches), read once the page is shown. */
async function expectNone(where: Locator, strings: string[]) {
  const text = (await where.allInnerTexts()).join("\n");
  for (const vi of strings) expect(text, `left in Vietnamese: "${vi}"`).not.toContain(vi);
}

/** A staff-only category (members' "Tạo chủ đề" elsewhere unchanged) of `count` threads by `author`, newest first. */
function categoryWithThreads(author: string, count: number) {
  const tag = crypto.randomBytes(3).toString("hex");
  const slug = `english-${tag}`;
  return withDb((db) =>
    db.transaction(() => {
      const now = Date.now();
      const authorId = (db.prepare("SELECT id FROM User WHERE usernameKey = ?").get(author.toLowerCase()) as { id: number }).id;
      const name = `Lists ${tag}`;
      const categoryId = Number(
        db
          .prepare("INSERT INTO Category (slug, name, position, threadCount, staffThreadsOnly, createdAt) VALUES (?, ?, 91, ?, TRUE, ?)")
          .run(slug, name, count, sqlDate(new Date(now))).lastInsertRowid,
      );
      const threads: { id: number; title: string; path: string }[] = [];
      for (let i = 1; i <= count; i++) {
        const at = sqlDate(new Date(now - i * 60_000));
        const title = `Topic ${tag} ${String(i).padStart(2, "0")}`;
        const threadSlug = `topic-${tag}-${i}`;
        const id = Number(
          db
            .prepare(
              "INSERT INTO Thread (categoryId, authorId, title, slug, kind, replyCount, lastNumber, lastPostAt, locked, pinned, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'discussion', 0, 1, ?, ?, ?, ?, ?)",
            )
            .run(categoryId, authorId, title, threadSlug, at, i === 2 ? 1 : 0, i === 1 ? 1 : 0, at, at).lastInsertRowid,
        );
        db.prepare(
          "INSERT INTO Post (threadId, authorId, number, format, source, html, status, editCount, reactionCount, createdAt, updatedAt) VALUES (?, ?, 1, 'markdown', ?, ?, 'visible', 0, 0, ?, ?)",
        ).run(id, authorId, "Mở đầu.", "<p>Mở đầu.</p>", at, at);
        threads.push({ id, title, path: `/threads/${threadSlug}.${id}` });
      }
      return { path: `/categories/${slug}`, name, threads };
    })(),
  );
}

const rows = (page: Page) => page.getByTestId("thread-row");

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`a guest reads the index and a category's pages in English (${mode})`, async ({ browser }) => {
    const author = establishedMember();
    const category = categoryWithThreads(author.username, 25);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();

    // The index (a cached page: only its chrome is checked, around the
    // seeded "Thảo luận chung" and others' titles). On a fresh forum that
    // category has no thread yet: one is written, and the lists expired as
    // the command-line tools do, so a row is there whatever ran before.
    createThread(author.username);
    expireThreadLists();
    const section = page.getByRole("main").locator("section").filter({ has: page.getByRole("heading", { name: "Thảo luận chung" }) });
    await expect(async () => {
      await page.goto("/en");
      await expect(section.getByTestId("thread-row").first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forums");
    await expect(page.getByRole("complementary", { name: "Sidebar" })).toBeVisible();
    await expect(page.getByTestId("new-thread-button")).toHaveText("Post thread");
    await expect(page.getByTestId("new-thread-button")).toHaveAttribute("href", /^\/en\/categories\/[^/]+\/new$/);
    await expect(section.getByRole("heading", { level: 2 }).getByRole("link")).toHaveAttribute("href", "/en/categories/thao-luan-chung");
    await expect(section.locator(".category-list__count")).toHaveText(/^Threads: [\d,]+$/);
    await expect(section.getByTestId("thread-row").first()).toContainText("Replies:");
    await expect(section.getByTestId("thread-row").first().locator("a.thread-list__title")).toHaveAttribute("href", /^\/en\/threads\//);
    await expectNone(page.getByRole("main").locator(".page-head, .list-tools, .block__title, .block__more, .thread-list__counts, .badge"), LIST_STRINGS);

    // A category's first page: breadcrumb, badges, rows, page links and the jump in English.
    await page.goto(`/en${category.path}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(category.name);
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Forums" })).toHaveAttribute("href", "/en");
    await expect(page.getByRole("navigation", { name: "Category pages (top)" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Category pages (bottom)" })).toBeVisible();
    const pinned = rows(page).filter({ hasText: category.threads[0].title });
    await expect(pinned.locator(".badge")).toHaveText("Pinned");
    await expect(pinned.getByRole("link", { name: /Topic/ })).toHaveAttribute("href", `/en${category.threads[0].path}`);
    await expect(rows(page).filter({ hasText: category.threads[1].title }).locator(".badge")).toHaveText("Locked");
    await expect(pinned.getByRole("link", { name: author.displayName }).first()).toHaveAttribute("href", `/en/members/${author.username}`);
    await expectNone(page.getByRole("main"), LIST_STRINGS);

    // The page jump keeps the language: /en/…/page-2.
    const jump = page.locator("form.page-jump").first();
    await jump.getByLabel("Go to page").fill("2");
    await jump.getByRole("button", { name: "Go" }).click();
    await expect(page).toHaveURL(new RegExp(`/en${category.path}/page-2$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${category.name} · Page 2`);
    await expect(page).toHaveTitle(new RegExp(`^${category.name} · Page 2 \\|`));
    await expect(rows(page)).toHaveCount(5);
    await expectNone(page.getByRole("main"), LIST_STRINGS);
    // The page links lead back, in English.
    await page.getByRole("navigation", { name: "Category pages (top)" }).getByRole("link", { name: "First page" }).click();
    await expect(page).toHaveURL(new RegExp(`/en${category.path}$`));
    await context.close();
  });
}

test("a member's What's new, tabs and mark read in English; a guest's What's new", async ({ browser }) => {
  const reader = establishedMember();
  const unread = createThread(establishedMember().username, `Unread ${crypto.randomBytes(3).toString("hex")}`);
  const page = await loggedIn(browser, reader);
  await page.goto("/en/whats-new");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New posts");
  await expect(page.getByRole("main")).toContainText("Threads with posts you have not read in the last 30 days, newest first.");
  const tabs = page.getByRole("navigation", { name: "Show" });
  await expect(tabs.getByRole("link", { name: "Unread" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Mark all read" })).toBeVisible();
  await expectNone(page.getByRole("main").locator(".page-head, .page-description, .list-tools"), LIST_STRINGS);
  // An unread thread: marked "New", and its first unread post reached in English.
  const row = rows(page).filter({ hasText: unread.title });
  await expect(row.locator(".badge--unread")).toHaveText("New");
  await expect(row.locator(".badge--unread")).toHaveAttribute("title", "Has unread posts");
  await row.getByRole("link", { name: "First unread post" }).click();
  await expect(page).toHaveURL(new RegExp(`/en${unread.path.replace(/[.]/g, "\\.")}(#post-\\d+)?$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/en/whats-new");
  await tabs.getByRole("link", { name: "All" }).click();
  await expect(page).toHaveURL(/\/en\/whats-new\?show=all$/);
  await expect(page.getByRole("main")).toContainText("Threads with recent posts, newest first.");
  await expect(rows(page).first()).toContainText("Replies:");
  await expect(rows(page).first().getByRole("link").first()).toHaveAttribute("href", /^\/en\/threads\//);
  await expectNone(page.getByRole("main").locator(".page-head, .page-description, .list-tools, .thread-list__counts, .pagination"), LIST_STRINGS);
  await page.context().close();

  const guest = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await guest.goto("/en/whats-new");
  await expect(guest.getByRole("heading", { level: 1 })).toHaveText("What's new");
  await expect(guest).toHaveTitle(/^What's new \|/);
  await guest.context().close();
});

test("the member list, a profile and a member's threads in English (without JavaScript)", async ({ browser }) => {
  const moderator = establishedMember("moderator");
  const category = categoryWithThreads(moderator.username, 1);
  insertReplies(category.threads[0].id, moderator.username, 1);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();

  await page.goto("/en/members");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Members");
  const tabs = page.getByRole("navigation", { name: "Member lists" });
  await expect(tabs.getByRole("link", { name: "Newest members" })).toHaveAttribute("aria-current", "page");
  await expect(tabs.getByRole("link", { name: "Staff members" })).toHaveAttribute("href", "/en/members?list=staff");
  await page.getByRole("searchbox", { name: "Find a member by name" }).fill(moderator.username);
  await page.getByRole("main").getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/en/members\\?q=${moderator.username}$`));
  await expect(page.getByRole("main")).toContainText(`1 member whose name contains “${moderator.username}”`);
  const item = page.getByTestId("member-list").locator("li").filter({ hasText: moderator.displayName });
  await expect(item.locator(".badge")).toHaveText("Moderator");
  await expect(item).toContainText("Joined");
  await expectNone(page.getByRole("main"), MEMBER_STRINGS);
  await item.getByRole("link", { name: moderator.displayName }).click();

  // The profile: facts, recent posts (a reply is "Re: <title>"), the way to their threads.
  await expect(page).toHaveURL(new RegExp(`/en/members/${moderator.username}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Moderator");
  const card = page.locator(".member-card__stats");
  for (const label of ["Joined", "Posts", "Reactions"]) await expect(card).toContainText(label);
  await expect(page.getByRole("heading", { name: "Recent posts" })).toBeVisible();
  await expect(page.getByRole("link", { name: `Re: ${category.threads[0].title}` })).toBeVisible();
  await expectNone(page.locator(".member-card__stats, .member-card__name, .member-posts, #recent-posts"), MEMBER_STRINGS);
  await page.getByTestId("member-threads-link").click();

  await expect(page).toHaveURL(new RegExp(`/en/members/${moderator.username}/threads$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Threads by ${moderator.displayName}`);
  await expect(page).toHaveTitle(new RegExp(`^Threads by ${moderator.displayName} \\|`));
  await expect(page.getByTestId("member-thread-count")).toHaveText("1 thread");
  const crumbs = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(crumbs.getByRole("link", { name: "Members" })).toHaveAttribute("href", "/en/members");
  await expect(rows(page)).toContainText("Replies: 1");
  await expectNone(page.getByRole("main"), [...MEMBER_STRINGS, ...LIST_STRINGS].filter((s) => s !== "chủ đề"));
  await context.close();
});

test("the feeds under /en are English around the members' words; the English pages link to them", async ({ page, request, baseURL }) => {
  const author = establishedMember();
  const category = categoryWithThreads(author.username, 1);
  const thread = category.threads[0];
  insertReplies(thread.id, author.username, 1);

  await page.goto("/en");
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", `${baseURL}/en/feed.xml`);
  const site = await (await request.get("/en/feed.xml")).text();
  expect(site).toMatch(/<channel>\s*<title>Bàn Luận — new threads<\/title>/);
  expect(site).toContain("<language>en</language>");
  expect(site).toContain(`<link>${baseURL}/en</link>`);
  expect(site).toContain(`<atom:link href="${baseURL}/en/feed.xml" rel="self"`);
  expect(site).not.toContain("chủ đề mới");

  await page.goto(`/en${thread.path}`);
  const alternates = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternates.first()).toHaveAttribute("href", `${baseURL}/en${thread.path}/feed.xml`);
  await expect(alternates.nth(1)).toHaveAttribute("href", `${baseURL}/en/feed.xml`);
  const feed = await (await request.get(`/en${thread.path}/feed.xml`)).text();
  expect(feed).toContain(`<title>${thread.title} — new replies</title>`);
  expect(feed).toContain(`<title>Reply #1 by ${author.displayName}</title>`);
  expect(feed).toContain(`<link>${baseURL}/en${thread.path}</link>`);
  expect(feed).not.toContain("phản hồi mới");
  // The Vietnamese feed is as it was.
  const vi = await (await request.get(`${thread.path}/feed.xml`)).text();
  expect(vi).toContain(`<title>Phản hồi #1 của ${author.displayName}</title>`);
});
