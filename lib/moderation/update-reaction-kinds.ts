// Administrators choose which of the six reaction kinds members are offered
// (the form sends the kinds left on). Reactions already given stay and are
// still counted; logged with the old and new lists.
import "server-only";
import { db } from "@/lib/db";
import { REACTION_KIND_NAMES } from "@/lib/forum/reaction-kinds";
import { assertCan, canManageSettings, type Viewer } from "@/lib/permissions";
import { getSiteSettings, writeSiteSettings } from "@/lib/site/site-settings";
import { parseInput } from "@/lib/validation/parse-input";
import { reactionKindsOnSchema } from "@/lib/validation/reaction";
import { logModAction } from "@/lib/mod-log/log-action";

export async function updateReactionKinds(viewer: Viewer | null, input: unknown): Promise<{ off: string[] }> {
  assertCan(canManageSettings(viewer));
  const { on } = parseInput(reactionKindsOnSchema, input);
  const off = REACTION_KIND_NAMES.filter((k) => !on.includes(k));
  const before = await getSiteSettings();
  await db.$transaction(async (tx) => {
    const changed = await writeSiteSettings(tx, before, { reactionKindsOff: off });
    if (Object.keys(changed).length === 0) return;
    await logModAction(tx, { actorId: viewer!.id, action: "settings.update", targetType: "settings", targetId: 0, details: changed });
  });
  return { off };
}
