// Writes an alert's text in its READER's language, wherever it is written:
// a moderator on an English page hides a Vietnamese member's post, the
// member is told in Vietnamese. The text is made inside the reader's locale
// (the store t() and lib/format.ts read, ./../i18n/request-locale.ts), so a
// message built by another module with t() — a sanction's wording, a date —
// follows too. A member who never chose a language reads Vietnamese.
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { currentRequestUrl, requestLocaleStorage } from "@/lib/i18n/request-locale";

export function inReaderLocale<T>(locale: string | null | undefined, write: () => T): T {
  return requestLocaleStorage().run({ locale: isLocale(locale) ? locale : DEFAULT_LOCALE, url: currentRequestUrl() ?? "" }, write);
}
