// The "Diễn đàn" section of the settings page: name, description, who may
// register, the site notice. Vietnamese messages for the form.
import { z } from "zod";
import { stripUnsafeControls } from "./unicode-text";
import { t } from "@/lib/i18n/text";
import { shownValuesSchema } from "./shown-values";

const text = (max: number, tooShort: () => string, tooLong: () => string, min = 0) =>
  z
    .string()
    .optional()
    .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(min, { error: tooShort })
        .max(max, { error: tooLong }),
    );

export const siteSettingsFormSchema = z.object({
  forumName: text(60, () => t("validation.siteForumNameMin", { min: 2 }), () => t("validation.siteForumNameMax", { max: 60 }), 2).transform((s) => s.replace(/\s+/g, " ")),
  forumDescription: text(300, () => t("validation.siteDescriptionMin", { min: 0 }), () => t("validation.siteDescriptionMax", { max: 300 })).transform((s) => s.replace(/\s+/g, " ")),
  registrationMode: z.enum(["open", "approval", "closed"], { error: () => t("validation.siteRegistrationModeRequired") }),
  siteNotice: text(1000, () => t("validation.siteNoticeMin", { min: 0 }), () => t("validation.siteNoticeMax", { max: 1000 })),
  // What the form showed when it was loaded (lib/validation/shown-values.ts).
  shown: shownValuesSchema,
});
