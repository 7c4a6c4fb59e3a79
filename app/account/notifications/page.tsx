// /account/notifications: how a member hears of what they follow — auto-watch,
// e-mail for watched threads (at once, once per thread until read / daily /
// weekly digest / never) and for quotes and mentions (at once / never).
import type { Metadata } from "next";
import Link from "next/link";
import { readPreferences } from "@/lib/alerts/preferences";
import { requireViewer } from "@/lib/next/session";
import { AlertPreferencesForm } from "./preferences-form";

export const metadata: Metadata = { title: "Cài đặt thông báo", robots: { index: false } };

export default async function AlertSettingsPage() {
  const viewer = await requireViewer("/account/notifications");
  const prefs = await readPreferences(viewer);
  return (
    <main className="content content--narrow">
      <h1 className="page-title">Cài đặt thông báo</h1>
      <p>
        <Link href="/account/watched">Chủ đề và chuyên mục đang theo dõi</Link> · <Link href="/notifications">Thông báo</Link>
      </p>
      {!viewer.emailVerified ? <p className="notice">Email của bạn chưa được xác minh: diễn đàn chỉ gửi thư khi email đã được xác minh.</p> : null}
      <AlertPreferencesForm prefs={prefs} />
    </main>
  );
}
