// Forum settings (limits, windows, thresholds). Defaults live here; an
// administrator's overrides are rows of the Setting table (key → JSON value),
// validated on read so a bad row can never break posting.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { HOLD_DEFAULTS } from "@/lib/spam/registration-hold";

export const settingsSchema = z.object({
  /** Members may edit their own reply for this long. */
  editWindowMinutes: z.number().int().min(0).max(7 * 24 * 60),
  /** At most one reply per this many seconds per member… */
  replyIntervalSeconds: z.number().int().min(0).max(3600),
  /** …and per this many for members who registered less than newMemberHours ago. */
  newMemberReplyIntervalSeconds: z.number().int().min(0).max(3600),
  newMemberHours: z.number().int().min(0).max(24 * 30),
  maxReplyLength: z.number().int().min(100).max(100_000),
  /** The same text twice from one member within this window is refused. */
  duplicateWindowMinutes: z.number().int().min(0).max(24 * 60),
  /** Reports from this many distinct members hide a post pending review. */
  autoHideReportCount: z.number().int().min(1).max(100),
  /** A new member's first N replies wait for approval (0: none). */
  approveFirstReplies: z.number().int().min(0).max(100),
  /** 1: moderators and administrators must turn on two-step login before using /mod. */
  requireStaffTwoFactor: z.number().int().min(0).max(1),
  // Spam defence (lib/spam): a new member's first N posts carry no links;
  // members younger than this many hours pass the challenge to post (0: off);
  // registrations from an address that made K accounts in H hours are held.
  linkFreePosts: z.number().int().min(0).max(100),
  postChallengeHours: z.number().int().min(0).max(24 * 30),
  holdRegistrationsAfter: z.number().int().min(0).max(1000),
  holdRegistrationsHours: z.number().int().min(1).max(24 * 30),
  // Conversations (lib/conversations): a member starts or invites only once
  // this many hours old with this many visible posts, and reaches at most
  // this many new recipients per hour (staff exempt).
  conversationMinHours: z.number().int().min(0).max(24 * 30),
  conversationMinPosts: z.number().int().min(0).max(1000),
  conversationRecipientsPerHour: z.number().int().min(1).max(1000),
  // Pictures (lib/uploads): per post, per file, per member and day, and a
  // new member's first N posts without pictures (0: off).
  maxImagesPerPost: z.number().int().min(0).max(50),
  maxImageMegabytes: z.number().int().min(1).max(50),
  dailyImageQuota: z.number().int().min(0).max(10_000),
  imageFreePosts: z.number().int().min(0).max(100),
});

export type ForumSettingsValues = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: ForumSettingsValues = {
  editWindowMinutes: 30,
  replyIntervalSeconds: 10,
  newMemberReplyIntervalSeconds: 30,
  newMemberHours: 24,
  maxReplyLength: 20_000,
  duplicateWindowMinutes: 5,
  autoHideReportCount: 3,
  approveFirstReplies: 0,
  requireStaffTwoFactor: 0,
  linkFreePosts: 3,
  postChallengeHours: 0,
  holdRegistrationsAfter: HOLD_DEFAULTS.after,
  holdRegistrationsHours: HOLD_DEFAULTS.hours,
  conversationMinHours: 24,
  conversationMinPosts: 0,
  conversationRecipientsPerHour: 10,
  maxImagesPerPost: 10,
  maxImageMegabytes: 10,
  dailyImageQuota: 50,
  imageFreePosts: 0,
};

export async function getSettings(): Promise<ForumSettingsValues> {
  const rows = await db.setting.findMany();
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (!(row.key in DEFAULT_SETTINGS)) continue;
    try {
      merged[row.key] = JSON.parse(row.value);
    } catch {
      // A malformed override falls back to the default below.
    }
  }
  const parsed = settingsSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  // Keep every valid override, fall back per key for the invalid ones.
  const result = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof ForumSettingsValues)[]) {
    const one = settingsSchema.shape[key].safeParse(merged[key]);
    if (one.success) result[key] = one.data;
  }
  return result;
}
