// /register: display name, username, email, password. Works without JavaScript
// (the anti-spam challenge then waits a few seconds instead: lib/spam/form-challenge.ts).
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { localized, translator } from "@/lib/i18n/server";
import { getViewer } from "@/lib/next/session";
import { issueFormChallenge } from "@/lib/spam/form-challenge";
import { PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from "@/lib/validation/account-limits";
import { RegisterForm } from "./register-form";
import { getSiteSettings } from "@/lib/site/site-settings";
import { returnPathAfterRegistering } from "@/lib/accounts/register-member";
import { composerText } from "@/components/thread/composer-text.server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("auth.registerTitle"), robots: { index: false } };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function RegisterPage({ searchParams }: { searchParams: Search }) {
  // ?callbackUrl=: where the member came from (a thread), kept through registration and the verification link.
  const raw = (await searchParams).callbackUrl;
  const callbackUrl = returnPathAfterRegistering(Array.isArray(raw) ? raw[0] : raw) ?? "";
  if (await getViewer()) redirect(localized("/account"));
  // Settings → "Đăng ký thành viên" (lib/site/site-settings.ts).
  const { registrationMode } = await getSiteSettings();
  const t = await translator();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">{t("auth.registerTitle")}</h1>
      {registrationMode === "closed" ? (
        <p className="notice notice--warning" data-testid="registration-closed">
          {t("auth.registrationClosed")}
        </p>
      ) : (
        <>
          {registrationMode === "approval" ? (
            <p className="notice" data-testid="registration-approval">
              {t("auth.registrationApproval")}
            </p>
          ) : null}
          <RegisterForm
            challenge={await issueFormChallenge("register")}
            callbackUrl={callbackUrl}
            usernameMax={USERNAME_MAX}
            writing={await composerText()}
            text={{
              label: t("auth.registerTitle"),
              displayName: t("auth.displayName"),
              displayNameHint: t("auth.displayNameHint"),
              username: t("auth.username"),
              usernameHint: t("auth.usernameHint", { min: USERNAME_MIN, max: USERNAME_MAX }),
              email: t("auth.email"),
              password: t("auth.password"),
              passwordHint: t("auth.passwordHint", { min: PASSWORD_MIN }),
              submit: t("auth.registerSubmit"),
              pending: t("auth.registerPending"),
            }}
          />
        </>
      )}
      <p className="auth-page__switch">
        {t("auth.haveAccount")}{" "}
        <Link href={localized(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/login")}>{t("auth.loginTitle")}</Link>
      </p>
    </main>
  );
}
