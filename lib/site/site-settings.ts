// Site settings that are not numbers (the numeric limits are lib/settings.ts):
// the forum's name and description, who may register, the site notice shown
// above every page, which reaction kinds are switched off. Stored as rows of the Setting table
// (key → JSON), validated on read so a bad row falls back to the default.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { REACTION_KIND_NAMES } from "@/lib/forum/reaction-kinds";

export const REGISTRATION_MODES = ["open", "approval", "closed"] as const;
export type RegistrationMode = (typeof REGISTRATION_MODES)[number];

export const siteSettingsSchema = z.object({
  /** Shown in page titles, the footer and feeds' names. */
  forumName: z.string().min(2).max(60),
  forumDescription: z.string().max(300),
  /** open: anyone registers; approval: new accounts wait for a moderator; closed: no new accounts. */
  registrationMode: z.enum(REGISTRATION_MODES),
  /** Shown above every page (empty: none); members may close it. */
  siteNotice: z.string().max(1000),
  /** Reaction kinds members may no longer choose (reactions already given stay). */
  reactionKindsOff: z.array(z.enum(REACTION_KIND_NAMES)),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const DEFAULT_SITE_SETTINGS: SiteSettings = {
  forumName: "Bàn Luận",
  forumDescription: "Bàn Luận — diễn đàn thảo luận công nghệ bằng tiếng Việt.",
  registrationMode: "open",
  siteNotice: "",
  reactionKindsOff: [],
};

const KEYS = Object.keys(DEFAULT_SITE_SETTINGS) as (keyof SiteSettings)[];

export async function getSiteSettings(): Promise<SiteSettings> {
  const rows = await db.setting.findMany({ where: { key: { in: KEYS } } });
  const result: Record<string, unknown> = { ...DEFAULT_SITE_SETTINGS };
  for (const row of rows) {
    const key = row.key as keyof SiteSettings;
    try {
      const one = siteSettingsSchema.shape[key].safeParse(JSON.parse(row.value));
      if (one.success) result[key] = one.data;
    } catch {
      // A malformed row keeps the default.
    }
  }
  return result as SiteSettings;
}

/** Writes the given keys that changed (inside the caller's transaction); returns them, from → to. */
export async function writeSiteSettings(
  tx: Prisma.TransactionClient,
  before: SiteSettings,
  values: Partial<SiteSettings>,
): Promise<Record<string, { from: unknown; to: unknown }>> {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(values) as (keyof SiteSettings)[]) {
    const value = values[key];
    if (JSON.stringify(before[key]) === JSON.stringify(value)) continue;
    const json = JSON.stringify(value);
    await tx.setting.upsert({ where: { key }, create: { key, value: json }, update: { value: json } });
    changed[key] = { from: before[key], to: value };
  }
  return changed;
}
