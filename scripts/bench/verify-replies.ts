// After members posted at once (scenario e): every reply the server
// acknowledged (a 303 to the page showing it) must exist exactly once in the
// thread, and the thread's counters must match its rows.
import fs from "node:fs";
import Database from "better-sqlite3";

export type ReplyCheck = {
  acknowledged: number;
  rows: number;
  lost: number;
  doubled: number;
  unacknowledgedRows: number;
  replyCount: number;
  visibleRows: number;
  lastNumber: number;
  highestNumber: number;
  ok: boolean;
};

/** The post ids the wrk script wrote, one file per wrk thread (<prefix>.1, <prefix>.2…). */
export function readAcknowledged(prefix: string, threads: number): number[] {
  const ids: number[] = [];
  for (let i = 1; i <= threads; i++) {
    const file = `${prefix}.${i}`;
    if (!fs.existsSync(file)) continue;
    for (const line of fs.readFileSync(file, "utf8").split("\n")) if (line.trim()) ids.push(Number(line));
  }
  return ids;
}

type Row = { id: number; clientToken: string | null; source: string; status: string; number: number };

/**
 * When wrk stops it drops its connections, but the server finishes the
 * replies it was writing: wait until the thread has stopped changing, so
 * the check sees the final state rather than one halfway through a write.
 */
export async function waitUntilSettled(databaseFile: string, threadId: number, quietMs = 1000, maxMs = 15_000): Promise<void> {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const read = () => JSON.stringify(db.prepare(`SELECT "replyCount", "lastNumber" FROM "Thread" WHERE "id" = ?`).get(threadId));
    const deadline = Date.now() + maxMs;
    let last = read();
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, quietMs));
      const now = read();
      if (now === last) return;
      last = now;
    }
  } finally {
    db.close();
  }
}

export function verifyReplies(databaseFile: string, threadId: number, acknowledged: number[]): ReplyCheck {
  const db = new Database(databaseFile, { readonly: true });
  try {
    // One read transaction: the rows and the counters from the same snapshot.
    const { rows, thread } = db.transaction(() => ({
      rows: db.prepare(`SELECT "id", "clientToken", "source", "status", "number" FROM "Post" WHERE "threadId" = ? AND "number" > 1`).all(threadId) as Row[],
      thread: db.prepare(`SELECT "replyCount", "lastNumber" FROM "Thread" WHERE "id" = ?`).get(threadId) as { replyCount: number; lastNumber: number },
    }))();
    const ids = new Set(rows.map((r) => r.id));
    const acked = new Set(acknowledged);
    const lost = [...acked].filter((id) => !ids.has(id)).length;
    // The same submission twice: two acknowledgements of one post, or two
    // rows with one form token or one text (every request's are unique).
    const doubled =
      acknowledged.length - acked.size + (rows.length - new Set(rows.map((r) => r.clientToken)).size) + (rows.length - new Set(rows.map((r) => r.source)).size);
    const visibleRows = rows.filter((r) => r.status === "visible").length;
    const highestNumber = rows.reduce((max, r) => Math.max(max, r.number), 1);
    const check = {
      acknowledged: acknowledged.length,
      rows: rows.length,
      lost,
      doubled,
      unacknowledgedRows: rows.filter((r) => !acked.has(r.id)).length,
      replyCount: thread.replyCount,
      visibleRows,
      lastNumber: thread.lastNumber,
      highestNumber,
    };
    return { ...check, ok: lost === 0 && doubled === 0 && thread.replyCount === visibleRows && thread.lastNumber === highestNumber };
  } finally {
    db.close();
  }
}
