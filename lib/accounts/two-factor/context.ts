// What the two-step services need besides the viewer and the input: the
// database, the client's address (throttles), this browser's session (kept
// when the others are ended), the relying party for passkeys, and a clock.
import type { Db } from "@/lib/db-client";
import { ForbiddenError, InvalidInputError, RateLimitedError } from "@/lib/errors";
import { assertCan, canManageOwnAccount, type Viewer } from "@/lib/permissions";
import { confirmCurrentPassword } from "../authenticate-member";
import type { RelyingParty } from "./relying-party";
import { reserveSecondStepAttempt } from "./second-step";
import { useTotpCode } from "./totp";
import { retryAfterMessage } from "@/lib/rate-limit";
import { t } from "@/lib/i18n/text";

export type TwoFactorCtx = { db: Db; ip: string; sessionId?: string; rp?: RelyingParty; now?: Date };

export async function loadSelf(db: Db, viewer: Viewer | null) {
  assertCan(canManageOwnAccount(viewer), t("services.accountsSecurityLogIn"));
  const member = await db.user.findUnique({ where: { id: viewer!.id } });
  if (!member) throw new ForbiddenError(t("services.accountsAccountGone"));
  return member;
}

export const WRONG_PASSWORD = () => t("services.accountsWrongCurrentPassword");

/**
 * Re-authentication before a change that matters: the current password, or —
 * for a member who has none (signed up with Google/GitHub) — a current code
 * from the authenticator app. Both under the login / second-step throttles.
 */
export async function reauthenticate(
  member: { id: number; passwordHash: string | null },
  given: { currentPassword?: string; code?: string },
  ctx: TwoFactorCtx,
): Promise<void> {
  if (given.currentPassword) {
    if (!member.passwordHash) throw new InvalidInputError(t("services.accountsNoPasswordYet"), { currentPassword: t("services.accountsNoPasswordYet") });
    const result = await confirmCurrentPassword(ctx.db, member, given.currentPassword, { ip: ctx.ip, now: ctx.now });
    if (result.ok) return;
    if (result.reason === "throttled") {
      throw new RateLimitedError(`${t("services.accountsPasswordThrottled")} ${retryAfterMessage(result.retryAt)}`, 60);
    }
    throw new InvalidInputError(WRONG_PASSWORD(), { currentPassword: WRONG_PASSWORD() });
  }
  if (given.code) {
    const reservation = await reserveSecondStepAttempt(ctx.db, member.id, ctx);
    if (await useTotpCode(ctx.db, member.id, given.code, ctx.now)) return reservation.release();
    const message = t("services.accountsCodeWrongOrUsed");
    throw new InvalidInputError(message, { code: message });
  }
  const message = member.passwordHash ? t("services.accountsEnterCurrentPassword") : t("services.accountsEnterAppCode");
  throw new InvalidInputError(message, member.passwordHash ? { currentPassword: message } : { code: message });
}
