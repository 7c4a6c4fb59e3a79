// What server components use to speak the page's language: its locale,
// its translations, and internal links that keep it (an English page links
// to /en/…). Server-side only: nothing here reaches the browser.
import "server-only";
import { getTranslations } from "next-intl/server";
import { alternateHrefs, localeHref, publicPath, type Locale } from "./locales";
import { currentLocale, currentRequestUrl } from "./request-locale";

export { currentLocale };

/** The translator of the page's language: t("nav.logIn"), always a whole key (namespace.key). */
export async function translator() {
  return getTranslations();
}

/** An internal address in the page's language: "/login" → "/en/login" on an English page. */
export function localized(href: string, locale: Locale = currentLocale()): string {
  return localeHref(locale, href);
}

/** This page's address in each language, without its query (null outside a request: the build). */
export function currentAlternates(): Record<Locale, string> | null {
  const url = currentRequestUrl();
  return url === null ? null : alternateHrefs(publicPath(url));
}
