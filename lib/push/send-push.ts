// Sends one alert to one browser (a "push" AlertJob, lib/alerts/jobs.ts).
// web-push prepares the request: encrypted for the browser (RFC 8291,
// aes128gcm), signed with the forum's VAPID key (RFC 8292, lib/push/vapid.ts),
// kept by the push service a day at most (TTL). It goes out with fetch: a 10 s
// timeout, redirects not followed (the address came from a browser). The
// payload is the alert's title and link only — the alert was written for this
// member after lib/permissions.ts said they may read it, and it never carries
// a post's words. The title is the alert's text, already written in the
// member's language (lib/alerts/messages.ts); the link leads to that
// language's page and `lang` tells the browser which it is. 404/410 from the push service: the browser dropped the
// subscription, so it is deleted. Anything else throws, and the job is
// retried with backoff a few times (jobs.ts, MAX_ATTEMPTS), then dropped with
// the error kept.
import webpush from "web-push";
import type { Db } from "@/lib/db-client";
import { DEFAULT_LOCALE, isLocale, localeHref } from "@/lib/i18n/locales";
import { vapidKeys } from "./vapid";
import { allowsLocalPushEndpoints } from "./subscriptions";

export type PushPayload = { title: string; link: string; lang: string };

export type PushOutcome = "sent" | "skipped" | "gone";

const TTL_SECONDS = 24 * 3_600;

export async function sendPushJob(db: Db, job: { subscriptionId: number; notificationId: number }): Promise<PushOutcome> {
  const sub = await db.pushSubscription.findUnique({ where: { id: job.subscriptionId } });
  if (!sub) return "skipped";
  const [alert, settings, member] = await Promise.all([
    db.notification.findUnique({ where: { id: job.notificationId }, select: { userId: true, message: true, link: true, readAt: true } }),
    db.alertSettings.findUnique({ where: { userId: sub.userId }, select: { push: true } }),
    db.user.findUnique({ where: { id: sub.userId }, select: { locale: true } }),
  ]);
  // Read already, someone else's (the browser changed hands), or push turned off: nothing to say.
  if (!alert || alert.readAt || alert.userId !== sub.userId || !settings?.push) return "skipped";
  const lang = isLocale(member?.locale) ? member.locale : DEFAULT_LOCALE;
  const payload: PushPayload = { title: alert.message, link: localeHref(lang, alert.link?.startsWith("/") ? alert.link : "/notifications"), lang };
  // Stored addresses were checked when subscribed; checked again, in case the test setting was on then.
  if (!sub.endpoint.startsWith("https://") && !allowsLocalPushEndpoints()) return "skipped";
  const keys = await vapidKeys(db);
  const request = webpush.generateRequestDetails({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, JSON.stringify(payload), {
    vapidDetails: keys,
    TTL: TTL_SECONDS,
    contentEncoding: "aes128gcm",
  });
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) if (name.toLowerCase() !== "content-length") headers[name] = String(value);
  const response = await fetch(request.endpoint, {
    method: request.method,
    headers,
    body: request.body ? new Uint8Array(request.body) : undefined,
    redirect: "manual",
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  if (response.status === 404 || response.status === 410) {
    // The browser dropped the subscription (RFC 8030 §7.3): forget it.
    await db.pushSubscription.deleteMany({ where: { id: sub.id } });
    return "gone";
  }
  if (response.status < 200 || response.status > 299) throw new Error(`[push] dịch vụ đẩy trả lời ${response.status} cho đăng ký #${sub.id}`);
  return "sent";
}
