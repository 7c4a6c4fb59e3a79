// The members an alert may go to, read in batches at delivery: each as the
// Viewer lib/permissions.ts judges (so a member who is shown nothing of a
// thread is told nothing of it), plus what e-mail needs.
import type { Db } from "@/lib/db-client";
import { ROLES, type Role, type Viewer } from "@/lib/permissions";

export type Recipient = {
  viewer: Viewer;
  email: string | null;
  /** May be sent mail: an address, verified, not banned, suspended, held or deleted. */
  mailable: boolean;
  /** The account is gone or held: no alert at all. */
  inactive: boolean;
  /** The language they chose (User.locale): their alerts and e-mails are written in it; null = Vietnamese. */
  locale: string | null;
};

const BATCH = 500;

export async function loadRecipients(db: Db, userIds: readonly number[], now: Date = new Date()): Promise<Map<number, Recipient>> {
  const out = new Map<number, Recipient>();
  for (let i = 0; i < userIds.length; i += BATCH) {
    const rows = await db.user.findMany({
      where: { id: { in: userIds.slice(i, i + BATCH) } },
      select: {
        id: true, username: true, displayName: true, role: true, email: true, emailVerifiedAt: true,
        suspendedUntil: true, bannedAt: true, sanctionReason: true, createdAt: true, heldAt: true, deletedAt: true, locale: true,
      },
    });
    for (const u of rows) {
      const role: Role = (ROLES as readonly string[]).includes(u.role) ? (u.role as Role) : "member";
      const viewer: Viewer = {
        id: u.id, username: u.username, displayName: u.displayName, role, emailVerified: u.emailVerifiedAt !== null,
        suspendedUntil: u.suspendedUntil, bannedAt: u.bannedAt, sanctionReason: u.sanctionReason, createdAt: u.createdAt,
      };
      const inactive = !!u.deletedAt || !!u.heldAt;
      const sanctioned = !!u.bannedAt || (!!u.suspendedUntil && u.suspendedUntil.getTime() > now.getTime());
      out.set(u.id, { viewer, email: u.email, inactive, locale: u.locale, mailable: !inactive && !sanctioned && !!u.email && u.emailVerifiedAt !== null });
    }
  }
  return out;
}
