// /account/notifications: the member's alert and e-mail choices, and the
// one-click unsubscribe (it changes only the setting its mail came from).
import type { ServiceContext } from "@/lib/service-context";
import { contextDb } from "@/lib/service-context";
import { ForbiddenError, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { alertPreferencesSchema } from "@/lib/validation/alerts";
import { readUnsubscribeToken, type UnsubscribeTopic } from "@/lib/mail/unsubscribe-token";
import { preferencesOf, savePreferences } from "./settings";
import { t } from "@/lib/i18n/text";

/** In the request's language (getters: read when the answer is made). */
export const PREFERENCE_TEXT = {
  get mustLogIn() {
    return t("alerts.preferencesMustLogIn");
  },
  get saved() {
    return t("alerts.preferencesSaved");
  },
  get badLink() {
    return t("alerts.unsubscribeBadLink");
  },
};

export async function readPreferences(viewer: Viewer, ctx: ServiceContext = {}) {
  return preferencesOf(await contextDb(ctx), viewer.id);
}

export async function updatePreferences(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}) {
  const prefs = parseInput(alertPreferencesSchema, input);
  if (!viewer) throw new ForbiddenError(PREFERENCE_TEXT.mustLogIn);
  await savePreferences(await contextDb(ctx), viewer.id, prefs);
  return prefs;
}

/** Applies a signed unsubscribe link (no login: the signature is the authority). Null: not a valid link. */
export async function unsubscribeWithToken(token: unknown, ctx: ServiceContext = {}): Promise<{ topic: UnsubscribeTopic } | null> {
  const claim = readUnsubscribeToken(token);
  if (!claim) return null;
  const db = await contextDb(ctx);
  const member = await db.user.findUnique({ where: { id: claim.userId }, select: { id: true } });
  if (!member) return null;
  await savePreferences(db, claim.userId, claim.topic === "watched" ? { watchedEmail: "never" } : { mentionEmail: "never" });
  return { topic: claim.topic };
}
