// Reply input, shared by the composer (limits shown to the member) and the
// server (the authority). The length limit itself is a setting, checked by the
// service; the schema caps absurd input before any work is done.
import { z } from "zod";
import { stripUnsafeControls } from "./unicode-text";
import { t } from "@/lib/i18n/text";

export const HARD_MAX_REPLY_LENGTH = 100_000;

/**
 * Line endings unified and text in NFC, so lengths and duplicates compare
 * fairly; NUL, other controls and bidi overrides removed (they could reorder
 * what follows them on screen), lone surrogates made U+FFFD (see unicode-text.ts).
 */
export function normaliseSource(source: string): string {
  return stripUnsafeControls(source).normalize("NFC").replace(/\r\n?/g, "\n");
}

export const replySourceSchema = z
  .string({ error: () => t("validation.replySourceInvalid") })
  .max(HARD_MAX_REPLY_LENGTH, { error: () => t("validation.replySourceTooLong") })
  .transform(normaliseSource)
  .refine((s) => s.trim().length > 0, { error: () => t("validation.replySourceEmpty") });

export const clientTokenSchema = z
  .string({ error: () => t("validation.replyFormExpired") })
  .regex(/^[A-Za-z0-9_-]{16,64}$/, { error: () => t("validation.replyFormExpired") });

export const idSchema = z.coerce.number({ error: () => t("validation.replyIdInvalid") }).int().positive({ error: () => t("validation.replyIdInvalid") });

export const createReplySchema = z.object({
  threadId: idSchema,
  source: replySourceSchema,
  clientToken: clientTokenSchema,
});

export const editPostSchema = z.object({
  postId: idSchema,
  source: replySourceSchema,
});

export const draftSchema = z.object({
  threadId: idSchema,
  /** The form's token: a save from a form whose text is already posted is refused (lib/forum/posted-form.ts). */
  clientToken: clientTokenSchema,
  source: z.string().max(HARD_MAX_REPLY_LENGTH).transform(normaliseSource),
});

export const postIdSchema = z.object({ postId: idSchema });

export type CreateReplyInput = z.input<typeof createReplySchema>;
