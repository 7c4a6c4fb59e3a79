// New-thread input, shared by the form (limits shown to the member) and the
// server (the authority). The body follows the replies' rules exactly: same
// schema, same Markdown, same length setting (checked by the service).
import { z } from "zod";
import { clientTokenSchema, draftSchema, idSchema, replySourceSchema } from "./reply";
import { FORBIDDEN_CHARACTERS_MESSAGE, hasForbiddenCharacters, isInvisible, stripUnsafeControls } from "./unicode-text";
import { editReasonSchema } from "./edit-reason";
import { t } from "@/lib/i18n/text";

export const THREAD_TITLE_MIN = 5;
export const THREAD_TITLE_MAX = 150;

/** In NFC, runs of spaces and line breaks made one space, trimmed: then counted. */
export const threadTitleSchema = z
  .string({ error: () => t("validation.threadTitleInvalid") })
  .max(THREAD_TITLE_MAX * 4, { error: () => t("validation.threadTitleMax", { max: THREAD_TITLE_MAX }) })
  // Refused rather than cleaned: a title is short, and one that needed a
  // bidi override or a zero-width space was written to mislead.
  .refine((s) => !hasForbiddenCharacters(s), { error: () => t("validation.threadTitleForbiddenCharacters") })
  .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(THREAD_TITLE_MIN, { error: () => t("validation.threadTitleMin", { min: THREAD_TITLE_MIN }) })
      .max(THREAD_TITLE_MAX, { error: () => t("validation.threadTitleMax", { max: THREAD_TITLE_MAX }) })
      .refine((s) => !isInvisible(s), { error: () => t("validation.threadTitleInvisible") }),
  );

const categoryIdSchema = z.coerce
  .number({ error: () => t("validation.threadCategoryRequired") })
  .int({ error: () => t("validation.threadCategoryRequired") })
  .positive({ error: () => t("validation.threadCategoryRequired") });

export const createThreadSchema = z.object({
  categoryId: categoryIdSchema,
  title: threadTitleSchema,
  source: replySourceSchema,
  clientToken: clientTokenSchema,
});

export type CreateThreadInput = z.input<typeof createThreadSchema>;

/** Editing a post; for a thread's opening post the form also sends the thread's title. */
export const editPostWithTitleSchema = z.object({
  postId: idSchema,
  source: replySourceSchema,
  title: threadTitleSchema.optional(),
  /** The editor's optional "Lý do sửa" (issue 20.15), kept with the revision. */
  reason: editReasonSchema,
});

/**
 * A new thread's draft, saved as it is typed: anything up to the hard limits
 * (a half-written title may be short), the category when it is a valid id.
 */
export const threadDraftSchema = z.object({
  categoryId: z.preprocess((v) => (v === "" || v === undefined ? null : v), categoryIdSchema.nullable().catch(null)),
  title: z
    .string()
    .max(THREAD_TITLE_MAX * 4, { error: () => t("validation.threadTitleMax", { max: THREAD_TITLE_MAX }) })
    .transform((s) => stripUnsafeControls(s).normalize("NFC")),
  source: draftSchema.shape.source,
  clientToken: clientTokenSchema,
});
