// /login/two-factor: the second step after a right password (or a Google /
// GitHub sign-in) for a member with two-step login on. The pending token
// comes from the httpOnly cookie the password form set, or — after an OAuth
// provider, which cannot set our cookie — from ?t=. It travels on in a hidden
// field, so the forms work without JavaScript.
import type { Metadata } from "next";
import "@/app/account/security/security.css";
import Link from "next/link";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { pendingMember } from "@/lib/accounts/two-factor/pending-login";
import { getViewer } from "@/lib/next/session";
import { safeReturnPath } from "@/lib/urls";
import { PasskeyLoginButton } from "../passkey-button";
import { RecoveryCodeForm, TotpCodeForm } from "./code-forms";
import { readPendingCookie } from "@/lib/next/pending-login-cookie";

export const metadata: Metadata = { title: "Xác thực hai bước", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function TwoFactorPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(typeof params.callbackUrl === "string" ? params.callbackUrl : null, "/");
  if (await getViewer()) redirect(callbackUrl.startsWith("/login") ? "/" : callbackUrl);
  const pending = (typeof params.t === "string" ? params.t : undefined) ?? (await readPendingCookie()) ?? "";
  const userId = pending ? await pendingMember(db, pending) : null;
  const passkeys = userId ? await db.passkey.count({ where: { userId } }) : 0;
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">Xác thực hai bước</h1>
      {!userId ? (
        <>
          <p className="notice notice--error" role="alert">
            Bước xác thực thứ hai đã hết hạn hoặc không hợp lệ (mỗi lần đăng nhập có 5 phút để nhập mã).
          </p>
          <p>
            <Link href="/login" className="button">
              Đăng nhập lại
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>Mật khẩu đúng. Hãy mở ứng dụng xác thực trên điện thoại và nhập mã đang hiện cho Bàn Luận.</p>
          <TotpCodeForm pending={pending} callbackUrl={callbackUrl} />
          {passkeys > 0 && !params.t ? (
            <section className="account-section" aria-labelledby="tf-passkey">
              <h2 id="tf-passkey">Hoặc dùng passkey</h2>
              <PasskeyLoginButton secondStep callbackUrl={callbackUrl} label="Xác thực bằng passkey" />
            </section>
          ) : null}
          <section className="account-section" aria-labelledby="tf-lost">
            <h2 id="tf-lost">Mất thiết bị?</h2>
            <p>
              Nhập một trong 10 mã khôi phục bạn đã lưu khi bật xác thực hai bước. Mỗi mã chỉ dùng được một lần; sau khi đăng nhập,
              hãy vào <strong>Tài khoản → Bảo mật</strong> để tạo bộ mã mới hoặc thiết lập lại ứng dụng.
            </p>
            <RecoveryCodeForm pending={pending} callbackUrl={callbackUrl} />
            <p className="field__hint">
              Mất cả điện thoại lẫn mã khôi phục? Hãy liên hệ quản trị viên của diễn đàn: sau khi xác minh bạn là chủ tài khoản (ví dụ qua
              email đã đăng ký), quản trị viên có thể tắt xác thực hai bước cho tài khoản của bạn.
            </p>
          </section>
          <p className="auth-page__switch">
            <Link href="/login">Đăng nhập bằng tài khoản khác</Link>
          </p>
        </>
      )}
    </main>
  );
}
