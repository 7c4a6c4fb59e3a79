// The forum's languages and how a URL carries one. Vietnamese is the default
// and lives at today's addresses; English is the same address under /en
// (same slugs and ids). Pure functions: used by the server script
// (lib/i18n/locale-handler.ts), by pages and by tests.

export const LOCALES = ["vi", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "vi";

/**
 * The BCP 47 tag given to Intl for each language. English is British
 * English (en-GB): day-month-year dates and a 24-hour clock, as the
 * Vietnamese pages have (docs/i18n.md).
 */
export const INTL_TAGS: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };
/** Open Graph's locale names. */
export const OG_LOCALES: Record<Locale, string> = { vi: "vi_VN", en: "en_GB" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The prefix a locale's addresses carry: "" for Vietnamese, "/en" for English. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? "" : `/${locale}`;
}

/**
 * Splits a request URL (path and query) into its locale and the address the
 * app's routes know: "/en/threads/a.1?x" → { locale: "en", url: "/threads/a.1?x" };
 * "/en" and "/en?x" → "/" and "/?x". Anything else is Vietnamese, unchanged
 * ("/english" is not English).
 */
export function splitLocale(url: string): { locale: Locale; url: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const prefix = `/${locale}`;
    if (!url.startsWith(prefix)) continue;
    const rest = url.slice(prefix.length);
    if (rest === "") return { locale, url: "/" };
    if (rest.startsWith("/")) return { locale, url: rest };
    if (rest.startsWith("?") || rest.startsWith("#")) return { locale, url: `/${rest}` };
  }
  return { locale: DEFAULT_LOCALE, url };
}

/**
 * An internal address in a locale: "/threads/a.1" → "/en/threads/a.1" for
 * English, unchanged for Vietnamese. Leaves alone what is not an internal
 * path (absolute URLs, "#top", "mailto:"), and never prefixes twice.
 */
export function localeHref(locale: Locale, href: string): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const { url } = splitLocale(href);
  const prefix = localePrefix(locale);
  if (prefix === "") return url;
  if (url === "/") return prefix;
  if (url.startsWith("/?") || url.startsWith("/#")) return `${prefix}${url.slice(1)}`;
  return `${prefix}${url}`;
}

/** The addresses of one page in every language, for hreflang links and the language switch. */
export function alternateHrefs(href: string): Record<Locale, string> {
  const { url } = splitLocale(href);
  return Object.fromEntries(LOCALES.map((locale) => [locale, localeHref(locale, url)])) as Record<Locale, string>;
}

/**
 * The public address of a request's page, without query or fragment: the
 * guests' cached routes, should one be asked for directly, by the address
 * they are the copy of ("/guest-view/en/threads/a.1" → "/en/threads/a.1",
 * "/guest-view/forum-index/all" → "/"), so a cached page never links to them.
 */
export function publicPath(url: string): string {
  const path = url.split(/[?#]/)[0] || "/";
  const guest = /^\/guest-view(\/en)?(\/.*)?$/.exec(path);
  if (guest === null) return path;
  const rest = guest[2] ?? "/";
  const inner = rest.startsWith("/forum-index/") || rest === "/forum-index" ? "/" : rest;
  return localeHref(guest[1] ? "en" : DEFAULT_LOCALE, inner);
}
