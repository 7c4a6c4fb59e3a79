// The hardening headers every response carries, cached guest pages included
// (they are set by the request gate in front of Next.js, so no route can
// forget them and no cache entry can lack them).
//
// Content-Security-Policy, and why script-src is what it is: the forum's
// scripts are its own files under /_next/static ('self') plus the small
// inline scripts Next.js writes into every page to hand React the page's data
// (self.__next_f.push(…)). A nonce would be stricter, but a nonce must be new
// on every response, and guests' thread pages are rendered once and served
// from the cache thousands of times: the same bytes cannot carry a fresh
// nonce. So inline scripts are allowed ('unsafe-inline'), while scripts from
// any other origin, eval(), plugins (object-src) and <base> tricks are not.
// The defence against injected markup stays where it always was: every post
// is rendered by our Markdown renderer and sanitised (lib/markdown), and the
// rest of the page is React, which escapes text.

export type HeaderConfig = {
  /** The public site is served over https (SITE_URL or AUTH_URL): HSTS and Secure cookies. */
  https: boolean;
  /** Origins a form may be sent on to: OAuth providers, after our sign-in form redirects there. */
  formActionOrigins: string[];
};

export function contentSecurityPolicy(config: HeaderConfig): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    // Members' avatars come from their OAuth provider; posts may show images from the web.
    "img-src 'self' data: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...config.formActionOrigins].join(" "),
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
    // Video embeds (lib/markdown/embeds.ts): the player's frame, only after the reader clicks.
    "frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://www.tiktok.com https://platform.twitter.com https://www.facebook.com",
    ...(config.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

export function securityHeaders(config: HeaderConfig): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(config),
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    "cross-origin-opener-policy": "same-origin",
    ...(config.https ? { "strict-transport-security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** Adds "Secure" to a Set-Cookie value that lacks it (https sites only). */
export function withSecureFlag(cookie: string): string {
  return /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`;
}

/** Framework headers that say how a page was made (x-nextjs-cache, -prerender, -stale-time…): nobody's business. */
export function isFrameworkHeader(name: string): boolean {
  return /^x-nextjs-/i.test(name);
}
