// /reset-password?token=…: the form behind the reset email's link, shown only
// while the link is good (the token is used when the form is sent).
import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { checkResetToken } from "@/lib/accounts/reset-password";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Đặt mật khẩu mới", robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const check = await checkResetToken(db, token);
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">Đặt mật khẩu mới</h1>
      {check.ok ? (
        <>
          <p>Đặt mật khẩu mới sẽ đăng xuất tài khoản khỏi mọi thiết bị.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <p className="notice notice--error" role="alert">
            {check.message}
          </p>
          <p>
            <Link href="/forgot-password">Yêu cầu liên kết mới</Link>
          </p>
        </>
      )}
    </main>
  );
}
