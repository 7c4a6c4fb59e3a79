import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { localized, translator } from "@/lib/i18n/server";
import { requireViewer } from "@/lib/next/session";
import { openNotifications } from "./opened";
import { MarkAllReadForm } from "./mark-all-read-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("notifications.title"), robots: { index: false } };
}

export default async function NotificationsPage() {
  await requireViewer("/notifications");
  const items = (await openNotifications()) ?? [];
  const t = await translator();
  return (
    <main className="content content--narrow">
      <div className="page-head">
        <h1 className="page-title">{t("notifications.title")}</h1>
        <MarkAllReadForm text={{ submit: t("notifications.markAllRead"), pending: t("notifications.sending") }} />
      </div>
      <p className="page-description">
        <Link href={localized("/account/notifications")}>{t("notifications.settings")}</Link> · <Link href={localized("/account/watched")}>{t("notifications.watched")}</Link>
      </p>
      {items.length === 0 ? <p className="empty">{t("notifications.none")}</p> : null}
      <ul className="notification-list" data-testid="notifications">
        {items.map((n) => (
          <li key={n.id} className={n.readAt ? "" : "notification--unread"}>
            <p>
              {n.readAt ? null : <span className="visually-hidden">{t("notifications.unread")}: </span>}
              {/* The alert's own text is written when it is made (lib/alerts, lib/forum/notifications). */}
              {n.link ? <Link href={localized(n.link)}>{n.message}</Link> : n.message}
            </p>
            <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt)}</time>
          </li>
        ))}
      </ul>
    </main>
  );
}
