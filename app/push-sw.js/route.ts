// The push service worker, served from the site root so that its scope is the
// whole site. no-cache: a browser checks for a new version on every
// registration. The request gate adds the hardening headers of every response
// (CSP with worker-src 'self', nosniff, frame-ancestors 'none'…).
// What it does: shows an alert's title (the payload has the title and a
// same-site link only, lib/push/send-push.ts) and opens the link on a click.
// The payload names its language (the member's, send-push.ts): the title is
// already in it, and the fallback title (no title sent) is chosen by it.
import { getCachedSiteSettings } from "@/lib/next/cached-site-settings";
import { translatorFor } from "@/lib/i18n/text";

export const dynamic = "force-dynamic";

function fallbackTitles(forum: string): Record<"vi" | "en", string> {
  const [vi, en] = (["vi", "en"] as const).map((locale) => {
    const t = translatorFor(locale);
    return t("alerts.pushFallbackTitle", { forum });
  });
  return { vi, en };
}

const source = (fallback: Record<"vi" | "en", string>) => `"use strict";
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));
self.addEventListener("push", (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch (e) { data = {}; }
  const lang = data.lang === "en" ? "en" : "vi";
  const fallback = ${JSON.stringify(fallback)};
  const title = typeof data.title === "string" && data.title ? data.title : fallback[lang];
  const link = typeof data.link === "string" && data.link.startsWith("/") && !data.link.startsWith("//") ? data.link : (lang === "en" ? "/en/notifications" : "/notifications");
  event.waitUntil(self.registration.showNotification(title, { lang, icon: "/icon.svg", data: { link } }));
});
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL((event.notification.data && event.notification.data.link) || "/notifications", self.location.origin);
  if (url.origin !== self.location.origin) return;
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((list) => {
    for (const client of list) if (client.url === url.href && "focus" in client) return client.focus();
    return self.clients.openWindow(url.href);
  }));
});
`;

export async function GET() {
  const { forumName } = await getCachedSiteSettings();
  return new Response(source(fallbackTitles(forumName)), {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "no-cache",
      "x-content-type-options": "nosniff",
      "service-worker-allowed": "/",
    },
  });
}
