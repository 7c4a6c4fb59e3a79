// Forum fixtures for journeys: each test gets its own thread (and replies when
// it needs many), written straight to the e2e database (either engine, see e2e-db.ts), so tests never share
// counts and run in parallel.
import crypto from "node:crypto";
import { sqlDate } from "./accounts";
import { withDb, type E2eDb } from "./e2e-db";
import { CATEGORIES_TAG, THREAD_LISTS_TAG } from "../../../lib/cache/tags";

export type TestThread = { id: number; slug: string; title: string; path: string };

function memberId(db: E2eDb, username: string): number {
  const row = db.prepare("SELECT id FROM User WHERE usernameKey = ?").get(username.toLowerCase()) as { id: number } | undefined;
  if (!row) throw new Error(`No member ${username}`);
  return row.id;
}

/** A discussion thread with its opening post, by `author` (a username). */
export function createThread(author: string, title = `Chủ đề thử ${crypto.randomBytes(3).toString("hex")}`): TestThread {
  const slug = `chu-de-thu-${crypto.randomBytes(4).toString("hex")}`;
  return withDb((db) => {
    const now = sqlDate(new Date());
    const authorId = memberId(db, author);
    const categoryId = (db.prepare("SELECT id FROM Category WHERE slug = 'thao-luan-chung'").get() as { id: number }).id;
    const id = Number(
      db
        .prepare(
          "INSERT INTO Thread (categoryId, authorId, title, slug, kind, replyCount, lastNumber, lastPostAt, locked, pinned, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'discussion', 0, 1, ?, FALSE, FALSE, ?, ?)",
        )
        .run(categoryId, authorId, title, slug, now, now, now).lastInsertRowid,
    );
    db.prepare(
      "INSERT INTO Post (threadId, authorId, number, format, source, html, status, editCount, reactionCount, createdAt, updatedAt) VALUES (?, ?, 1, 'markdown', ?, ?, 'visible', 0, 0, ?, ?)",
    ).run(id, authorId, "Mở đầu chủ đề thử nghiệm.", "<p>Mở đầu chủ đề thử nghiệm.</p>", now, now);
    db.prepare("UPDATE Category SET threadCount = threadCount + 1 WHERE id = ?").run(categoryId);
    return { id, slug, title, path: `/threads/${slug}.${id}` };
  });
}

/** Appends `count` visible replies by `author`, numbered after the existing ones; returns their post ids. */
export function insertReplies(threadId: number, author: string, count: number, text = (i: number) => `Trả lời thử số ${i}`): number[] {
  return withDb((db) =>
    db.transaction(() => {
      const authorId = memberId(db, author);
      const { lastNumber } = db.prepare("SELECT lastNumber FROM Thread WHERE id = ?").get(threadId) as { lastNumber: number };
      const ids: number[] = [];
      const insert = db.prepare(
        "INSERT INTO Post (threadId, authorId, number, format, source, html, status, editCount, reactionCount, createdAt, updatedAt) VALUES (?, ?, ?, 'markdown', ?, ?, 'visible', 0, 0, ?, ?)",
      );
      for (let i = 1; i <= count; i++) {
        const at = sqlDate(new Date(Date.now() - (count - i) * 1000 - 60_000));
        ids.push(Number(insert.run(threadId, authorId, lastNumber + i, text(i), `<p>${text(i)}</p>`, at, at).lastInsertRowid));
      }
      db.prepare("UPDATE Thread SET lastNumber = lastNumber + ?, replyCount = replyCount + ? WHERE id = ?").run(count, count, threadId);
      db.prepare("UPDATE User SET postCount = postCount + ? WHERE id = ?").run(count, authorId);
      return ids;
    })(),
  );
}

export function setThreadLocked(threadId: number, locked: boolean): void {
  withDb((db) => db.prepare("UPDATE Thread SET locked = ? WHERE id = ?").run(locked ? 1 : 0, threadId));
}

export function threadCounts(threadId: number): { replyCount: number; visible: number } {
  return withDb((db) => ({
    replyCount: (db.prepare("SELECT replyCount FROM Thread WHERE id = ?").get(threadId) as { replyCount: number }).replyCount,
    visible: (db.prepare("SELECT count(*) AS n FROM Post WHERE threadId = ? AND number > 1 AND status = 'visible'").get(threadId) as { n: number }).n,
  }));
}

/**
 * What the command-line tools do after writing to the database while the
 * forum runs (lib/cache/expiry-feed.ts): records the thread lists' tags, which
 * every server's poller expires within a few seconds. For a journey that
 * writes threads straight to the database and then reads a cached list.
 */
export function expireThreadLists(): void {
  withDb((db) => db.prepare("INSERT INTO CacheExpiry (tags, createdAt) VALUES (?, ?)").run(`${THREAD_LISTS_TAG} ${CATEGORIES_TAG}`, sqlDate(new Date())));
}
