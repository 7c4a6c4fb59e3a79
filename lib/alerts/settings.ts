// A member's alert and e-mail preferences (model AlertSettings); a member
// without a row has the defaults.
import type { Db } from "@/lib/db-client";

export type WatchedEmail = "immediate" | "daily" | "weekly" | "never";
export type MentionEmail = "immediate" | "never";
// followAlerts is on by default: following a member is itself the choice to
// hear from them (as XenForo does); the setting turns it off for all at once.
export type AlertPreferences = { autoWatch: boolean; watchedEmail: WatchedEmail; mentionEmail: MentionEmail; push: boolean; followAlerts: boolean };

export const WATCHED_EMAIL_MODES: readonly WatchedEmail[] = ["immediate", "daily", "weekly", "never"];
export const MENTION_EMAIL_MODES: readonly MentionEmail[] = ["immediate", "never"];
export const DEFAULT_PREFERENCES: AlertPreferences = { autoWatch: true, watchedEmail: "immediate", mentionEmail: "immediate", push: false, followAlerts: true };

function normalise(row: { autoWatch: boolean; watchedEmail: string; mentionEmail: string; push: boolean; followAlerts: boolean } | null): AlertPreferences {
  if (!row) return { ...DEFAULT_PREFERENCES };
  return {
    autoWatch: row.autoWatch,
    watchedEmail: (WATCHED_EMAIL_MODES as readonly string[]).includes(row.watchedEmail) ? (row.watchedEmail as WatchedEmail) : "immediate",
    mentionEmail: row.mentionEmail === "never" ? "never" : "immediate",
    push: row.push,
    followAlerts: row.followAlerts,
  };
}

export async function preferencesOf(db: Db, userId: number): Promise<AlertPreferences> {
  // findFirst: not batched with other requests' lookups, so its plan is kept (lib/db/plan-cache.ts).
  return normalise(await db.alertSettings.findFirst({ where: { userId } }));
}

/** Preferences of many members at once (fan-out): absent ones get the defaults. */
export async function preferencesOfMany(db: Db, userIds: readonly number[]): Promise<Map<number, AlertPreferences>> {
  const out = new Map<number, AlertPreferences>();
  for (let i = 0; i < userIds.length; i += 500) {
    const rows = await db.alertSettings.findMany({ where: { userId: { in: userIds.slice(i, i + 500) } } });
    for (const row of rows) out.set(row.userId, normalise(row));
  }
  for (const id of userIds) if (!out.has(id)) out.set(id, { ...DEFAULT_PREFERENCES });
  return out;
}

export async function savePreferences(db: Db, userId: number, prefs: Partial<AlertPreferences>): Promise<void> {
  await db.alertSettings.upsert({ where: { userId }, create: { userId, ...DEFAULT_PREFERENCES, ...prefs }, update: prefs });
}
