// A reaction sent from a post's picker: which post, and which of the six kinds
// (absent: "Thích", as the one-button form of older pages sent).
import { z } from "zod";
import { REACTION_KIND_NAMES } from "@/lib/forum/reaction-kinds";
import { idSchema } from "./reply";
import { t } from "@/lib/i18n/text";
import { shownValuesSchema } from "./shown-values";

export const reactionInputSchema = z.object({
  postId: idSchema,
  kind: z.enum(REACTION_KIND_NAMES, { error: () => t("validation.reactionKindInvalid") }).default("like"),
});

/** The administrator's choice of kinds switched off (checkboxes: the kinds left on). */
export const reactionKindsOnSchema = z.object({
  on: z.array(z.enum(REACTION_KIND_NAMES, { error: () => t("validation.reactionKindInvalid") })).min(1, { error: () => t("validation.reactionKeepOne") }),
  // Each kind's box as the form showed it, ticked or not (lib/validation/shown-values.ts).
  shown: shownValuesSchema,
});
