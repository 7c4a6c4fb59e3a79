// next-intl's request configuration (named in next.config.mjs): the locale
// of the request being rendered — from its URL, set by the server script
// (lib/i18n/locale-handler.ts) — and that language's catalogs. It does not
// read next-intl's requestLocale (a request header): a header read would
// make the guests' cached pages render per request.
import { getRequestConfig } from "next-intl/server";
import { SITE_TIME_ZONE } from "@/lib/format";
import { CATALOGS } from "./catalogs";
import { currentLocale } from "./request-locale";

export default getRequestConfig(async () => {
  const locale = currentLocale();
  return { locale, messages: CATALOGS[locale], timeZone: SITE_TIME_ZONE };
});
