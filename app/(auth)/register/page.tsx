// /register: display name, username, email, password. Works without JavaScript
// (the anti-spam challenge then waits a few seconds instead: lib/spam/form-challenge.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/next/session";
import { issueFormChallenge } from "@/lib/spam/form-challenge";
import { RegisterForm } from "./register-form";
import { getSiteSettings } from "@/lib/site/site-settings";
import { REGISTRATION_CLOSED, returnPathAfterRegistering } from "@/lib/accounts/register-member";

export const metadata: Metadata = { title: "Đăng ký", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function RegisterPage({ searchParams }: { searchParams: Search }) {
  // ?callbackUrl=: where the member came from (a thread), kept through registration and the verification link.
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = returnPathAfterRegistering(Array.isArray(raw) ? raw[0] : raw) ?? "";
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
          <RegisterForm challenge={await issueFormChallenge("register")} callbackUrl={callbackUrl} />
        </>
      )}
      <p className="auth-page__switch">
        Đã có tài khoản? <Link href={callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login"}>Đăng nhập</Link>
      </p>
    </main>
  );
}
