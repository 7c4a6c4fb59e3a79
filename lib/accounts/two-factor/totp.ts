// Authenticator-app codes (TOTP, RFC 6238: SHA-1, 6 digits, 30 s — what every
// app understands). A code is accepted for the current time step and one step
// either side (clock drift), and only once: the last accepted step is stored
// and a code for it or an earlier step is refused, so a code seen over a
// shoulder or replayed from a log is worthless.
import * as OTPAuth from "otpauth";
import type { Db } from "@/lib/db-client";
import { openSecret } from "./secret-box";

export const TOTP_PERIOD = 30;
export const TOTP_ISSUER = "Bàn Luận";

export function newTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label = "") {
  return new OTPAuth.TOTP({ issuer: TOTP_ISSUER, label, algorithm: "SHA1", digits: 6, period: TOTP_PERIOD, secret: OTPAuth.Secret.fromBase32(secret) });
}

/** The otpauth:// address the QR code holds. */
export function totpUri(secret: string, accountName: string): string {
  return totpFor(secret, accountName).toString();
}

/** Digits only: apps show "123 456", people type spaces. */
export function normaliseCode(raw: string): string {
  return raw.replace(/[\s-]/g, "");
}

/** The time step a code matches (current ±1), or null. */
export function matchingStep(secret: string, code: string, now: Date): number | null {
  const token = normaliseCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD) + delta;
}

/**
 * Checks a code against the member's confirmed authenticator and spends its
 * time step. The conditional update makes two simultaneous uses of one code
 * impossible: only one of them moves lastUsedStep forward.
 */
export async function useTotpCode(db: Db, userId: number, code: string, now: Date = new Date()): Promise<boolean> {
  const row = await db.totpSecret.findUnique({ where: { userId } });
  if (!row?.confirmedAt) return false;
  const secret = openSecret(row.secretSealed);
  if (!secret) return false;
  const step = matchingStep(secret, code, now);
  if (step === null) return false;
  const { count } = await db.totpSecret.updateMany({
    where: { userId, OR: [{ lastUsedStep: null }, { lastUsedStep: { lt: step } }] },
    data: { lastUsedStep: step },
  });
  return count === 1;
}
