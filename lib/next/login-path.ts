// The login page's address that brings a guest back to `returnTo`, in the
// request's language: a guest on /en/account is sent to /en/login (and, once
// logged in, back to /en/account: lib/next/sign-in.ts keeps the language too).
// Pure but for the request's locale, so route handlers, pages and
// requireViewer build it the same way.
import { localeHref, type Locale } from "@/lib/i18n/locales";
import { currentLocale } from "@/lib/i18n/request-locale";

export function loginPath(returnTo: string, locale: Locale = currentLocale()): string {
  return localeHref(locale, `/login?callbackUrl=${encodeURIComponent(returnTo)}`);
}

/** Any internal address in the request's language (a redirect written outside lib/next/action.ts). */
export function inRequestLocale(href: string, locale: Locale = currentLocale()): string {
  return localeHref(locale, href);
}
