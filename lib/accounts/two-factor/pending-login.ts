// The state between a right password and the second step. The login form
// does not issue the login ticket to a member with two-step login on; it
// issues this instead: a single-use token (only its SHA-256 is stored, in
// AuthToken), valid five minutes, bound to the member. The browser carries it
// in an httpOnly cookie (or, after Google/GitHub, in the second step's URL)
// and sends it back with the code. It proves the password only: alone it opens
// nothing, and it is spent when the second step succeeds.
import type { Db } from "@/lib/db-client";
import { consumeToken, issueToken, peekToken } from "../tokens";
import { t } from "@/lib/i18n/text";

export const PENDING_COOKIE = "banluan-2fa";
export const PENDING_TTL_SECONDS = 5 * 60;

export const PENDING_EXPIRED = () => t("services.accountsPendingExpired");

export async function startPendingLogin(db: Db, userId: number, now: Date = new Date()): Promise<string> {
  return issueToken(db, "two-factor-pending", { userId }, now);
}

/** The member a still-usable pending token belongs to, or null. */
export async function pendingMember(db: Db, raw: string, now: Date = new Date()): Promise<number | null> {
  const peek = await peekToken(db, "two-factor-pending", raw, now);
  return peek.ok && peek.token.userId ? peek.token.userId : null;
}

/** Spends the token; false if it was spent meanwhile (two tabs) or expired. */
export async function finishPendingLogin(db: Db, raw: string, now: Date = new Date()): Promise<boolean> {
  return (await consumeToken(db, "two-factor-pending", raw, now)).ok;
}
