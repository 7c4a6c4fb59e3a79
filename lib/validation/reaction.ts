// A reaction sent from a post's picker: which post, and which of the six kinds
// (absent: "Thích", as the one-button form of older pages sent).
import { z } from "zod";
import { REACTION_KIND_NAMES } from "@/lib/forum/reaction-kinds";
import { idSchema } from "./reply";

export const reactionInputSchema = z.object({
  postId: idSchema,
  kind: z.enum(REACTION_KIND_NAMES, { error: "Loại cảm xúc không hợp lệ." }).default("like"),
});

/** The administrator's choice of kinds switched off (checkboxes: the kinds left on). */
export const reactionKindsOnSchema = z.object({
  on: z.array(z.enum(REACTION_KIND_NAMES, { error: "Loại cảm xúc không hợp lệ." })).min(1, { error: "Hãy để bật ít nhất một loại cảm xúc." }),
});
