// In the browser: an API address in the page's language (`/en/api/…` on an
// English page), so what the server answers a script — a refused upload, a
// preview that failed — speaks the page's language, as its forms do (the
// server script takes the prefix off and sets the locale, lib/i18n).
import { DEFAULT_LOCALE, isLocale, localeHref } from "@/lib/i18n/locales";

export function pageApiPath(path: string): string {
  const lang = typeof document === "undefined" ? DEFAULT_LOCALE : document.documentElement.lang;
  return localeHref(isLocale(lang) ? lang : DEFAULT_LOCALE, path);
}
