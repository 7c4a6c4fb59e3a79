// A member's notifications (alerts: replies in watched threads, mentions,
// likes, moderation of their posts, sanctions — lib/alerts/ writes most).
import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, type Viewer } from "@/lib/permissions";
import { publishMemberEvent } from "@/lib/live/member-bus";
import { t } from "@/lib/i18n/text";

/** The header's unread count: one query, counted in the (userId, readAt) index. */
export async function countUnread(viewer: Viewer | null): Promise<number> {
  if (!viewer) return 0;
  return db.notification.count({ where: { userId: viewer.id, readAt: null } });
}

/** The newest notifications; opening the page marks them read (each as it was when listed). */
export async function readNotifications(viewer: Viewer) {
  const items = await db.notification.findMany({ where: { userId: viewer.id }, orderBy: { id: "desc" }, take: 50 });
  const unread = items.filter((n) => !n.readAt).map((n) => n.id);
  if (unread.length) {
    await db.notification.updateMany({ where: { id: { in: unread }, userId: viewer.id }, data: { readAt: new Date() } });
    // The member's other tabs show the new count at once.
    publishMemberEvent(viewer.id, { kind: "alerts" });
  }
  return items;
}

/** "Đánh dấu tất cả đã đọc": every unread one, not only the 50 listed. */
export async function markAllNotificationsRead(viewer: Viewer | null): Promise<{ count: number }> {
  if (!viewer) throw new ForbiddenError(t("services.logInRequired"));
  const { count } = await db.notification.updateMany({ where: { userId: viewer.id, readAt: null }, data: { readAt: new Date() } });
  publishMemberEvent(viewer.id, { kind: "alerts" });
  return { count };
}
