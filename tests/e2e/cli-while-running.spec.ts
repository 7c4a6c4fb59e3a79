// The forum's first job, done while it runs: `npm run import:article` against
// the live database (on the engine of the run) publishes a thread a guest sees
// at once, and re-importing the same source updates the guest's *cached*
// thread page within seconds — the command records the pages it changed
// (CacheExpiry) and the server expires them (lib/cache/expiry-poller.ts).
// Without that, the cached page would stay as it was for its 30 s lifetime.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const ROOT = path.resolve(__dirname, "..", "..");

function e2eDatabaseUrl(): string {
  return process.env.E2E_DATABASE_URL ?? `file:./data/e2e-${process.env.E2E_PORT}/forum.db`;
}

/** A scraped-format article with a title and a body line of our own (no ad link: matched by title and author). */
function articleFile(title: string, body: string): string {
  const author = "Phóng viên Thử nghiệm";
  const text = [title, "", author, author, "Phản hồi: 0", "", "Intern Writer", "Một đoạn mở đầu ngắn cho bài thử nghiệm?", "", body, "", "Đăng nhập một lần thảo luận tẹt ga", "Thành viên mới đăng", "Top", ""].join("\n");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "banluan-import-")), "article.txt");
  fs.writeFileSync(file, text);
  return file;
}

function importArticle(file: string): string {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/import-article.ts", file], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
  });
  expect(result.status, `${result.stderr}\n${result.stdout}`).toBe(0);
  return result.stdout;
}

test("an article imported while the forum runs appears for guests, and its update reaches their cached page", async ({ page }) => {
  test.setTimeout(90_000);
  const tag = crypto.randomBytes(3).toString("hex");
  const title = `Bản tin nhập khi diễn đàn đang chạy ${tag}`;
  // The guest has the index in the cache before the import: the import must reach it.
  await page.goto("/");
  const out = importArticle(articleFile(title, `Nội dung ban đầu của bài ${tag}.`));
  const threadPath = new URL(/https?:\/\/\S+/.exec(out)![0]).pathname;

  // A guest sees it on the index and on its page (the page is now cached).
  // The index was cached before the import: the server expires it from the
  // command's feed row within 2 s, so the guest reloads until it shows (one
  // load right after the import can still be the cached copy — CI once
  // failed here waiting on that one load).
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("link", { name: title }).first()).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000, intervals: [500] });
  await page.goto(threadPath);
  await expect(page.getByText(`Nội dung ban đầu của bài ${tag}.`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Nội dung ban đầu của bài ${tag}.`)).toBeVisible();

  // Re-imported with a corrected body: the same thread, updated for guests within seconds.
  importArticle(articleFile(title, `Nội dung đã sửa của bài ${tag}.`));
  const started = Date.now();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(`Nội dung đã sửa của bài ${tag}.`)).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 15_000, intervals: [500] });
  // The page's own lifetime is 30 s: well within it means the expiry came from the feed.
  expect(Date.now() - started).toBeLessThan(15_000);
});
