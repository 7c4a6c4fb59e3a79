// Next.js configuration. Telemetry is off (set NEXT_TELEMETRY_DISABLED=1 too);
// better-sqlite3 is a native module and must not be bundled.
//
// The server cache (guests' thread pages, cached data) is our own in-memory
// handler, lib/cache/isr-cache-handler.mjs: it stamps entries with the start
// of their render so no page rendered before a change outlives its expiry,
// and keeps nothing on disk that another database could be served from.
// Next.js's own in-memory copy in front of it is turned off (size 0).
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

// Guests to the cached copy of a thread page: a request for a thread page
// (/threads/<slug>.<id>, /threads/<slug>.<id>/page-N) without a session
// cookie is rewritten, invisibly, to the same path under /guest-view, a route
// rendered once and then served from the cache (app/guest-view). Everyone
// else gets the page rendered per request. next-auth names its cookie
// "authjs.session-token" ("__Secure-" over HTTPS) and splits a large one
// into ".0", ".1"…; a cookie that is present but no longer valid still sends
// its owner to the per-request page, which says why they were logged out.
// Rewrites match any method: a form posted without a session (a guest
// replaying one) reaches the guest route, whose action refuses it (no viewer).
// Done here rather than in a proxy.ts: a config rewrite is matched by the
// router itself, while a proxy runs a middleware function on every request —
// and under `next start -H 127.0.0.1` Next.js 16.4 turned the proxy's
// rewrites into HTTP proxying to itself (its request URL says "localhost"):
// measured, 530 instead of 1 900 cached pages a second.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token", "authjs.session-token.0", "__Secure-authjs.session-token.0"];
const withoutSession = SESSION_COOKIES.map((key) => ({ type: "cookie", key }));
// The thread lists are split the same way (issue 20): the index and a
// category's pages for guests come from the cache, members get theirs per
// request with their unread marks. A category's ?page=N (the page jump
// without JavaScript) stays with the per-request route, which redirects it.
const GUEST_VIEW_REWRITES = [
  { source: "/threads/:slugId", destination: "/guest-view/threads/:slugId", missing: withoutSession },
  { source: "/threads/:slugId/:pageSegment(page-\\d+)", destination: "/guest-view/threads/:slugId/:pageSegment", missing: withoutSession },
  { source: "/", destination: "/guest-view/forum-index/all", missing: withoutSession },
  { source: "/categories/:slug", destination: "/guest-view/categories/:slug", missing: [...withoutSession, { type: "query", key: "page" }] },
  { source: "/categories/:slug/:pageSegment(page-\\d+)", destination: "/guest-view/categories/:slug/:pageSegment", missing: withoutSession },
];
// English guests (issue 17): the server script takes the /en prefix off and
// marks the request with x-banluan-locale: en (lib/i18n/locale-handler.ts);
// those go to the same cached routes under /guest-view/en, so an English page
// has cache entries (and fast-path copies) of its own. Listed first.
const english = { type: "header", key: "x-banluan-locale", value: "en" };
const ENGLISH_GUEST_VIEW_REWRITES = GUEST_VIEW_REWRITES.map((rewrite) => ({
  ...rewrite,
  destination: rewrite.destination.replace(/^\/guest-view\//, "/guest-view/en/"),
  has: [english],
}));
// Every string of the interface comes from messages/<locale>/*.json through
// next-intl; its request config reads the request's locale (lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // An ETag is a hash of the whole HTML computed on every response, cached
  // pages included: measured, it was a third of the time Next.js spent
  // serving a cached 127 KB thread page. Guests' pages are revalidated by the
  // server's own cache, not by browsers sending If-None-Match.
  generateEtags: false,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "redis", "@redis/client"],
  cacheHandler: fileURLToPath(new URL("./lib/cache/isr-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Several instances, possibly on several machines, serve one build: they
  // must agree on it (docs/deploy.md). Unset for a single process.
  deploymentId: process.env.NEXT_DEPLOYMENT_ID || undefined,
  // Post forms carry their pictures (lib/uploads): 10 × 10 MB by default.
  // The request gate (lib/http-gate) refuses a larger body first, with a
  // Vietnamese 413, using the same UPLOAD_MAX_REQUEST_MB.
  experimental: {
    serverActions: { bodySizeLimit: `${Number(process.env.UPLOAD_MAX_REQUEST_MB) >= 1 ? Math.floor(Number(process.env.UPLOAD_MAX_REQUEST_MB)) : 105}mb` },
  },
  async rewrites() {
    return { beforeFiles: [...ENGLISH_GUEST_VIEW_REWRITES, ...GUEST_VIEW_REWRITES], afterFiles: [], fallback: [] };
  },
};

export default withNextIntl(nextConfig);
