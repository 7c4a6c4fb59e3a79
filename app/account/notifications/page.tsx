// /account/notifications: how a member hears of what they follow — auto-watch,
// e-mail for watched threads (at once, once per thread until read / daily /
// weekly digest / never) and for quotes and mentions (at once / never);
// web push on this browser (a script-only control, the rest works without).
import type { Metadata } from "next";
import Link from "next/link";
import { readPreferences } from "@/lib/alerts/preferences";
import { requireViewer } from "@/lib/next/session";
import { AlertPreferencesForm } from "./preferences-form";
import { PushControl } from "@/components/alerts/push-control";
import { vapidKeys } from "@/lib/push/vapid";
import { db } from "@/lib/db";

export const metadata: Metadata = { title: "Cài đặt thông báo", robots: { index: false } };

export default async function AlertSettingsPage() {
  const viewer = await requireViewer("/account/notifications");
  const [prefs, vapid] = await Promise.all([readPreferences(viewer), vapidKeys(db)]);
  return (
    <main className="content content--narrow">
      <h1 className="page-title">Cài đặt thông báo</h1>
      <p>
        <Link href="/account/watched">Chủ đề và chuyên mục đang theo dõi</Link> · <Link href="/notifications">Thông báo</Link>
      </p>
      {!viewer.emailVerified ? <p className="notice">Email của bạn chưa được xác minh: diễn đàn chỉ gửi thư khi email đã được xác minh.</p> : null}
      <AlertPreferencesForm prefs={prefs} />
      <PushControl publicKey={vapid.publicKey} />
    </main>
  );
}
