// The locale of the request being rendered, and its address as the browser
// asked for it. Set by the server script (lib/i18n/locale-handler.ts) around
// Next.js's handler, read by next-intl's request config (lib/i18n/request.ts)
// and by the root layout.
//
// Why not a request header read with headers(): reading a header makes a
// page render per request, and the guests' pages (app/guest-view) are served
// from the cache. An AsyncLocalStorage is no dynamic API; it follows the
// render, as the page probe of the guest fast path does (lib/cache/page-probe.mjs).
// On globalThis: the server script (tsx) and the app's bundle each load
// their own copy of this module, and must share one store.
import { AsyncLocalStorage } from "node:async_hooks";
import { DEFAULT_LOCALE, type Locale } from "./locales";

export type RequestLocale = {
  locale: Locale;
  /** The path and query the browser asked for, locale prefix included. */
  url: string;
};

const shared = globalThis as { __banluanRequestLocale?: AsyncLocalStorage<RequestLocale> };

export function requestLocaleStorage(): AsyncLocalStorage<RequestLocale> {
  return (shared.__banluanRequestLocale ??= new AsyncLocalStorage());
}

/** The locale of the page being rendered: Vietnamese outside a request (the build) and under `next dev`. */
export function currentLocale(): Locale {
  return shared.__banluanRequestLocale?.getStore()?.locale ?? DEFAULT_LOCALE;
}

/** The address the browser asked for (with its /en prefix), or null outside a request. */
export function currentRequestUrl(): string | null {
  return shared.__banluanRequestLocale?.getStore()?.url ?? null;
}
