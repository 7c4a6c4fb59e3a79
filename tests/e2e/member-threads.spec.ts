// Issue 20, defect 1: a member's threads are paged like a category's —
// /members/<name>/threads[/page-N], XenForo's page links and "Đến trang"
// (a plain GET form), 20 a page, newest activity first; page-1 and pages past
// the end redirect; a hidden thread is not listed. With JavaScript on and off.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { establishedMember, sqlDate, withDb } from "./helpers/accounts";

/** `count` threads by `author` in a category of their own, the first the most recently active. */
function threadsBy(author: string, count: number) {
  const tag = crypto.randomBytes(3).toString("hex");
  return withDb((db) =>
    db.transaction(() => {
      const now = Date.now();
      const authorId = (db.prepare("SELECT id FROM User WHERE usernameKey = ?").get(author.toLowerCase()) as { id: number }).id;
      const categoryId = Number(
        db
          .prepare("INSERT INTO Category (slug, name, position, threadCount, staffThreadsOnly, createdAt) VALUES (?, ?, 91, ?, TRUE, ?)")
          .run(`cua-thanh-vien-${tag}`, `Của thành viên ${tag}`, count, sqlDate(new Date(now))).lastInsertRowid,
      );
      const titles: string[] = [];
      for (let i = 1; i <= count; i++) {
        const at = sqlDate(new Date(now - i * 60_000));
        const title = `Chủ đề ${tag} thứ ${String(i).padStart(2, "0")}`;
        const id = Number(
          db
            .prepare(
              "INSERT INTO Thread (categoryId, authorId, title, slug, kind, replyCount, lastNumber, lastPostAt, locked, pinned, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'discussion', 0, 1, ?, FALSE, FALSE, ?, ?)",
            )
            .run(categoryId, authorId, title, `chu-de-${tag}-${i}`, at, at, at).lastInsertRowid,
        );
        db.prepare(
          "INSERT INTO Post (threadId, authorId, number, format, source, html, status, editCount, reactionCount, createdAt, updatedAt) VALUES (?, ?, 1, 'markdown', ?, ?, 'visible', 0, 0, ?, ?)",
        ).run(id, authorId, "Mở đầu.", "<p>Mở đầu.</p>", at, at);
        titles.push(title);
      }
      // One more, hidden by a moderator: never listed.
      db.prepare(
        "INSERT INTO Thread (categoryId, authorId, title, slug, kind, replyCount, lastNumber, lastPostAt, locked, pinned, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'discussion', 0, 1, ?, FALSE, FALSE, 'hidden', ?, ?)",
      ).run(categoryId, authorId, `Chủ đề ${tag} bị ẩn`, `an-${tag}`, sqlDate(new Date(now + 60_000)), sqlDate(new Date(now)), sqlDate(new Date(now)));
      return { tag, titles };
    })(),
  );
}

test.describe.configure({ timeout: 120_000 });

for (const javaScriptEnabled of [true, false]) {
  test(`a member's threads page by page, with the page jump (${javaScriptEnabled ? "JavaScript" : "no JavaScript"})`, async ({ browser }) => {
    const m = establishedMember();
    const { tag, titles } = threadsBy(m.username, 45);
    const base = `/members/${m.username}/threads`;
    const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
    const rows = page.getByTestId("thread-row");

    // From the profile.
    await page.goto(`/members/${m.username}`);
    await page.getByTestId("member-threads-link").click();
    await expect(page).toHaveURL(base);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Chủ đề của ${m.displayName}`);
    await expect(page.getByTestId("member-thread-count")).toHaveText("45 chủ đề");
    await expect(rows).toHaveCount(20);
    await expect(rows.first()).toContainText(titles[0]);
    await expect(page.getByRole("main")).not.toContainText(`Chủ đề ${tag} bị ẩn`);

    // XenForo's page links: 1 2 3, "Trang sau".
    const pager = page.getByRole("navigation", { name: "Các trang chủ đề của thành viên (đầu danh sách)" });
    await pager.getByRole("link", { name: "Trang 3", exact: true }).click();
    await expect(page).toHaveURL(`${base}/page-3`);
    await expect(rows).toHaveCount(5);
    await expect(rows.last()).toContainText(titles[44]);

    // The page jump: a GET form redirected to /page-N.
    await page.getByRole("spinbutton", { name: "Đến trang" }).first().fill("2");
    await page.getByRole("button", { name: "Đi" }).first().click();
    await expect(page).toHaveURL(`${base}/page-2`);
    await expect(rows.first()).toContainText(titles[20]);

    // page-1 and pages past the end go to the canonical page; a malformed one is a 404.
    await page.goto(`${base}/page-1`);
    await expect(page).toHaveURL(base);
    await page.goto(`${base}/page-9`);
    await expect(page).toHaveURL(`${base}/page-3`);
    expect((await page.goto(`${base}/trang-2`))?.status()).toBe(404);
    expect((await page.goto(`/members/khong-co-ai-${tag}/threads`))?.status()).toBe(404);
    await page.context().close();
  });
}
