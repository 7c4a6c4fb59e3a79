// The one set of viewers every permissions test uses: one of each kind, at a
// fixed "now". Abilities that read the clock themselves (isStaff, and so
// canSearchHidden) get sanctions relative to the real clock: fromNow().
import type { Viewer } from "@/lib/permissions";

export const NOW = new Date("2026-01-01T12:00:00Z");

export function viewer(id: number, patch: Partial<Viewer> = {}): Viewer {
  return {
    id,
    username: `u${id}`,
    displayName: `U ${id}`,
    role: "member",
    emailVerified: true,
    suspendedUntil: null,
    bannedAt: null,
    sanctionReason: null,
    createdAt: new Date("2025-01-01"),
    ...patch,
  };
}

export const VIEWERS: Record<string, Viewer | null> = {
  guest: null,
  unverified: viewer(2, { emailVerified: false }),
  member: viewer(3),
  suspended: viewer(4, { suspendedUntil: new Date("2026-02-01") }),
  banned: viewer(5, { bannedAt: new Date("2025-12-01") }),
  moderator: viewer(6, { role: "moderator" }),
  admin: viewer(7, { role: "admin" }),
};

/** An instant `hours` from the real clock's now (negative: in the past). */
export const fromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000);
