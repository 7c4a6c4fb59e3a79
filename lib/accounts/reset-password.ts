// Setting a new password from a reset link. Every session of the member ends
// (the session version moves on), including the one of whoever stole the old
// password, and the login throttle for the account is lifted.
import type { Db } from "@/lib/db-client";
import { hashPassword } from "./password";
import { consumeToken, peekToken, revokeTokens, TOKEN_PROBLEM_MESSAGES } from "./tokens";
import { InvalidInputError } from "@/lib/errors";
import type { Viewer } from "@/lib/permissions";
import { contextDb, type ServiceContext } from "@/lib/service-context";
import { resetPasswordSchema } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse-input";
import { t } from "@/lib/i18n/text";

/** The reset form, in the house contract. */
export async function chooseNewPassword(_viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ userId: number }> {
  const fields = parseInput(resetPasswordSchema, input, t("services.accountsFixBelow"));
  const result = await resetPassword(await contextDb(ctx), fields, ctx.now);
  if (!result.ok) throw new InvalidInputError(result.message);
  return { userId: result.userId };
}

export async function checkResetToken(db: Db, raw: string, now: Date = new Date()): Promise<{ ok: true } | { ok: false; message: string }> {
  const peek = await peekToken(db, "reset-password", raw, now);
  return peek.ok ? { ok: true } : { ok: false, message: TOKEN_PROBLEM_MESSAGES[peek.problem] };
}

export async function resetPassword(
  db: Db,
  input: { token: string; password: string },
  now: Date = new Date(),
): Promise<{ ok: true; userId: number } | { ok: false; message: string }> {
  const passwordHash = await hashPassword(input.password);
  const used = await consumeToken(db, "reset-password", input.token, now);
  if (!used.ok) return { ok: false, message: TOKEN_PROBLEM_MESSAGES[used.problem] };
  const { token } = used;
  const member = token.userId ? await db.user.findUnique({ where: { id: token.userId } }) : null;
  if (!member) return { ok: false, message: TOKEN_PROBLEM_MESSAGES.invalid };

  await db.$transaction([
    db.user.update({
      where: { id: member.id },
      data: {
        passwordHash,
        sessionVersion: { increment: 1 },
        // Reading the link proves the member controls the address.
        ...(member.email === token.email && !member.emailVerifiedAt ? { emailVerifiedAt: now } : {}),
      },
    }),
    db.rateLimitHit.deleteMany({ where: { bucket: { startsWith: `login-account-ip:u${member.id}|` } } }),
    db.rateLimitHit.deleteMany({ where: { bucket: `login-account:u${member.id}` } }),
  ]);
  await revokeTokens(db, "reset-password", member.id, now);
  return { ok: true, userId: member.id };
}
