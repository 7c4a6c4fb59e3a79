// The page the request gate answers with (503) while the database is down:
// self-contained HTML (no script, no database, no framework), in the
// request's language (Vietnamese, or English under /en: the gate asks for it),
// light and dark, with Retry-After so browsers and crawlers come back.
import { currentLocale } from "@/lib/i18n/request-locale";
import { t } from "@/lib/i18n/text";

export const RETRY_AFTER_SECONDS = 10;

export function unavailablePage(): string {
  return `<!doctype html>
<html lang="${currentLocale()}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>${t("services.outageTitle")}</title>
<style>body{font:1rem/1.6 system-ui,sans-serif;margin:0;padding:2rem 1rem;background:Canvas;color:CanvasText}
main{max-width:36rem;margin:0 auto}h1{font-size:1.5rem;color:#185886}@media (prefers-color-scheme:dark){h1{color:#8cc4ec}}</style>
</head><body><main id="main">
<h1>${t("services.outageHeading")}</h1>
<p>${t("services.outageCause")}</p>
<p>${t("services.outageRetry", { seconds: RETRY_AFTER_SECONDS })}</p>
</main></body></html>`;
}
