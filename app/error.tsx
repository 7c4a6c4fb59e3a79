"use client";
// What a reader sees when a page fails on the server (the database
// unreachable for a moment, say): a plain explanation and a way to try
// again, never a stack trace. While the database is known to be down, the
// request gate answers 503 before this page is reached (lib/db/availability.ts).
// A client component (Next.js's rule for error pages): its few strings come
// from the "errors" catalogs, in the page's language (<html lang>).
import Link from "next/link";
import viErrors from "@/messages/vi/errors.json";
import enErrors from "@/messages/en/errors.json";
import { pageLocale } from "@/lib/format";
import { localeHref } from "@/lib/i18n/locales";

const ERRORS = { vi: { errors: viErrors }, en: { errors: enErrors } };

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = pageLocale();
  const t = (key: `errors.${keyof typeof viErrors}`) => ERRORS[locale].errors[key.slice("errors.".length) as keyof typeof viErrors];
  return (
    <div className="page" id="main">
      <main className="content content--narrow">
        <h1>{t("errors.serverTitle")}</h1>
        <p>{t("errors.serverText")}</p>
        <p>{t("errors.tryLater")}</p>
        <p>
          <button type="button" onClick={() => reset()}>
            {t("errors.tryAgain")}
          </button>{" "}
          · <Link href={localeHref(locale, "/")}>{t("errors.home")}</Link>
        </p>
      </main>
    </div>
  );
}
