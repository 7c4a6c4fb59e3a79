// Checks an email-or-username and password, under the login throttles.
// The answer for "no such account" and "wrong password" is the same, takes the
// same time, and counts against the same limits, so the form reveals nothing
// about which accounts exist.
import type { Db } from "@/lib/db-client";
import { clearRateLimit, reserveRateLimits, rules } from "@/lib/rate-limit";
import type { LoginInput } from "@/lib/validation/account";
import { findMemberByIdentifier } from "./find-member";
import { verifyPassword } from "./password";
import { activeSanction, type Sanction } from "./sanctions";

export type AuthenticateResult =
  | { ok: true; userId: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAt: Date }
  | { ok: false; reason: "sanctioned"; sanction: Sanction }
  | { ok: false; reason: "held"; memberId: number };

/** The key an account's failures are counted under; unknown names get one too. */
function accountKey(member: { id: number } | null, identifier: string): string {
  return member ? `u${member.id}` : `x${identifier.trim().toLowerCase()}`;
}

export async function authenticateMember(db: Db, input: LoginInput, ctx: { ip: string; now?: Date }): Promise<AuthenticateResult> {
  const now = ctx.now ?? new Date();
  const limits = rules();
  const member = await findMemberByIdentifier(db, input.identifier);
  const account = accountKey(member, input.identifier);
  const buckets: Array<[typeof limits.loginIp, string]> = [
    [limits.loginAccountIp, `${account}|${ctx.ip}`],
    [limits.loginIp, ctx.ip],
    [limits.loginAccount, account],
  ];

  // Every guess takes its place as a failure before the password is looked
  // at (atomic: parallel guesses cannot all slip under the limit); a
  // throttled guess costs nothing and proves nothing.
  const reservation = await reserveRateLimits(db, buckets, now);
  if (reservation.limited) return { ok: false, reason: "throttled", retryAt: reservation.retryAt };

  const passwordOk = await verifyPassword(member?.passwordHash, input.password);
  if (!member || !passwordOk) return { ok: false, reason: "invalid" };
  await reservation.release();
  await clearRateLimit(db, limits.loginAccountIp, `${account}|${ctx.ip}`);

  // Told only after the right password, so a ban is not public knowledge.
  const sanction = activeSanction(member, now);
  if (sanction) return { ok: false, reason: "sanctioned", sanction };
  // A registration held for approval (lib/spam/registration-hold.ts) waits for a moderator.
  if (member.heldAt) return { ok: false, reason: "held", memberId: member.id };
  return { ok: true, userId: member.id };
}

/** Checks a logged-in member's current password (before a password or email change), under the same throttles. */
export async function confirmCurrentPassword(
  db: Db,
  member: { id: number; passwordHash: string | null },
  password: string,
  ctx: { ip: string; now?: Date },
): Promise<AuthenticateResult> {
  const now = ctx.now ?? new Date();
  const limits = rules();
  const account = accountKey(member, "");
  const buckets: Array<[typeof limits.loginIp, string]> = [
    [limits.loginAccountIp, `${account}|${ctx.ip}`],
    [limits.loginAccount, account],
  ];
  const reservation = await reserveRateLimits(db, buckets, now);
  if (reservation.limited) return { ok: false, reason: "throttled", retryAt: reservation.retryAt };
  if (!(await verifyPassword(member.passwordHash, password))) return { ok: false, reason: "invalid" };
  await reservation.release();
  return { ok: true, userId: member.id };
}
