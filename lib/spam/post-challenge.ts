// The challenge on posting (setting postChallengeHours, 0 = off): members
// younger than that many hours pass the same challenge as registration
// (lib/spam/form-challenge.ts) to post a reply or open a thread. Staff never.
// Checked after every other posting rule, right before the write, so a post
// refused for another reason does not spend the challenge.
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { isStaff, type Viewer } from "@/lib/permissions";
import type { ForumSettingsValues } from "@/lib/settings";
import { screenForm, type ScreenedFields } from "./screen-form";

export function needsPostChallenge(viewer: Viewer, settings: Pick<ForumSettingsValues, "postChallengeHours">, now: Date = new Date()): boolean {
  if (settings.postChallengeHours <= 0 || isStaff(viewer)) return false;
  return now.getTime() - viewer.createdAt.getTime() < settings.postChallengeHours * 3_600_000;
}

export async function enforcePostChallenge(
  viewer: Viewer,
  settings: Pick<ForumSettingsValues, "postChallengeHours">,
  meta: { challenge?: ScreenedFields; ip?: string },
  now: Date,
): Promise<void> {
  if (!needsPostChallenge(viewer, settings, now)) return;
  const screen = await screenForm(db, meta.challenge ?? {}, "post", { ip: meta.ip ?? "unknown", now });
  if (!screen.ok) throw new InvalidInputError(screen.message);
}
