// Administrators change the forum's settings (limits, windows, thresholds);
// every change is logged with the old and new values.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { assertCan, canManageSettings, type Viewer } from "@/lib/permissions";
import { DEFAULT_SETTINGS, getSettings, settingsSchema } from "@/lib/settings";
import { parseInput } from "@/lib/validation/parse-input";
import { changedFromShown, SHOWN_FIELD, shownValuesSchema } from "@/lib/validation/shown-values";
import { logModAction } from "@/lib/mod-log/log-action";
import { t } from "@/lib/i18n/text";

// Form fields arrive as strings; every setting is a whole number. An empty or
// non-numeric field stays invalid (never silently 0).
const formSchema = z.preprocess(
  (input) =>
    Object.fromEntries(
      Object.keys(DEFAULT_SETTINGS).map((key) => {
        const raw = (input as Record<string, unknown>)?.[key];
        const text = typeof raw === "string" ? raw.trim() : raw;
        return [key, text === "" || text === undefined ? undefined : Number(text)];
      }),
    ),
  settingsSchema,
);

export async function updateForumSettings(viewer: Viewer | null, input: unknown) {
  // Only what this administrator changed from what their form showed (lib/validation/shown-values.ts).
  const values = changedFromShown(parseInput(formSchema, input), shownValuesSchema.parse((input as Record<string, unknown> | null)?.[SHOWN_FIELD]));
  assertCan(canManageSettings(viewer));
  const before = await getSettings();
  // Requiring two-step login of staff takes effect at once, for the
  // administrator too: they turn it on for themselves first, or they would
  // lose /mod in the middle of saving.
  if (values.requireStaffTwoFactor === 1 && before.requireStaffTwoFactor !== 1 && !viewer!.twoFactorEnabled) {
    const message = t("services.moderationTwoFactorYourselfFirst");
    throw new InvalidInputError(message, { requireStaffTwoFactor: message });
  }
  const changed = Object.entries(values).filter(([key, value]) => before[key as keyof typeof before] !== value);
  if (changed.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const [key, value] of changed) {
      await tx.setting.upsert({ where: { key }, create: { key, value: JSON.stringify(value) }, update: { value: JSON.stringify(value) } });
    }
    await logModAction(tx, {
      actorId: viewer!.id,
      action: "settings.update",
      targetType: "settings",
      targetId: 0,
      details: Object.fromEntries(changed.map(([key, value]) => [key, { from: before[key as keyof typeof before], to: value }])),
    });
  });
}
