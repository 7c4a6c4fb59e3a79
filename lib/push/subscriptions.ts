// Storing and removing a browser's push subscription (model PushSubscription)
// for /account/notifications' push control (app/api/push/subscription). A
// subscription turns the member's push setting on; removing the last one
// turns it off. An endpoint belongs to one browser: subscribing it again from
// another account moves it (the browser now belongs to that member).
import type { ServiceContext } from "@/lib/service-context";
import { contextDb } from "@/lib/service-context";
import { assertCan, canSubscribePush, ForbiddenError, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { pushSubscriptionSchema, pushUnsubscribeSchema } from "@/lib/validation/push";
import { savePreferences } from "@/lib/alerts/settings";

export const PUSH_TEXT = {
  mustLogIn: "Bạn cần đăng nhập để nhận thông báo đẩy.",
  refused: "Tài khoản của bạn không thể nhận thông báo đẩy.",
} as const;

/** At most this many browsers per member: the oldest goes when a new one comes. */
const MAX_PER_MEMBER = 10;

/** The test setting: an http endpoint on this machine (the vitest push server). Never in production. */
export const allowsLocalPushEndpoints = () => process.env.PUSH_ALLOW_LOCAL_ENDPOINTS === "1" && process.env.NODE_ENV !== "production";

export async function subscribePush(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ subscribed: true }> {
  const { endpoint, keys } = parseInput(pushSubscriptionSchema(allowsLocalPushEndpoints()), input);
  if (!viewer) throw new ForbiddenError(PUSH_TEXT.mustLogIn);
  assertCan(canSubscribePush(viewer), PUSH_TEXT.refused);
  const db = await contextDb(ctx);
  await db.pushSubscription.upsert({
    where: { endpoint },
    create: { userId: viewer.id, endpoint, p256dh: keys.p256dh, auth: keys.auth },
    update: { userId: viewer.id, p256dh: keys.p256dh, auth: keys.auth },
  });
  const extra = await db.pushSubscription.findMany({ where: { userId: viewer.id }, orderBy: { id: "desc" }, skip: MAX_PER_MEMBER, select: { id: true } });
  if (extra.length) await db.pushSubscription.deleteMany({ where: { id: { in: extra.map((s) => s.id) } } });
  await savePreferences(db, viewer.id, { push: true });
  return { subscribed: true };
}

/** Removes this browser's subscription (only the member's own). */
export async function unsubscribePush(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ subscribed: false }> {
  const { endpoint } = parseInput(pushUnsubscribeSchema, input);
  if (!viewer) throw new ForbiddenError(PUSH_TEXT.mustLogIn);
  const db = await contextDb(ctx);
  await db.pushSubscription.deleteMany({ where: { endpoint, userId: viewer.id } });
  if ((await db.pushSubscription.count({ where: { userId: viewer.id } })) === 0) await savePreferences(db, viewer.id, { push: false });
  return { subscribed: false };
}
