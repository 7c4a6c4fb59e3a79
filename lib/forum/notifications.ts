// A member's notifications (post hidden or approved, report resolved, sanctions).
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/permissions";

export async function countUnread(viewer: Viewer | null): Promise<number> {
  if (!viewer) return 0;
  return db.notification.count({ where: { userId: viewer.id, readAt: null } });
}

/** The newest notifications; opening the page marks them read. */
export async function readNotifications(viewer: Viewer) {
  const items = await db.notification.findMany({ where: { userId: viewer.id }, orderBy: { id: "desc" }, take: 50 });
  const unread = items.filter((n) => !n.readAt).map((n) => n.id);
  if (unread.length) await db.notification.updateMany({ where: { id: { in: unread }, userId: viewer.id }, data: { readAt: new Date() } });
  return items;
}
