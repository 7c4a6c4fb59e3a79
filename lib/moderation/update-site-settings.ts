// Administrators set the forum's name and description, who may register and
// the site notice; logged with the old and new values.
import "server-only";
import { db } from "@/lib/db";
import { assertCan, canManageSettings, type Viewer } from "@/lib/permissions";
import { getSiteSettings, writeSiteSettings } from "@/lib/site/site-settings";
import { parseInput } from "@/lib/validation/parse-input";
import { siteSettingsFormSchema } from "@/lib/validation/site-settings";
import { changedFromShown } from "@/lib/validation/shown-values";
import { logModAction } from "@/lib/mod-log/log-action";

export async function updateSiteSettings(viewer: Viewer | null, input: unknown): Promise<{ changed: string[] }> {
  assertCan(canManageSettings(viewer));
  const { shown, ...submitted } = parseInput(siteSettingsFormSchema, input);
  // Only what this administrator changed from what their form showed.
  const values = changedFromShown(submitted, shown);
  const before = await getSiteSettings();
  const changed = await db.$transaction(async (tx) => {
    const changes = await writeSiteSettings(tx, before, values);
    if (Object.keys(changes).length > 0) {
      await logModAction(tx, { actorId: viewer!.id, action: "settings.update", targetType: "settings", targetId: 0, details: changes });
    }
    return Object.keys(changes);
  });
  return { changed };
}
