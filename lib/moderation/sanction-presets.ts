// Suspending with one of XenForo's preset lengths (1, 3, 7, 30 days) or for
// good (a ban), from a member's profile or a post's moderation menu. The
// length becomes an end date here; sanctionMember() does the rest (the
// authority, the log, the member's notice).
import "server-only";
import { parseInput } from "@/lib/validation/parse-input";
import { SANCTION_PRESETS, sanctionPresetSchema } from "@/lib/validation/moderation";
import type { Viewer } from "@/lib/permissions";
import { sanctionMember } from "./sanctions";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function sanctionWithPreset(viewer: Viewer | null, input: unknown, now: Date = new Date()) {
  const { userId, reason, duration } = parseInput(sanctionPresetSchema, input);
  const preset = SANCTION_PRESETS.find((p) => p.value === duration)!;
  const result = await sanctionMember(
    viewer,
    preset.days === null ? { kind: "ban", userId, reason } : { kind: "suspend", userId, reason, endsAt: new Date(now.getTime() + preset.days * DAY_MS) },
  );
  return { ...result, kind: preset.days === null ? ("ban" as const) : ("suspend" as const) };
}
