// /email/unsubscribe?t=…: where an alert mail's "Không nhận thư…" link goes.
// Opening it changes nothing (mail scanners follow links): the button posts
// to /api/unsubscribe, the same address mail programs use for RFC 8058
// one-click unsubscribe. No login needed: the signed token is the authority.
import type { Metadata } from "next";
import Link from "next/link";
import { localized, translator } from "@/lib/i18n/server";
import { readUnsubscribeToken } from "@/lib/mail/unsubscribe-token";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("account.unsubscribeTitle"), robots: { index: false } };
}

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const token = typeof params.t === "string" ? params.t : "";
  const claim = readUnsubscribeToken(token);
  const t = await translator();
  // The topic is a select: each language words "what" in its own sentence.
  const topic = claim?.topic ?? "watched";
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{t("account.unsubscribeTitle")}</h1>
      {!claim ? (
        <p className="notice notice--error" role="alert">
          {t("account.unsubscribeBad")}
        </p>
      ) : params.done === "1" ? (
        <p className="notice notice--success" role="status">
          {t("account.unsubscribeDone", { topic })}
        </p>
      ) : (
        <form method="post" action={localized("/api/unsubscribe")} className="form">
          <p>{t("account.unsubscribeAsk", { topic })}</p>
          <input type="hidden" name="t" value={token} />
          <input type="hidden" name="from" value="page" />
          <button type="submit" className="button button--primary">
            {t("account.unsubscribeButton")}
          </button>
        </form>
      )}
      <p>
        <Link href={localized("/account/notifications")}>{t("account.alertSettingsTitle")}</Link>
      </p>
    </main>
  );
}
