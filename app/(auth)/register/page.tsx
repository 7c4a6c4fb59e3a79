// /register: display name, username, email, password. Works without JavaScript
// (the anti-spam challenge then waits a few seconds instead: lib/spam/form-challenge.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/next/session";
import { issueFormChallenge } from "@/lib/spam/form-challenge";
import { RegisterForm } from "./register-form";
import { getSiteSettings } from "@/lib/site/site-settings";
import { REGISTRATION_CLOSED } from "@/lib/accounts/register-member";

export const metadata: Metadata = { title: "Đăng ký", robots: { index: false } };

export default async function RegisterPage() {
  if (await getViewer()) redirect("/account");
  // Settings → "Đăng ký thành viên" (lib/site/site-settings.ts).
  const { registrationMode } = await getSiteSettings();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">Đăng ký</h1>
      {registrationMode === "closed" ? (
        <p className="notice notice--warning" data-testid="registration-closed">
          {REGISTRATION_CLOSED}
        </p>
      ) : (
        <>
          {registrationMode === "approval" ? (
            <p className="notice" data-testid="registration-approval">
              Tài khoản mới cần được ban điều hành duyệt trước khi đăng nhập được.
            </p>
          ) : null}
          <RegisterForm challenge={await issueFormChallenge("register")} />
        </>
      )}
      <p className="auth-page__switch">
        Đã có tài khoản? <Link href="/login">Đăng nhập</Link>
      </p>
    </main>
  );
}
