// Forms of the alerts feature (watching, alert and e-mail settings), with Vietnamese messages.
import { z } from "zod";
import { idSchema } from "./reply";
import { t } from "@/lib/i18n/text";

const flag = z.enum(["0", "1"], { error: () => t("validation.alertsRequestInvalid") });

export const watchThreadSchema = z.object({ threadId: idSchema, watch: flag });
export const watchCategorySchema = z.object({ categoryId: idSchema, watch: flag });

/** /account/watched bulk form: "thread:12", "category:3"… */
export const bulkUnwatchSchema = z.object({
  items: z
    .array(z.string().regex(/^(thread|category):\d{1,12}$/, { error: () => t("validation.alertsItemInvalid") }), { error: () => t("validation.alertsChooseOne") })
    .min(1, { error: () => t("validation.alertsChooseOne") })
    .max(500, { error: () => t("validation.alertsTooMany") }),
});

// An unticked checkbox is absent from the form: the action's fields() gives "" for it.
const checkbox = z.enum(["", "0", "1"], { error: () => t("validation.alertsOptionInvalid") }).optional().transform((v) => v === "1");

export const alertPreferencesSchema = z.object({
  autoWatch: checkbox,
  watchedEmail: z.enum(["immediate", "daily", "weekly", "never"], { error: () => t("validation.alertsWatchedEmailRequired") }),
  mentionEmail: z.enum(["immediate", "never"], { error: () => t("validation.alertsMentionEmailRequired") }),
  followAlerts: checkbox,
});

export const ignoreMemberSchema = z.object({ memberId: idSchema, ignore: flag });

export const BOOKMARK_NOTE_MAX = 500;
export const bookmarkSchema = z.object({
  postId: idSchema,
  intent: z.enum(["save", "remove"], { error: () => t("validation.alertsRequestInvalid") }),
  note: z
    .string()
    .max(BOOKMARK_NOTE_MAX, { error: () => t("validation.alertsBookmarkNoteMax", { max: BOOKMARK_NOTE_MAX }) })
    .optional()
    .transform((v) => (v ?? "").normalize("NFC").trim() || null),
});
