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
import { localized, translator } from "@/lib/i18n/server";
import { passkeyButtonText } from "../passkey-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("auth.twoFactorTitle"), robots: { index: false } };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function TwoFactorPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(typeof params.callbackUrl === "string" ? params.callbackUrl : null, "/");
  if (await getViewer()) redirect(localized(callbackUrl.startsWith("/login") ? "/" : callbackUrl));
  const pending = (typeof params.t === "string" ? params.t : undefined) ?? (await readPendingCookie()) ?? "";
  const userId = pending ? await pendingMember(db, pending) : null;
  const passkeys = userId ? await db.passkey.count({ where: { userId } }) : 0;
  const t = await translator();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">{t("auth.twoFactorTitle")}</h1>
      {!userId ? (
        <>
          <p className="notice notice--error" role="alert">
            {t("auth.twoFactorExpired")}
          </p>
          <p>
            <Link href={localized("/login")} className="button">
              {t("auth.twoFactorLogInAgain")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p>{t("auth.twoFactorIntro")}</p>
          <TotpCodeForm
            pending={pending}
            callbackUrl={callbackUrl}
            text={{ label: t("auth.totpLabel"), field: t("auth.totpField"), submit: t("auth.totpSubmit"), pending: t("auth.checking") }}
          />
          {passkeys > 0 && !params.t ? (
            <section className="account-section" aria-labelledby="tf-passkey">
              <h2 id="tf-passkey">{t("auth.twoFactorPasskeyTitle")}</h2>
              <PasskeyLoginButton secondStep callbackUrl={callbackUrl} label={t("auth.twoFactorWithPasskey")} text={await passkeyButtonText()} />
            </section>
          ) : null}
          <section className="account-section" aria-labelledby="tf-lost">
            <h2 id="tf-lost">{t("auth.twoFactorLostTitle")}</h2>
            <p>{t.rich("auth.twoFactorLostText", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
            <RecoveryCodeForm
              pending={pending}
              callbackUrl={callbackUrl}
              text={{ label: t("auth.recoveryLabel"), field: t("auth.recoveryLabel"), hint: t("auth.recoveryHint"), submit: t("auth.recoverySubmit"), pending: t("auth.checking") }}
            />
            <p className="field__hint">{t("auth.twoFactorLostAll")}</p>
          </section>
          <p className="auth-page__switch">
            <Link href={localized("/login")}>{t("auth.twoFactorOtherAccount")}</Link>
          </p>
        </>
      )}
    </main>
  );
}
