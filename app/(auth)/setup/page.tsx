// /setup?token=…: creates the first administrator from the one-time link the
// server printed at start. Without a valid link, or once an administrator
// exists, the page does not exist (404).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { setupAvailable } from "@/lib/accounts/setup-admin";
import { translator } from "@/lib/i18n/server";
import { PASSWORD_MIN } from "@/lib/validation/account-limits";
import { SetupForm } from "./setup-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("auth.setupMetaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function SetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  if (!(await setupAvailable(db, token))) notFound();
  const t = await translator();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">{t("auth.setupTitle")}</h1>
      <p>{t("auth.setupIntro")}</p>
      <SetupForm
        token={token}
        text={{
          label: t("auth.setupFormLabel"),
          displayName: t("auth.displayName"),
          username: t("auth.username"),
          email: t("auth.email"),
          password: t("auth.password"),
          passwordHint: t("auth.passwordHint", { min: PASSWORD_MIN }),
          submit: t("auth.setupFormLabel"),
          pending: t("auth.sending"),
        }}
      />
    </main>
  );
}
