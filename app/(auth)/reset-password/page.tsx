// /reset-password?token=…: the form behind the reset email's link, shown only
// while the link is good (the token is used when the form is sent).
import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/db";
import { checkResetToken } from "@/lib/accounts/reset-password";
import { localized, translator } from "@/lib/i18n/server";
import { PASSWORD_MIN } from "@/lib/validation/account-limits";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("auth.resetTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const check = await checkResetToken(db, token);
  const t = await translator();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">{t("auth.resetTitle")}</h1>
      {check.ok ? (
        <>
          <p>{t("auth.resetIntro")}</p>
          <ResetPasswordForm
            token={token}
            text={{
              label: t("auth.resetTitle"),
              password: t("auth.newPassword"),
              passwordHint: t("auth.passwordHint", { min: PASSWORD_MIN }),
              confirm: t("auth.newPasswordConfirm"),
              submit: t("auth.resetSubmit"),
              pending: t("auth.sending"),
            }}
          />
        </>
      ) : (
        <>
          <p className="notice notice--error" role="alert">
            {check.message}
          </p>
          <p>
            <Link href={localized("/forgot-password")}>{t("auth.resetAskAgain")}</Link>
          </p>
        </>
      )}
    </main>
  );
}
