// Translations for code outside React: services' refusals, e-mails, alerts,
// feeds and the CLI. Synchronous, so a service can write
//   throw new InvalidInputError(t("services.replyTooFast", { seconds }))
// where it stood before, in the request's language: the server script keeps
// the locale of the request in an AsyncLocalStorage (./request-locale.ts),
// which follows the server action or route into the service. Outside a
// request (the CLI, tests, background jobs) it is Vietnamese, the forum's
// default, unless a locale is asked for: a member's e-mail is written with
// translatorFor(member.locale).
//
// Keys are written whole, as string literals — t("services.replyTooFast") —
// for tests/unit/i18n/catalogs.test.ts to find them.
// use-intl/core (next-intl's own core, a dependency of it): importing "next-intl" itself would
// load its React provider, which scripts run with the react-server condition (bench:lists) cannot.
import { createTranslator } from "use-intl/core";
import { CATALOGS } from "./catalogs";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { currentLocale } from "./request-locale";

// Vietnam's clock, as lib/format.ts (not imported: it pulls in more than this needs).
const TIME_ZONE = "Asia/Ho_Chi_Minh";

function make(locale: Locale) {
  return createTranslator({ locale, messages: CATALOGS[locale], timeZone: TIME_ZONE });
}

export type Translator = ReturnType<typeof make>;

const translators = new Map<Locale, Translator>();

/** The translator of one language; an unknown or missing locale (a member who never chose) is Vietnamese. */
export function translatorFor(locale: string | null | undefined): Translator {
  const chosen: Locale = locale && isLocale(locale) ? locale : DEFAULT_LOCALE;
  let translator = translators.get(chosen);
  if (!translator) {
    translator = make(chosen);
    translators.set(chosen, translator);
  }
  return translator;
}

/** Translates in the request's language (Vietnamese outside a request). */
export const t: Translator = ((key: string, values?: Record<string, unknown>) =>
  (translatorFor(currentLocale()) as unknown as (k: string, v?: unknown) => string)(key, values)) as unknown as Translator;
