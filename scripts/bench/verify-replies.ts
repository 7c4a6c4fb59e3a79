// After members posted at once (scenario e): every reply the server
// acknowledged (a 303 to the page showing it) must exist exactly once in the
// thread, and the thread's counters must match its rows.
import fs from "node:fs";
import { createPrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { databaseEngine } from "@/lib/database-url";

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
export async function waitUntilSettled(databaseUrl: string, threadId: number, quietMs = 1000, maxMs = 15_000): Promise<void> {
  const db = createPrismaClient(databaseUrl);
  try {
    const read = async () => JSON.stringify(await db.thread.findUnique({ where: { id: threadId }, select: { replyCount: true, lastNumber: true } }));
    const deadline = Date.now() + maxMs;
    let last = await read();
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, quietMs));
      const now = await read();
      if (now === last) return;
      last = now;
    }
  } finally {
    await db.$disconnect();
  }
}

export async function verifyReplies(databaseUrl: string, threadId: number, acknowledged: number[]): Promise<ReplyCheck> {
  const db = createPrismaClient(databaseUrl);
  try {
    // One read transaction: the rows and the counters from the same snapshot
    // (SQLite's transactions always are one; PostgreSQL's from repeatable read).
    const read = async (tx: Prisma.TransactionClient) => ({
      rows: (await tx.post.findMany({ where: { threadId, number: { gt: 1 } }, select: { id: true, clientToken: true, source: true, status: true, number: true } })) as Row[],
      thread: await tx.thread.findUniqueOrThrow({ where: { id: threadId }, select: { replyCount: true, lastNumber: true } }),
    });
    const { rows, thread } =
      databaseEngine(databaseUrl) === "postgresql"
        ? await (db.$transaction as unknown as (fn: typeof read, o: { isolationLevel: string }) => ReturnType<typeof read>)(read, { isolationLevel: "RepeatableRead" })
        : await db.$transaction(read);
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
    await db.$disconnect();
  }
}
