// Issue 20: thread lists like XenForo's. Every thread of a category is
// reachable page by page (defect 1); members see what is unread, jump to the
// first unread post and mark a category read; "Bài mới" and the main
// navigation in the header. Each journey runs with JavaScript on and off.
// Every test makes its own category (staff-only, so members' "Tạo chủ đề"
// choices elsewhere are unchanged) and asserts only about it.
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, loggedIn, sqlDate, withDb } from "./helpers/accounts";
import { insertReplies } from "./helpers/forum";

type Listed = { id: number; slug: string; title: string; path: string };

/** A category of `count` threads by `author`, the first the most recently active. */
function categoryWithThreads(author: string, count: number) {
  const tag = crypto.randomBytes(3).toString("hex");
  const slug = `danh-sach-${tag}`;
  return withDb((db) =>
    db.transaction(() => {
      const now = Date.now();
      const authorId = (db.prepare("SELECT id FROM User WHERE usernameKey = ?").get(author.toLowerCase()) as { id: number }).id;
      const categoryId = Number(
        db
          .prepare("INSERT INTO Category (slug, name, position, threadCount, staffThreadsOnly, createdAt) VALUES (?, ?, 90, ?, TRUE, ?)")
          .run(slug, `Danh sách ${tag}`, count, sqlDate(new Date(now))).lastInsertRowid,
      );
      const threads: Listed[] = [];
      for (let i = 1; i <= count; i++) {
        const at = sqlDate(new Date(now - i * 60_000));
        const title = `Chủ đề ${tag} số ${String(i).padStart(2, "0")}`;
        const threadSlug = `chu-de-${tag}-so-${i}`;
        const id = Number(
          db
            .prepare(
              "INSERT INTO Thread (categoryId, authorId, title, slug, kind, replyCount, lastNumber, lastPostAt, locked, pinned, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'discussion', 0, 1, ?, FALSE, FALSE, ?, ?)",
            )
            .run(categoryId, authorId, title, threadSlug, at, at, at).lastInsertRowid,
        );
        db.prepare(
          "INSERT INTO Post (threadId, authorId, number, format, source, html, status, editCount, reactionCount, createdAt, updatedAt) VALUES (?, ?, 1, 'markdown', ?, ?, 'visible', 0, 0, ?, ?)",
        ).run(id, authorId, "Mở đầu.", "<p>Mở đầu.</p>", at, at);
        threads.push({ id, slug: threadSlug, title, path: `/threads/${threadSlug}.${id}` });
      }
      return { path: `/categories/${slug}`, name: `Danh sách ${tag}`, threads };
    })(),
  );
}

/** Marks the thread as just active (what a reply does; insertReplies writes posts only). */
function touch(threadId: number) {
  withDb((db) => db.prepare("UPDATE Thread SET lastPostAt = ? WHERE id = ?").run(sqlDate(new Date(Date.now() + 1000)), threadId));
}

// Several members log in (argon2) and pages are many: generous on a shared 2-core machine.
test.describe.configure({ timeout: 120_000 });

const rows = (page: Page) => page.getByTestId("thread-row");
const row = (page: Page, title: string) => rows(page).filter({ hasText: title });

for (const javaScriptEnabled of [true, false]) {
  const mode = javaScriptEnabled ? "with JavaScript" : "without JavaScript";

  test(`a category's older threads are reachable by page links and the page jump (${mode})`, async ({ browser }) => {
    const author = establishedMember();
    const category = categoryWithThreads(author.username, 45);
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await page.goto(category.path);
    await expect(rows(page)).toHaveCount(20);
    await expect(rows(page).first()).toContainText(category.threads[0].title);
    const pager = page.getByRole("navigation", { name: "Các trang của chuyên mục (đầu danh sách)" });
    await expect(pager).toContainText("Trang 1/3");
    // A row: starter, start date, replies, and the last poster (the starter, with no reply yet).
    const first = row(page, category.threads[0].title);
    await expect(first.getByRole("link", { name: author.displayName, exact: true })).toBeVisible();
    await expect(first).toContainText("Phản hồi: 0");
    await expect(first.getByRole("link", { name: `Bài cuối của ${author.displayName}` })).toBeVisible();

    await pager.getByRole("link", { name: "Trang 3" }).click();
    await expect(page).toHaveURL(`${category.path}/page-3`);
    await expect(rows(page)).toHaveCount(5);
    await expect(rows(page).last()).toContainText(category.threads[44].title);

    // The page jump: a plain GET form, redirected to /page-N.
    await page.getByRole("spinbutton", { name: "Đến trang" }).first().fill("2");
    await page.getByRole("button", { name: "Đi" }).first().click();
    await expect(page).toHaveURL(`${category.path}/page-2`);
    await expect(rows(page).first()).toContainText(category.threads[20].title);
    await expect(rows(page).last()).toContainText(category.threads[39].title);

    // page-1 has one address, pages past the end go to the last, nonsense is not found.
    await page.goto(`${category.path}/page-1`);
    await expect(page).toHaveURL(category.path);
    await page.goto(`${category.path}/page-99`);
    await expect(page).toHaveURL(`${category.path}/page-3`);
    expect((await page.goto(`${category.path}/page-x`))?.status()).toBe(404);
    await page.goto(`${category.path}?page=999`);
    await expect(page).toHaveURL(`${category.path}/page-3`);
  });

  test(`a member sees what is unread, jumps to the first unread post and marks the category read (${mode})`, async ({ browser }) => {
    const author = establishedMember();
    const replier = establishedMember();
    const category = categoryWithThreads(author.username, 3);
    const [busy] = category.threads;
    const replyIds = insertReplies(busy.id, replier.username, 30);
    touch(busy.id);
    const reader = establishedMember();
    const page = await loggedIn(browser, reader, javaScriptEnabled);

    await page.goto(category.path);
    await expect(row(page, busy.title).getByText("Mới", { exact: true })).toBeVisible();
    await expect(row(page, busy.title).getByRole("link", { name: `Bài cuối của ${replier.displayName}` })).toBeVisible();

    // Reading page 1 (replies #1–#20) leaves #21–#30 unread: the thread says where they start.
    await page.goto(busy.path);
    const jump = page.getByTestId("unread-jump");
    await expect(jump).toHaveText("Đến bài chưa đọc đầu tiên ›");
    await jump.click();
    await expect(page).toHaveURL(`${busy.path}/page-2#post-${replyIds[20]}`);
    await expect(page.locator(`#post-${replyIds[20]}`)).toBeVisible();

    // Page 2 shown: all read, no mark in the list.
    await page.goto(category.path);
    await expect(row(page, busy.title).getByText("Mới", { exact: true })).toHaveCount(0);
    // Untouched threads of this category are unread, until "Đánh dấu chuyên mục đã đọc".
    await expect(row(page, category.threads[1].title).getByText("Mới", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Đánh dấu chuyên mục đã đọc" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã đánh dấu mọi chủ đề trong chuyên mục là đã đọc." })).toBeVisible();
    await page.goto(category.path);
    await expect(rows(page).getByText("Mới", { exact: true })).toHaveCount(0);

    // A new reply, posted through the form (which expires the cached lists),
    // makes it unread again; the row's link leads to it.
    const replierPage = await loggedIn(browser, replier, javaScriptEnabled);
    await replierPage.goto(`${busy.path}/page-2`);
    await replierPage.locator("#reply-composer").getByLabel("Nội dung trả lời").fill("Trả lời mới nhất, sau khi đã đánh dấu đọc");
    await replierPage.locator("#reply-composer").getByRole("button", { name: "Gửi trả lời" }).click();
    await expect(replierPage.getByTestId("reply-list").getByText("Trả lời mới nhất, sau khi đã đánh dấu đọc")).toBeVisible();
    const latest = withDb((db) => (db.prepare("SELECT id FROM Post WHERE threadId = ? ORDER BY number DESC LIMIT 1").get(busy.id) as { id: number }).id);
    await page.goto(category.path);
    await expect(row(page, busy.title).getByText("Mới", { exact: true })).toBeVisible();
    await row(page, busy.title).getByRole("link", { name: "Bài chưa đọc đầu tiên" }).click();
    await expect(page).toHaveURL(`${busy.path}/page-2#post-${latest}`);
  });

  test(`"Bài mới" from the header: unread threads for a member, latest activity for a guest (${mode})`, async ({ browser }) => {
    const author = establishedMember();
    const category = categoryWithThreads(author.username, 1);
    const [thread] = category.threads;
    touch(thread.id);
    const reader = establishedMember();
    const page = await loggedIn(browser, reader, javaScriptEnabled);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Điều hướng chính", exact: true }).getByRole("link", { name: "Bài mới" }).click();
    await expect(page).toHaveURL("/whats-new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bài mới");
    await expect(row(page, thread.title)).toBeVisible();
    await page.goto(thread.path);
    await page.goto("/whats-new");
    await expect(row(page, thread.title)).toHaveCount(0);
    await page.getByRole("link", { name: "Tất cả", exact: true }).click();
    await expect(row(page, thread.title)).toBeVisible();

    const guest = await (await browser.newContext({ javaScriptEnabled })).newPage();
    await guest.goto("/whats-new");
    await expect(guest.getByRole("heading", { level: 1 })).toHaveText("Có gì mới");
    await expect(row(guest, thread.title)).toBeVisible();
    // A guest has no read state: no marks, no "Đánh dấu" buttons.
    await expect(guest.getByText("Mới", { exact: true })).toHaveCount(0);
    await expect(guest.getByRole("button", { name: /Đánh dấu/ })).toHaveCount(0);
  });

  test(`the phone menu opens and leads everywhere the header does (${mode})`, async ({ browser }) => {
    const page = await (await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } })).newPage();
    await page.goto("/");
    await expect(page.getByRole("navigation", { name: "Điều hướng chính", exact: true })).toBeHidden();
    await page.getByText("Menu", { exact: true }).click();
    const menu = page.getByRole("navigation", { name: "Điều hướng chính (menu)" });
    await expect(menu.getByRole("link")).toHaveText(["Diễn đàn", "Bài mới", "Thành viên", "Tìm kiếm"]);
    await expect(menu.getByRole("link", { name: "Thành viên" })).toHaveAttribute("href", "/members");
    await menu.getByRole("link", { name: "Bài mới" }).click();
    await expect(page).toHaveURL("/whats-new");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Có gì mới");
  });
}
