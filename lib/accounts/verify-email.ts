// Following a verification link: marks the account's email as verified, or —
// for an email change — switches the account to the new, now proven, address.
import type { Db } from "@/lib/db-client";
import { emailTaken } from "./find-member";
import { consumeToken, type TokenProblem } from "./tokens";

export type VerifyResult = { ok: true; changed: boolean; email: string; callbackPath: string | null; userId: number } | { ok: false; problem: TokenProblem | "taken" };

export async function verifyEmail(db: Db, rawToken: string, now: Date = new Date()): Promise<VerifyResult> {
  const used = await consumeToken(db, "verify-email", rawToken, now);
  if (!used.ok) return { ok: false, problem: used.problem };
  const { token } = used;
  const member = token.userId ? await db.user.findUnique({ where: { id: token.userId } }) : null;
  if (!member || !token.email) return { ok: false, problem: "invalid" };

  if (member.email === token.email) {
    if (!member.emailVerifiedAt) await db.user.update({ where: { id: member.id }, data: { emailVerifiedAt: now } });
    return { ok: true, changed: false, email: token.email, callbackPath: token.callbackPath ?? null, userId: member.id };
  }
  // An email change: someone may have taken the address since it was requested.
  if (await emailTaken(db, token.email, member.id)) return { ok: false, problem: "taken" };
  await db.user.update({ where: { id: member.id }, data: { email: token.email, emailVerifiedAt: now } });
  return { ok: true, changed: true, email: token.email, callbackPath: null, userId: member.id };
}
