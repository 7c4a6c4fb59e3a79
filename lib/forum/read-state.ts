// How far each member has read each thread (model ThreadRead). One row per
// member and thread, holding the highest post number shown to them; it only
// ever rises, so two tabs or a stale page can never mark a thread less read.
// Readers: unread marks in thread lists (one indexed lookup for a whole list),
// "jump to the first unread post", and the alerts/e-mails that are sent once
// per thread until the member has read it again.
import type { Db } from "@/lib/db-client";
import type { Viewer } from "@/lib/permissions";
import { contextDb, type ServiceContext } from "@/lib/service-context";

/** Records that `userId` has been shown `threadId` up to post `number` (never lowers it). */
export async function markThreadRead(db: Db, userId: number, threadId: number, number: number, now: Date = new Date()): Promise<void> {
  // Cheap when nothing changes: a member re-reading a page writes nothing.
  const updated = await db.threadRead.updateMany({
    where: { userId, threadId, lastReadNumber: { lt: number } },
    data: { lastReadNumber: number, readAt: now },
  });
  if (updated.count > 0) return;
  try {
    await db.threadRead.create({ data: { userId, threadId, lastReadNumber: number, readAt: now } });
  } catch (error) {
    // The row exists (already at or past `number`, or written meanwhile by
    // another request): the monotonic update above is then all there is to do.
    if ((error as { code?: string }).code !== "P2002") throw error;
    await db.threadRead.updateMany({
      where: { userId, threadId, lastReadNumber: { lt: number } },
      data: { lastReadNumber: number, readAt: now },
    });
  }
}

/** The highest post number `userId` has read in each of `threadIds` (absent: never opened). */
export async function lastReadNumbers(db: Db, userId: number, threadIds: readonly number[]): Promise<Map<number, number>> {
  if (threadIds.length === 0) return new Map();
  const rows = await db.threadRead.findMany({
    where: { userId, threadId: { in: [...threadIds] } },
    select: { threadId: true, lastReadNumber: true },
  });
  return new Map(rows.map((row) => [row.threadId, row.lastReadNumber]));
}

/** The last post number `userId` has read in one thread, 0 when never opened. */
export async function lastReadNumber(db: Db, userId: number, threadId: number): Promise<number> {
  const row = await db.threadRead.findUnique({ where: { userId_threadId: { userId, threadId } }, select: { lastReadNumber: true } });
  return row?.lastReadNumber ?? 0;
}

/** A member was shown a thread up to post `number` (a thread page calls this; guests have no read state). */
export async function noteThreadShown(viewer: Viewer | null, threadId: number, number: number, ctx: ServiceContext = {}): Promise<void> {
  if (!viewer) return;
  await markThreadRead(await contextDb(ctx), viewer.id, threadId, number);
}
