import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { requireViewer } from "@/lib/next/session";
import { openNotifications } from "./opened";
import { MarkAllReadForm } from "./mark-all-read-form";

export const metadata: Metadata = { title: "Thông báo", robots: { index: false } };

const TEXT = { title: "Thông báo", none: "Bạn chưa có thông báo nào.", settings: "Cài đặt thông báo", watched: "Đang theo dõi", unread: "Mới" } as const;

export default async function NotificationsPage() {
  await requireViewer("/notifications");
  const items = (await openNotifications()) ?? [];
  return (
    <main className="content content--narrow">
      <div className="page-head">
        <h1 className="page-title">{TEXT.title}</h1>
        <MarkAllReadForm />
      </div>
      <p className="page-description">
        <Link href="/account/notifications">{TEXT.settings}</Link> · <Link href="/account/watched">{TEXT.watched}</Link>
      </p>
      {items.length === 0 ? <p className="empty">{TEXT.none}</p> : null}
      <ul className="notification-list" data-testid="notifications">
        {items.map((n) => (
          <li key={n.id} className={n.readAt ? "" : "notification--unread"}>
            <p>
              {n.readAt ? null : <span className="visually-hidden">{TEXT.unread}: </span>}
              {n.link ? <Link href={n.link}>{n.message}</Link> : n.message}
            </p>
            <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
          </li>
        ))}
      </ul>
    </main>
  );
}
