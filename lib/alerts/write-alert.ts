// Writing alerts (model Notification) and telling the member's open pages.
// An alert with a groupKey gathers: while the member's alert with that key is
// unread, it is updated instead of a second one written ("A và 3 người khác
// đã thích…").
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import { publishMemberEvent } from "@/lib/live/member-bus";
import { enqueuePushes } from "@/lib/push/enqueue-push";

export type AlertInput = { userId: number; kind: string; message: string; link: string | null; groupKey?: string | null };

/** Writes many alerts in one statement, then tells each member's streams. */
export async function writeAlerts(db: Db, alerts: readonly AlertInput[]): Promise<void> {
  for (let i = 0; i < alerts.length; i += 500) {
    const chunk = alerts.slice(i, i + 500);
    await db.notification.createMany({ data: chunk.map((a) => ({ userId: a.userId, kind: a.kind, message: a.message, link: a.link, groupKey: a.groupKey ?? null })) });
  }
  for (const a of alerts) publishMemberEvent(a.userId, { kind: "alerts" });
  // Web push for those who chose it: jobs of their own, so a slow push service never holds up the fan-out.
  await enqueuePushes(db, alerts);
}

/** A gathering alert: updates the member's unread alert with this key, or writes one. */
export async function writeGroupedAlert(db: Db, alert: AlertInput & { groupKey: string }): Promise<void> {
  const open = await db.notification.findFirst({ where: { userId: alert.userId, groupKey: alert.groupKey, readAt: null }, orderBy: { id: "desc" }, select: { id: true } });
  if (open) await db.notification.update({ where: { id: open.id }, data: { message: alert.message, link: alert.link } });
  else await db.notification.create({ data: { userId: alert.userId, kind: alert.kind, message: alert.message, link: alert.link, groupKey: alert.groupKey } });
  publishMemberEvent(alert.userId, { kind: "alerts" });
  if (!open) await enqueuePushes(db, [alert]); // a new alert, not a count going up
}

/** Rows a gathering alert's new text is set on: these members' alerts with that key. */
export type AlertMessageUpdate = { userIds: readonly number[]; groupKey: string; message: string };

// Pairs (member, key) a CASE statement: each pair takes 3 parameters and the
// IN lists 2 more — well under SQLite's and PostgreSQL's limits.
const CASE_CHUNK = 400;
// A key shared by this many members or more gets a statement of its own.
const SHARED_KEY = 8;
const ID_CHUNK = 1_000;

/**
 * Sets the text of many members' gathering alerts ("3 phản hồi mới trong …").
 * In a busy thread each watcher has their own key and count (where their
 * unread replies start): one updateMany per watcher was one statement and one
 * transaction per watcher per reply — with 50 members posting in a thread, 9
 * in 10 of the statements the server ran (the issue 18/19 bench). Those are
 * now set together, a CASE per pair; a key many members share (watchers who
 * have not looked since the same reply) keeps one statement for all of them.
 */
export async function updateAlertMessages(db: Db, updates: Iterable<AlertMessageUpdate>): Promise<void> {
  const pairs: { userId: number; groupKey: string; message: string }[] = [];
  for (const u of updates) {
    if (u.userIds.length >= SHARED_KEY) {
      for (let i = 0; i < u.userIds.length; i += ID_CHUNK) {
        const ids = u.userIds.slice(i, i + ID_CHUNK);
        await db.$executeRaw`UPDATE "Notification" SET "message" = ${u.message} WHERE "groupKey" = ${u.groupKey} AND "userId" IN (${Prisma.join(ids)})`;
      }
    } else for (const userId of u.userIds) pairs.push({ userId, groupKey: u.groupKey, message: u.message });
  }
  for (let i = 0; i < pairs.length; i += CASE_CHUNK) {
    const chunk = pairs.slice(i, i + CASE_CHUNK);
    const cases = chunk.map((p) => Prisma.sql`WHEN "userId" = ${p.userId} AND "groupKey" = ${p.groupKey} THEN ${p.message}`);
    const userIds = [...new Set(chunk.map((p) => p.userId))];
    const keys = [...new Set(chunk.map((p) => p.groupKey))];
    // ELSE keeps the text of a row matched only by the IN lists (another pair's member with this pair's key).
    await db.$executeRaw`UPDATE "Notification" SET "message" = CASE ${Prisma.join(cases, " ")} ELSE "message" END WHERE "userId" IN (${Prisma.join(userIds)}) AND "groupKey" IN (${Prisma.join(keys)})`;
  }
}
