// Recovery codes: ten one-time codes shown once when two-step login is turned
// on (or regenerated), for when the phone is lost. Only a SHA-256 of each is
// stored — a code is 50 random bits, too many to brute-force through the
// throttled second step, and a leaked database yields none. A new set
// replaces the old one entirely.
import crypto from "node:crypto";
import type { Db } from "@/lib/db-client";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i

function hashCode(code: string): string {
  return crypto.createHash("sha256").update(`recovery:${code}`, "utf8").digest("hex");
}

/** "abcde-fghij": what the member types, however they type it. */
export function normaliseRecoveryCode(raw: string): string {
  const compact = raw.toLowerCase().replace(/[^a-z0-9]/g, "");
  return compact.length === 10 ? `${compact.slice(0, 5)}-${compact.slice(5)}` : compact;
}

function newCode(): string {
  let out = "";
  for (const byte of crypto.randomBytes(10)) out += ALPHABET[byte % ALPHABET.length];
  return `${out.slice(0, 5)}-${out.slice(5)}`;
}

/** A fresh set: the old codes stop working. Returns the codes, to be shown once. */
export async function replaceRecoveryCodes(db: Db, userId: number): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  await db.$transaction([
    db.recoveryCode.deleteMany({ where: { userId } }),
    db.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashCode(code) })) }),
  ]);
  return codes;
}

/** Spends one code of this member's; false when unknown, another member's, or already used. */
export async function useRecoveryCode(db: Db, userId: number, raw: string, now: Date = new Date()): Promise<boolean> {
  const code = normaliseRecoveryCode(raw);
  if (!/^[a-z0-9]{5}-[a-z0-9]{5}$/.test(code)) return false;
  const { count } = await db.recoveryCode.updateMany({ where: { userId, codeHash: hashCode(code), usedAt: null }, data: { usedAt: now } });
  return count === 1;
}

export function unusedRecoveryCodes(db: Db, userId: number): Promise<number> {
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
