// Sends one alert to one browser (a "push" AlertJob, lib/alerts/jobs.ts),
// with web-push: encrypted for the browser (RFC 8291, aes128gcm), signed with
// the forum's VAPID key (RFC 8292, lib/push/vapid.ts), kept by the push
// service a day at most (TTL). The payload is the alert's title and link
// only — the alert was written for this member after lib/permissions.ts said
// they may read it, and it never carries a post's words. 404/410 from the
// push service: the browser dropped the subscription, so it is deleted.
// Anything else throws, and the job is retried with backoff a few times
// (jobs.ts, MAX_ATTEMPTS), then dropped with the error kept.
import webpush, { WebPushError } from "web-push";
import type { Db } from "@/lib/db-client";
import { vapidKeys } from "./vapid";

export type PushPayload = { title: string; link: string };

export type PushOutcome = "sent" | "skipped" | "gone";

const TTL_SECONDS = 24 * 3_600;

export async function sendPushJob(db: Db, job: { subscriptionId: number; notificationId: number }): Promise<PushOutcome> {
  const sub = await db.pushSubscription.findUnique({ where: { id: job.subscriptionId } });
  if (!sub) return "skipped";
  const [alert, settings] = await Promise.all([
    db.notification.findUnique({ where: { id: job.notificationId }, select: { userId: true, message: true, link: true, readAt: true } }),
    db.alertSettings.findUnique({ where: { userId: sub.userId }, select: { push: true } }),
  ]);
  // Read already, someone else's (the browser changed hands), or push turned off: nothing to say.
  if (!alert || alert.readAt || alert.userId !== sub.userId || !settings?.push) return "skipped";
  const payload: PushPayload = { title: alert.message, link: alert.link?.startsWith("/") ? alert.link : "/notifications" };
  const keys = await vapidKeys(db);
  try {
    await webpush.sendNotification({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, JSON.stringify(payload), {
      vapidDetails: keys,
      TTL: TTL_SECONDS,
      timeout: 10_000,
      contentEncoding: "aes128gcm",
    });
    return "sent";
  } catch (error) {
    if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410)) {
      await db.pushSubscription.deleteMany({ where: { id: sub.id } });
      return "gone";
    }
    throw error;
  }
}
