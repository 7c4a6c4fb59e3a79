// Writing a round of gathered views (lib/views/view-counter.ts): one
// `viewCount = viewCount + n` per thread, all in one transaction (one commit,
// one turn of SQLite's writer lock). Raw SQL on purpose: Prisma's update
// would also move Thread.updatedAt, and a view is no change of the thread.
// The identifiers are quoted the same way on both engines.
import type { Db } from "@/lib/db-client";

export async function writeViewCounts(db: Db, counts: Map<number, number>): Promise<void> {
  const updates = [...counts].filter(([, n]) => n > 0).map(([id, n]) => db.$executeRaw`UPDATE "Thread" SET "viewCount" = "viewCount" + ${n} WHERE "id" = ${id}`);
  if (updates.length > 0) await db.$transaction(updates);
}
