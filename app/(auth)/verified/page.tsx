// Where a verification link lands: what happened, in words.
import type { Metadata } from "next";
import Link from "next/link";
import { localized, translator } from "@/lib/i18n/server";
import { getViewer } from "@/lib/next/session";
import { returnPathAfterRegistering } from "@/lib/accounts/register-member";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("auth.verifiedTitle"), robots: { index: false } };
}

export default async function VerifiedPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const status = params.status;
  const t = await translator();
  // The words of lib/accounts/tokens.ts (invalid, expired, used) and create-member.ts (taken), by outcome code.
  const outcomes: Record<string, { ok: boolean; text: string }> = {
    verified: { ok: true, text: t("auth.verifiedVerified") },
    changed: { ok: true, text: t("auth.verifiedChanged") },
    invalid: { ok: false, text: t("auth.verifiedInvalid") },
    expired: { ok: false, text: t("auth.verifiedExpired") },
    used: { ok: false, text: t("auth.verifiedUsed") },
    taken: { ok: false, text: t("auth.verifiedTaken") },
    // Registration needs approval (or the spam rule held the account): verified, not logged in.
    held: { ok: true, text: t("auth.verifiedHeld") },
  };
  // Back to the thread the member registered from (same-site paths only).
  const back = returnPathAfterRegistering(typeof params.callbackUrl === "string" ? params.callbackUrl : null);
  const outcome = outcomes[typeof status === "string" ? status : "invalid"] ?? outcomes.invalid;
  const viewer = await getViewer();
  return (
    <main className="content content--narrow auth-page">
      <h1 className="page-title">{t("auth.verifiedTitle")}</h1>
      <p className={outcome.ok ? "notice notice--success" : "notice notice--error"} role={outcome.ok ? "status" : "alert"}>
        {outcome.text}
      </p>
      {outcome.ok && back && status !== "held" ? (
        <p>
          <Link href={localized(viewer ? back : `/login?callbackUrl=${encodeURIComponent(back)}`)} className="button button--primary" data-testid="verified-back">
            {viewer ? t("auth.verifiedBack") : t("auth.verifiedLogInAndBack")}
          </Link>
        </p>
      ) : null}
      <p>{viewer || status === "held" ? <Link href={localized("/")}>{t("auth.toForum")}</Link> : <Link href={localized("/login")}>{t("auth.loginTitle")}</Link>}</p>
    </main>
  );
}
