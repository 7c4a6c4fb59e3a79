// The fault tests' databases: the benchmark's copy of db:fake (members with
// passwords, empty threads to post in, pace limits lifted), and a tiny fresh
// one for the disk-full test, small enough to live on a few-MB tmpfs.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { hashPassword } from "@/lib/accounts/password";
import { BENCH_PASSWORD } from "../bench/bench-db";
import { baseEnv, bin, runOrExit } from "../lib/run";

export { prepareBenchDatabase, BENCH_PASSWORD } from "../bench/bench-db";

const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** A migrated database at `file` with one member (faults_1) and one empty thread in "Thảo luận chung". */
export async function makeSmallDatabase(file: string): Promise<{ url: string; thread: { id: number; slug: string }; member: string }> {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const url = `file:${file}`;
  runOrExit(bin("prisma"), ["migrate", "deploy"], baseEnv({ DATABASE_URL: url }));
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  const now = iso(new Date());
  const longAgo = iso(new Date(Date.now() - 30 * 86_400_000));
  const hash = await hashPassword(BENCH_PASSWORD);
  const thread = db.transaction(() => {
    const setting = db.prepare(`INSERT INTO "Setting" ("key", "value", "updatedAt") VALUES (?, ?, ?) ON CONFLICT("key") DO UPDATE SET "value" = excluded."value"`);
    for (const [key, value] of [["replyIntervalSeconds", 0], ["newMemberReplyIntervalSeconds", 0], ["duplicateWindowMinutes", 0], ["approveFirstReplies", 0]] as const) setting.run(key, JSON.stringify(value), now);
    const categoryId = Number(db.prepare(`INSERT INTO "Category" ("slug", "name", "createdAt") VALUES ('thao-luan-chung', 'Thảo luận chung', ?)`).run(now).lastInsertRowid);
    const authorId = Number(
      db
        .prepare(`INSERT INTO "User" ("username", "usernameKey", "displayName", "email", "emailVerifiedAt", "passwordHash", "role", "createdAt", "updatedAt") VALUES ('faults_1', 'faults_1', 'Thành viên thử lỗi', 'faults_1@faults.invalid', ?, ?, 'member', ?, ?)`)
        .run(longAgo, hash, longAgo, longAgo).lastInsertRowid,
    );
    const slug = "thu-o-dia-day";
    const id = Number(db.prepare(`INSERT INTO "Thread" ("categoryId", "authorId", "title", "slug", "kind", "lastPostAt", "createdAt", "updatedAt") VALUES (?, ?, 'Thử ổ đĩa đầy', ?, 'discussion', ?, ?, ?)`).run(categoryId, authorId, slug, now, now, now).lastInsertRowid);
    db.prepare(`INSERT INTO "Post" ("threadId", "authorId", "number", "format", "source", "html", "status", "createdAt", "updatedAt") VALUES (?, ?, 1, 'markdown', 'Mở đầu.', '<p>Mở đầu.</p>', 'visible', ?, ?)`).run(id, authorId, now, now);
    return { id, slug };
  })();
  db.close();
  return { url, thread, member: "faults_1" };
}

/** How many rows carry each token, and how many rows share a text, in a thread. */
export function rowsByToken(file: string, threadId: number): { tokens: Map<string, number>; doubledTexts: number; rows: number } {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare(`SELECT "clientToken", "source" FROM "Post" WHERE "threadId" = ? AND "number" > 1`).all(threadId) as { clientToken: string; source: string }[];
    const tokens = new Map<string, number>();
    for (const r of rows) tokens.set(r.clientToken, (tokens.get(r.clientToken) ?? 0) + 1);
    return { tokens, doubledTexts: rows.length - new Set(rows.map((r) => r.source)).size, rows: rows.length };
  } finally {
    db.close();
  }
}
