import type { Metadata } from "next";
import Link from "next/link";
import { readNotifications } from "@/lib/forum/notifications";
import { formatDateTime } from "@/lib/format";
import { requireViewer } from "@/lib/next/session";

export const metadata: Metadata = { title: "Thông báo", robots: { index: false } };

export default async function NotificationsPage() {
  const viewer = await requireViewer("/notifications");
  const items = await readNotifications(viewer);
  return (
    <main className="content content--narrow">
      <h1 className="page-title">Thông báo</h1>
      {items.length === 0 ? <p className="empty">Bạn chưa có thông báo nào.</p> : null}
      <ul className="notification-list" data-testid="notifications">
        {items.map((n) => (
          <li key={n.id} className={n.readAt ? "" : "notification--unread"}>
            <p>{n.link ? <Link href={n.link}>{n.message}</Link> : n.message}</p>
            <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
          </li>
        ))}
      </ul>
    </main>
  );
}
