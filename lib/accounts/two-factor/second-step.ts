// The second step of a login: an authenticator code or a recovery code, for
// the member a pending token names (pending-login.ts). Wrong codes are
// throttled per member and per address (lib/rate-limit.ts), reserved before
// the code is looked at so parallel guesses cannot slip under the limit. On
// success the pending token is spent and the caller issues the login ticket.
import { z } from "zod";
import type { Db } from "@/lib/db-client";
import { InvalidInputError, RateLimitedError } from "@/lib/errors";
import { reserveRateLimits, retryAfterMessage, rules, type Reservation } from "@/lib/rate-limit";
import { parseInput } from "@/lib/validation/parse-input";
import { finishPendingLogin, PENDING_EXPIRED, pendingMember } from "./pending-login";
import { unusedRecoveryCodes, useRecoveryCode } from "./recovery-codes";
import { useTotpCode } from "./totp";
import { t } from "@/lib/i18n/text";

export const secondStepSchema = z.object({
  pending: z.string({ error: PENDING_EXPIRED }).min(20, { error: PENDING_EXPIRED }).max(200, { error: PENDING_EXPIRED }),
  method: z.enum(["totp", "recovery"], { error: () => t("services.accountsChooseMethod") }),
  code: z.string({ error: () => t("services.accountsEnterCode") }).trim().min(1, { error: () => t("services.accountsEnterCode") }).max(40, { error: () => t("services.accountsCodeTooLong") }),
});

export type SecondStepCtx = { ip: string; now?: Date };
export type SecondStepResult = { userId: number; method: "totp" | "recovery" | "passkey"; recoveryCodesLeft?: number };

/** Takes a place under the second-step throttles; throws when the member or the address is over. */
export async function reserveSecondStepAttempt(db: Db, userId: number, ctx: SecondStepCtx): Promise<Extract<Reservation, { limited: false }>> {
  const now = ctx.now ?? new Date();
  const limits = rules();
  const reservation = await reserveRateLimits(db, [[limits.twoFactorMember, `u${userId}`], [limits.twoFactorIp, ctx.ip]], now);
  if (reservation.limited) {
    const seconds = Math.max(1, Math.ceil((reservation.retryAt.getTime() - now.getTime()) / 1000));
    throw new RateLimitedError(`${t("services.accountsCodeThrottled")} ${retryAfterMessage(reservation.retryAt, now)}`, seconds);
  }
  return reservation;
}

export async function completeSecondStep(db: Db, input: unknown, ctx: SecondStepCtx): Promise<SecondStepResult> {
  const now = ctx.now ?? new Date();
  const data = parseInput(secondStepSchema, input);
  const userId = await pendingMember(db, data.pending, now);
  if (!userId) throw new InvalidInputError(PENDING_EXPIRED(), { pending: PENDING_EXPIRED() });

  const reservation = await reserveSecondStepAttempt(db, userId, ctx);
  const ok = data.method === "totp" ? await useTotpCode(db, userId, data.code, now) : await useRecoveryCode(db, userId, data.code, now);
  if (!ok) {
    const message =
      data.method === "totp"
        ? t("services.accountsTotpWrong")
        : t("services.accountsRecoveryWrong");
    throw new InvalidInputError(message, { code: message });
  }
  await reservation.release();
  if (!(await finishPendingLogin(db, data.pending, now))) throw new InvalidInputError(PENDING_EXPIRED(), { pending: PENDING_EXPIRED() });
  return data.method === "recovery"
    ? { userId, method: "recovery", recoveryCodesLeft: await unusedRecoveryCodes(db, userId) }
    : { userId, method: "totp" };
}
