// /login: email or username and password; Google/GitHub when configured.
// ?callbackUrl= brings the member back where they were (same-site paths only).
import type { Metadata } from "next";
import "@/app/account/security/security.css";
import Link from "next/link";
import { redirect } from "next/navigation";
import { OAUTH_PROVIDER_NAMES, enabledOAuthProviders } from "@/lib/auth-providers";
import { localized, translator } from "@/lib/i18n/server";
import { getViewer } from "@/lib/next/session";
import { safeReturnPath } from "@/lib/urls";
import { logInWithProvider } from "@/actions/accounts";
import { LoginForm } from "./login-form";
import { PasskeyLoginButton } from "./passkey-button";
import { passkeyButtonText } from "./passkey-text";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("auth.loginTitle"), robots: { index: false } };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(first(params.callbackUrl), "/");
  if (await getViewer()) redirect(localized(callbackUrl.startsWith("/login") ? "/" : callbackUrl));

  const t = await translator();
  // Only known codes are shown, so the URL cannot inject text.
  const errors: Record<string, string> = {
    "email-in-use": t("auth.loginErrorEmailInUse"),
    "no-identity": t("auth.loginErrorNoIdentity"),
    deleted: t("auth.loginErrorDeleted"),
    // Google/GitHub sign-ups and the registration setting (lib/accounts/oauth-sign-in.ts).
    "registration-closed": t("auth.loginErrorRegistrationClosed"),
    held: t("auth.loginErrorHeld"),
    AccessDenied: t("auth.loginErrorAccessDenied"),
    OAuthCallbackError: t("auth.loginErrorOAuthCallback"),
    OAuthSignInError: t("auth.loginErrorOAuthSignIn"),
    Configuration: t("auth.loginErrorConfiguration"),
  };
  const notices: Record<string, string> = {
    registered: t("auth.loginNoticeRegistered"),
    "registered-nomail": t("auth.loginNoticeRegisteredNoMail"),
    reset: t("auth.loginNoticeReset"),
    everywhere: t("auth.loginNoticeEverywhere"),
    held: t("auth.loginNoticeHeld"),
    "held-approval": t("auth.loginNoticeHeldApproval"),
    "deletion-requested": t("auth.loginNoticeDeletionRequested"),
  };
  const error = first(params.error);
  const notice = notices[first(params.notice) ?? ""];
  const providers = enabledOAuthProviders();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">{t("auth.loginTitle")}</h1>
      {notice ? (
        <p className="notice notice--success" role="status">
          {notice}
        </p>
      ) : null}
      {error ? (
        <p className="notice notice--error" role="alert">
          {errors[error] ?? t("auth.loginErrorOther")}
        </p>
      ) : null}
      <LoginForm
        callbackUrl={callbackUrl}
        text={{
          label: t("auth.loginTitle"),
          identifier: t("auth.identifier"),
          password: t("auth.password"),
          forgot: t("auth.forgotLink"),
          forgotHref: localized("/forgot-password"),
          submit: t("auth.loginSubmit"),
          pending: t("auth.loginPending"),
        }}
      />
      <section className="oauth" aria-labelledby="oauth-title">
        <h2 id="oauth-title" className="oauth__title">
          {t("auth.loginOtherWays")}
        </h2>
        <PasskeyLoginButton callbackUrl={callbackUrl} label={t("auth.loginWithPasskey")} text={await passkeyButtonText()} />
        {providers.map((id) => (
          <form key={id} action={logInWithProvider}>
            <input type="hidden" name="provider" value={id} />
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button type="submit" className="button oauth__button">
              {t("auth.loginWithProvider", { provider: OAUTH_PROVIDER_NAMES[id] })}
            </button>
          </form>
        ))}
      </section>
      <p className="auth-page__switch">
        {t("auth.noAccount")}{" "}
        <Link href={localized(callbackUrl !== "/" ? `/register?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/register")}>{t("auth.registerLink")}</Link>
      </p>
    </main>
  );
}
