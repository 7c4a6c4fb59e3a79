// Which requests the guest fast path may answer: the same ones next.config.mjs
// rewrites to the cached guest route (a thread page, no session cookie), and
// of those only a plain page load — GET or HEAD, no query string, none of the
// headers with which the App Router asks for something else than the HTML
// (an RSC payload for a client-side navigation or a prefetch) or Next.js
// bypasses its cache (x-prerender-revalidate).
import type { IncomingMessage } from "node:http";

/** The rewrite's sources: /threads/:slugId and /threads/:slugId/page-N, in Vietnamese or under /en (each its own copy, keyed by this path). */
const THREAD_PAGE = /^(?:\/en)?\/threads\/[^/]+(?:\/page-\d+)?$/;

/**
 * next-auth's session cookie, any of its forms (the "__Secure-" prefix, the
 * ".0", ".1"… chunks of a large one). Broader than the rewrite's list on
 * purpose: a request carrying anything like a session is never given a guest
 * entry here; Next.js decides what it gets.
 */
const SESSION_COOKIE = /(?:^|[;,]\s*)(?:__Secure-|__Host-)?authjs\.session-token(?:\.\d+)?=/;

const NOT_A_PAGE_LOAD = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action", "x-prerender-revalidate", "next-url"];

export function hasSessionCookie(cookie: string | undefined): boolean {
  return cookie !== undefined && SESSION_COOKIE.test(cookie);
}

/** The request's path when the fast path may answer it, null otherwise. */
export function guestPagePath(req: IncomingMessage): string | null {
  const method = req.method;
  if (method !== "GET" && method !== "HEAD") return null;
  const url = req.url;
  if (url === undefined || !(url.startsWith("/threads/") || url.startsWith("/en/threads/")) || url.includes("?") || !THREAD_PAGE.test(url)) return null;
  const headers = req.headers;
  if (hasSessionCookie(headers.cookie)) return null;
  for (const name of NOT_A_PAGE_LOAD) if (headers[name] !== undefined) return null;
  return url;
}
