// The language of the command-line tools (npm run import:article,
// user:create, accounts:purge, search:rebuild, db:copy, the start script's
// database preparation): Vietnamese, the forum's, unless the operator's
// environment asks for English — LANG (or LC_ALL / LC_MESSAGES, which take
// precedence as POSIX says, when they name a language) starting with "en":
//   LANG=en_US.UTF-8 npm run import:article -- bai-viet.txt
// A command runs inside runInCliLocale, which holds that language where a
// request's would be (./request-locale.ts): so t("cli.…") in the scripts and
// the messages of lib/ they print (the import's refusals, services' errors)
// all speak it, with no locale passed around.
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { requestLocaleStorage } from "./request-locale";

type Env = Record<string, string | undefined>;

/** "C", "POSIX" and empty values name no language: the next variable decides. */
function language(value: string | undefined): string | null {
  const v = value?.trim();
  if (!v || v === "C" || v === "POSIX" || v.startsWith("C.")) return null;
  return v;
}

/** English when the environment's language starts with "en", else Vietnamese. */
export function cliLocale(env: Env = process.env): Locale {
  const chosen = language(env.LC_ALL) ?? language(env.LC_MESSAGES) ?? language(env.LANG);
  return chosen?.toLowerCase().startsWith("en") ? "en" : DEFAULT_LOCALE;
}

/** Runs a command in the environment's language (t() from ./text answers in it). */
export function runInCliLocale<T>(command: () => T, env: Env = process.env): T {
  return requestLocaleStorage().run({ locale: cliLocale(env), url: "" }, command);
}
