// Dates, times, relative times and numbers in the page's language, through
// Intl: vi-VN for Vietnamese, en-GB for English (lib/i18n/locales.ts,
// docs/i18n.md). The forum's clock is Vietnam's (UTC+7) so server-rendered
// times read the same for every visitor, in both languages.
//
// The locale is the page's unless given: on the server the request's
// (lib/i18n/request-locale.ts), in the browser the page's <html lang>, so a
// client component hydrates with the text the server wrote. This module
// imports nothing of the server's: client components use it.
import { DEFAULT_LOCALE, INTL_TAGS, type Locale } from "@/lib/i18n/locales";

export const SITE_TIME_ZONE = "Asia/Ho_Chi_Minh";

type Formats = { dateTime: Intl.DateTimeFormat; dateOnly: Intl.DateTimeFormat; numbers: Intl.NumberFormat; relative: Intl.RelativeTimeFormat };
const formats = new Map<Locale, Formats>();

function formatsOf(locale: Locale): Formats {
  let f = formats.get(locale);
  if (f === undefined) {
    const tag = INTL_TAGS[locale];
    f = {
      dateTime: new Intl.DateTimeFormat(tag, { timeZone: SITE_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" }),
      dateOnly: new Intl.DateTimeFormat(tag, { timeZone: SITE_TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" }),
      numbers: new Intl.NumberFormat(tag),
      relative: new Intl.RelativeTimeFormat(tag, { numeric: "always" }),
    };
    formats.set(locale, f);
  }
  return f;
}

/** The language of the page being made: the request's on the server, <html lang> in the browser. */
export function pageLocale(): Locale {
  if (typeof document !== "undefined") return document.documentElement.lang === "en" ? "en" : DEFAULT_LOCALE;
  const store = (globalThis as { __banluanRequestLocale?: { getStore(): { locale: Locale } | undefined } }).__banluanRequestLocale;
  return store?.getStore()?.locale ?? DEFAULT_LOCALE;
}

/** "09:37 25/07/2025" style, as vi-VN prints it ("25/07/2025, 09:37" in en-GB). */
export function formatDateTime(date: Date, locale: Locale = pageLocale()): string {
  return formatsOf(locale).dateTime.format(date);
}

export function formatDate(date: Date, locale: Locale = pageLocale()): string {
  return formatsOf(locale).dateOnly.format(date);
}

export function formatNumber(n: number, locale: Locale = pageLocale()): string {
  return formatsOf(locale).numbers.format(n);
}

/**
 * Under a minute: Intl has no "just now" (it says "0 seconds ago"). Kept here,
 * not in the catalogs, because client components format times too and the
 * catalogs stay on the server.
 */
const JUST_NOW: Record<Locale, string> = { vi: "vừa xong", en: "just now" };

/** "vừa xong", "5 phút trước", "3 giờ trước", "2 ngày trước", then the date (in English "just now", "5 minutes ago"…). */
export function formatTimeAgo(date: Date, now: Date = new Date(), locale: Locale = pageLocale()): string {
  const seconds = Math.max(0, Math.round((now.getTime() - date.getTime()) / 1000));
  if (seconds < 60) return JUST_NOW[locale];
  const relative = formatsOf(locale).relative;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return relative.format(-minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return relative.format(-hours, "hour");
  const days = Math.floor(hours / 24);
  if (days < 7) return relative.format(-days, "day");
  return formatDate(date, locale);
}

/** Up to two initials of a display name, for avatars without a picture. */
export function initials(name: string): string {
  const words = name.normalize("NFC").trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return "?";
  const first = Array.from(words[0])[0] ?? "";
  const last = words.length > 1 ? Array.from(words[words.length - 1])[0] ?? "" : "";
  return (first + last).toLocaleUpperCase("vi-VN");
}
