// Registrations from a network that just registered several accounts are
// held: the account exists (the name is taken, the verification mail goes
// out) but it cannot log in, nor therefore post, until a moderator approves
// it from the queue (/mod/queue). Addresses are compared by their salted
// hash (lib/ip-hash.ts), never stored in clear.
import type { Db } from "@/lib/db-client";
import { t } from "@/lib/i18n/text";

export type HoldRule = {
  /** Hold when this many accounts already came from the address (0: never hold). */
  after: number;
  /** …within this many hours. */
  hours: number;
};

/** The defaults of the settings holdRegistrationsAfter / holdRegistrationsHours (lib/settings.ts). */
export const HOLD_DEFAULTS: HoldRule = { after: 3, hours: 24 };

/** What a member held by this rule is told at login (lib/accounts/held-message.ts). */
export function heldByAddressMessage(): string {
  return t("services.accountsHeldByAddress");
}

/** How many accounts came from this address within the window (0 when unknown or off). */
export async function recentRegistrations(db: Db, ipHash: string | null, rule: HoldRule, now: Date): Promise<number> {
  if (!ipHash || rule.after <= 0) return 0;
  return db.user.count({
    where: { registrationIpHash: ipHash, createdAt: { gte: new Date(now.getTime() - rule.hours * 3_600_000) } },
  });
}

export function isHeld(member: { heldAt: Date | null }): boolean {
  return member.heldAt !== null;
}
