// Writing alerts (model Notification) and telling the member's open pages.
// An alert with a groupKey gathers: while the member's alert with that key is
// unread, it is updated instead of a second one written ("A và 3 người khác
// đã thích…").
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
