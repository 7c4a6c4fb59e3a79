// Whether a member has two-step login on. It is on when an authenticator app
// is confirmed: then every password (or Google/GitHub) login asks for a second
// step. Passkeys alone do not turn it on — a passkey is a login by itself
// (possession plus the device's own PIN or biometric), and on the second step
// it is an alternative to the code.
import type { Db } from "@/lib/db-client";

export async function hasTwoFactor(db: Db, userId: number): Promise<boolean> {
  const row = await db.totpSecret.findUnique({ where: { userId }, select: { confirmedAt: true } });
  return !!row?.confirmedAt;
}

export type TwoFactorStatus = {
  totpEnabled: boolean;
  /** An authenticator being set up (secret made, not yet confirmed with a code). */
  totpPending: boolean;
  recoveryCodesLeft: number;
  passkeys: { id: number; name: string; createdAt: Date; lastUsedAt: Date | null }[];
};

export async function twoFactorStatus(db: Db, userId: number): Promise<TwoFactorStatus> {
  const [totp, recoveryCodesLeft, passkeys] = await Promise.all([
    db.totpSecret.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
    db.passkey.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { id: true, name: true, createdAt: true, lastUsedAt: true } }),
  ]);
  return { totpEnabled: !!totp?.confirmedAt, totpPending: !!totp && !totp.confirmedAt, recoveryCodesLeft, passkeys };
}

/** Ends the member's other sessions (this browser's stays): after any change to two-step login. */
export async function endOtherSessions(db: Db, userId: number, keepSessionId: string | undefined): Promise<number> {
  const { count } = await db.session.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
  return count;
}

/** An account-security event, in the server log (who, what, from where). */
export function logSecurityEvent(userId: number, event: string, detail: Record<string, unknown> = {}): void {
  console.info(`[bảo mật] thành viên ${userId}: ${event}`, JSON.stringify(detail));
}
