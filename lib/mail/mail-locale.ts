// The language and forum name an e-mail is written with. A member's chosen
// language (User.locale) decides; a member who never chose — or an address
// with no account yet — gets the language of the page they asked from (the
// request's, Vietnamese outside a request: the background loop, the CLI).
// The forum's name is the administrators' setting (Setting "forumName"),
// read here through the caller's client because the mail is also built in
// the background loop, outside the app's server-only settings module.
import type { Db } from "@/lib/db-client";
import { DEFAULT_LOCALE, isLocale, localeHref, type Locale } from "@/lib/i18n/locales";
import { currentLocale } from "@/lib/i18n/request-locale";
import { translatorFor, type Translator } from "@/lib/i18n/text";
import { absoluteUrl } from "@/lib/urls";

/** The same default as DEFAULT_SITE_SETTINGS.forumName (lib/site/site-settings.ts, server-only; a test keeps them equal). */
export const DEFAULT_FORUM_NAME = "Bàn Luận";

export type MailLocale = { locale: Locale; forumName: string };

/** A member's language, or the request's when they never chose one. */
export function mailLocaleOf(memberLocale: string | null | undefined): Locale {
  return isLocale(memberLocale) ? memberLocale : currentLocale();
}

/** The forum's configured name; the default when unset or not a valid name. */
export async function forumNameFrom(db: Db): Promise<string> {
  const row = await db.setting.findUnique({ where: { key: "forumName" }, select: { value: true } });
  if (!row) return DEFAULT_FORUM_NAME;
  try {
    const value: unknown = JSON.parse(row.value);
    if (typeof value === "string" && value.trim().length >= 2 && value.length <= 60) return value;
  } catch {
    // A malformed row keeps the default, as lib/site/site-settings.ts does.
  }
  return DEFAULT_FORUM_NAME;
}

/** What an account e-mail to this member (or to an address without one: null) is written with. */
export async function memberMailLocale(db: Db, userId: number | null | undefined): Promise<MailLocale> {
  const [member, forumName] = await Promise.all([
    userId ? db.user.findUnique({ where: { id: userId }, select: { locale: true } }) : Promise.resolve(null),
    forumNameFrom(db),
  ]);
  return { locale: mailLocaleOf(member?.locale), forumName };
}

/** The translator and absolute, language-prefixed links of one e-mail (no locale: Vietnamese, the forum's default). */
export function mailWriter(locale: string | null | undefined): { locale: Locale; t: Translator; link: (path: string) => string } {
  const chosen: Locale = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return { locale: chosen, t: translatorFor(chosen), link: (path) => absoluteUrl(localeHref(chosen, path)) };
}
