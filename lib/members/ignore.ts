// Who ignores whom (model MemberIgnore). The lookups every feature shares:
// a thread page collapses ignored members' posts, alerts skip them, and an
// ignored member cannot start a conversation with the member ignoring them.
// The member-facing service (ignore / unignore, /account/ignored) builds on these.
import type { Db } from "@/lib/db-client";

/** Does `userId` ignore `otherId`? */
export async function isIgnoring(db: Db, userId: number, otherId: number): Promise<boolean> {
  if (userId === otherId) return false;
  const row = await db.memberIgnore.findUnique({ where: { userId_ignoredId: { userId, ignoredId: otherId } }, select: { userId: true } });
  return row !== null;
}

/** The ids of the members `userId` ignores. */
export async function ignoredIdsOf(db: Db, userId: number): Promise<Set<number>> {
  const rows = await db.memberIgnore.findMany({ where: { userId }, select: { ignoredId: true } });
  return new Set(rows.map((row) => row.ignoredId));
}

/** Of `userIds`, those who ignore `authorId` (alerts about the author skip them). */
export async function membersIgnoring(db: Db, authorId: number, userIds: readonly number[]): Promise<Set<number>> {
  if (userIds.length === 0) return new Set();
  const rows = await db.memberIgnore.findMany({ where: { ignoredId: authorId, userId: { in: [...userIds] } }, select: { userId: true } });
  return new Set(rows.map((row) => row.userId));
}
