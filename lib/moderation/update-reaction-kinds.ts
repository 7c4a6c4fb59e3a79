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
import { InvalidInputError } from "@/lib/errors";
import { t } from "@/lib/i18n/text";

export async function updateReactionKinds(viewer: Viewer | null, input: unknown): Promise<{ off: string[] }> {
  assertCan(canManageSettings(viewer));
  const { on, shown } = parseInput(reactionKindsOnSchema, input);
  const before = await getSiteSettings();
  // A kind whose box was left as the form showed it keeps its current state
  // (another administrator may have switched it since): lib/validation/shown-values.ts.
  const shownOn = Array.isArray(shown.on) ? shown.on : null;
  const off = REACTION_KIND_NAMES.filter((k) => (shownOn && shownOn.includes(k) === on.includes(k) ? before.reactionKindsOff.includes(k) : !on.includes(k)));
  // Merged with another administrator's change, one kind must still be left on.
  if (off.length === REACTION_KIND_NAMES.length) throw new InvalidInputError(t("validation.reactionKeepOne"), { on: t("validation.reactionKeepOne") });
  await db.$transaction(async (tx) => {
    const changed = await writeSiteSettings(tx, before, { reactionKindsOff: off });
    if (Object.keys(changed).length === 0) return;
    await logModAction(tx, { actorId: viewer!.id, action: "settings.update", targetType: "settings", targetId: 0, details: changed });
  });
  return { off };
}
