// WebAuthn challenges live in the database (not in memory or a cookie) so the
// instance that verifies an answer need not be the one that asked, and each is
// used once: the conditional update lets exactly one verification through.
import type { Db } from "@/lib/db-client";

export type ChallengePurpose = "register" | "login" | "second-step";
const CHALLENGE_TTL_MS = 5 * 60_000;

export async function storeChallenge(db: Db, purpose: ChallengePurpose, challenge: string, userId: number | null, now: Date = new Date()) {
  // Expired challenges go when new ones come: no sweeper needed.
  await db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lte: now } } });
  await db.webAuthnChallenge.create({ data: { purpose, challenge, userId, expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS) } });
}

/** The challenge the browser signed, read from its clientDataJSON (base64url JSON). */
export function challengeOf(clientDataJSON: string): string | null {
  try {
    const parsed = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof parsed.challenge === "string" && parsed.challenge.length <= 200 ? parsed.challenge : null;
  } catch {
    return null;
  }
}

/** Spends a challenge of this purpose (and member, when given); false when unknown, used or expired. */
export async function consumeChallenge(db: Db, purpose: ChallengePurpose, challenge: string, userId: number | null, now: Date = new Date()): Promise<boolean> {
  const { count } = await db.webAuthnChallenge.updateMany({
    where: { challenge, purpose, usedAt: null, expiresAt: { gt: now }, ...(userId === null ? {} : { userId }) },
    data: { usedAt: now },
  });
  return count === 1;
}
