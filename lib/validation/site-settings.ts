// The "Diễn đàn" section of the settings page: name, description, who may
// register, the site notice. Vietnamese messages for the form.
import { z } from "zod";
import { stripUnsafeControls } from "./unicode-text";
import { t } from "@/lib/i18n/text";

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
  // The values the form showed when it was loaded (a hidden field, JSON): a
  // field left as it was shown is not written, so two administrators saving
  // different fields do not put back each other's changes. Missing or
  // unreadable: every field is written, as before.
  shown: z
    .string()
    .max(4000)
    .optional()
    .transform((raw) => shownValues(raw)),
});

const shownSchema = z.object({ forumName: z.string(), forumDescription: z.string(), registrationMode: z.string(), siteNotice: z.string() }).partial();

function shownValues(raw: string | undefined): z.infer<typeof shownSchema> {
  if (!raw) return {};
  try {
    const parsed = shownSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}
