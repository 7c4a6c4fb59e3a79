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
import { changedFromShown } from "@/lib/validation/shown-values";
import { logModAction } from "@/lib/mod-log/log-action";
import { InvalidInputError } from "@/lib/errors";
import { t } from "@/lib/i18n/text";

export async function updateReactionKinds(viewer: Viewer | null, input: unknown): Promise<{ off: string[] }> {
  assertCan(canManageSettings(viewer));
  const { on, shown } = parseInput(reactionKindsOnSchema, input);
  const before = await getSiteSettings();
  // One box per kind, ticked or not: a box left as the form showed it keeps the
  // kind's current state (another administrator may have switched it since).
  const changed = changedFromShown(Object.fromEntries(REACTION_KIND_NAMES.map((k) => [k, on.includes(k)])), shown);
  const off = REACTION_KIND_NAMES.filter((k) => (Object.hasOwn(changed, k) ? !changed[k] : before.reactionKindsOff.includes(k)));
  // Merged with another administrator's change, one kind must still be left on.
  if (off.length === REACTION_KIND_NAMES.length) throw new InvalidInputError(t("validation.reactionKeepOne"), { on: t("validation.reactionKeepOne") });
  await db.$transaction(async (tx) => {
    const changed = await writeSiteSettings(tx, before, { reactionKindsOff: off });
    if (Object.keys(changed).length === 0) return;
    await logModAction(tx, { actorId: viewer!.id, action: "settings.update", targetType: "settings", targetId: 0, details: changed });
  });
  return { off };
}
