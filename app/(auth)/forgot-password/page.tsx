import type { Metadata } from "next";
import Link from "next/link";
import { localized, translator } from "@/lib/i18n/server";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("auth.forgotTitle"), robots: { index: false } };
}

export default async function ForgotPasswordPage() {
  const t = await translator();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">{t("auth.forgotTitle")}</h1>
      <p>{t("auth.forgotIntro")}</p>
      <ForgotPasswordForm text={{ label: t("auth.forgotTitle"), email: t("auth.forgotEmail"), submit: t("auth.forgotSubmit"), pending: t("auth.sending") }} />
      <p className="auth-page__switch">
        <Link href={localized("/login")}>{t("auth.backToLogin")}</Link>
      </p>
    </main>
  );
}
