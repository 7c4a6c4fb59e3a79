// The locale of a request, taken from its URL before Next.js sees it: a
// request for /en/… is handed to Next.js as /… with the header
// x-banluan-locale: en (which next.config.mjs's rewrites match to send an
// English guest to the English cached pages), and rendered inside the
// request-locale store (request-locale.ts) that next-intl reads. Vietnamese
// requests go through unchanged.
//
// The guests' cached routes (/guest-view/…) are each bound to one language
// by their path (/guest-view/en/… is English): whatever prefix a request
// for them carries, the path decides, so no render can be stored under the
// other language's cache key.
import type { IncomingMessage, ServerResponse } from "node:http";
import { DEFAULT_LOCALE, splitLocale, type Locale } from "./locales";
import { requestLocaleStorage } from "./request-locale";

export const LOCALE_HEADER = "x-banluan-locale";
const GUEST_VIEW = "/guest-view/";
const ENGLISH_GUEST_VIEW = "/guest-view/en/";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** The locale a request is rendered in and the URL Next.js is given. */
export function localeOfRequest(originalUrl: string): { locale: Locale; url: string } {
  const { locale, url } = splitLocale(originalUrl);
  if (url.startsWith(GUEST_VIEW)) return { locale: url.startsWith(ENGLISH_GUEST_VIEW) ? "en" : DEFAULT_LOCALE, url };
  return { locale, url };
}

export function withRequestLocale(handle: Handler): Handler {
  const storage = requestLocaleStorage();
  return (req, res) => {
    const original = req.url ?? "/";
    const { locale, url } = localeOfRequest(original);
    // From a client the header is a lie: only this function sets it.
    delete req.headers[LOCALE_HEADER];
    if (locale !== DEFAULT_LOCALE) {
      req.headers[LOCALE_HEADER] = locale;
      req.url = url;
    }
    return storage.run({ locale, url: original }, () => handle(req, res));
  };
}
