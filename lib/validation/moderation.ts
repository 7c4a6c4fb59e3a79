// Moderation input, shared by the moderators' forms and the services.
import { z } from "zod";
import { idSchema } from "./reply";
import { hasForbiddenCharacters, isInvisible, stripUnsafeControls } from "./unicode-text";
import { ROLES, type Role } from "@/lib/permissions";
import { t } from "@/lib/i18n/text";

const reason = z
  .string({ error: () => t("validation.moderationReasonRequired") })
  .transform((s) => stripUnsafeControls(s).normalize("NFC").trim())
  .pipe(z.string().min(3, { error: () => t("validation.moderationReasonMin") }).max(500, { error: () => t("validation.moderationReasonMax") }));

/** An optional note (reports, resolutions): trimmed, NFC, at most 1000 characters. */
export const optionalNote = z
  .string()
  .optional()
  .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").trim())
  .pipe(z.string().max(1000, { error: () => t("validation.moderationNoteMax") }));

export const hidePostSchema = z.object({ postId: idSchema, reason });
export const restorePostSchema = z.object({ postId: idSchema });
export const purgePostSchema = z.object({ postId: idSchema, reason });

export const REPORT_REASONS = {
  spam: "Spam",
  offensive: "Xúc phạm",
  "off-topic": "Lạc đề",
  other: "Khác",
} as const;
export type ReportReason = keyof typeof REPORT_REASONS;

export const createReportSchema = z.object({
  postId: idSchema,
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], { error: () => t("validation.moderationReportReasonRequired") }),
  note: optionalNote,
});

export const resolveReportSchema = z.object({
  postId: idSchema,
  outcome: z.enum(["hide", "dismiss"], { error: () => t("validation.moderationOutcomeRequired") }),
  note: optionalNote,
});

export const reviewPostsSchema = z.object({
  postIds: z.array(idSchema).min(1, { error: () => t("validation.moderationChoosePost") }).max(200),
  decision: z.enum(["approve", "reject"], { error: () => t("validation.moderationDecisionRequired") }),
  reason: z
    .string()
    .optional()
    .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").trim())
    .pipe(z.string().max(500)),
});

/** A thread tool's optional reason, kept in the log (empty: none). */
const toolReason = z
  .string()
  .optional()
  .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").trim())
  .pipe(z.string().max(500, { error: () => t("validation.moderationReasonMax") }));

export const threadToolSchema = z.discriminatedUnion("tool", [
  z.object({ tool: z.literal("lock"), threadId: idSchema, reason: toolReason }),
  z.object({ tool: z.literal("unlock"), threadId: idSchema, reason: toolReason }),
  z.object({ tool: z.literal("pin"), threadId: idSchema, reason: toolReason }),
  z.object({ tool: z.literal("unpin"), threadId: idSchema, reason: toolReason }),
  z.object({ tool: z.literal("move"), threadId: idSchema, categoryId: idSchema, reason: toolReason }),
  z.object({
    tool: z.literal("rename"),
    threadId: idSchema,
    reason: toolReason,
    title: z
      .string()
      .refine((s) => !hasForbiddenCharacters(s), { error: () => t("validation.threadTitleForbiddenCharacters") })
      .transform((s) => s.normalize("NFC").replace(/\s+/g, " ").trim())
      .pipe(
        z
          .string()
          .min(5, { error: () => t("validation.articleTitleMin") })
          .max(200, { error: () => t("validation.articleTitleMax") })
          .refine((s) => !isInvisible(s), { error: () => t("validation.threadTitleInvisible") }),
      ),
  }),
]);

export const sanctionSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("suspend"),
    userId: idSchema,
    reason,
    endsAt: z.coerce.date({ error: () => t("validation.moderationEndsAtInvalid") }),
  }),
  z.object({ kind: z.literal("ban"), userId: idSchema, reason }),
]);

/** XenForo's preset lengths: days, or "forever" (a ban). */
// Named on the pages by lib/mod-log/labels.ts sanctionPresetLabel.
export const SANCTION_PRESETS = [
  { value: "1", days: 1 },
  { value: "3", days: 3 },
  { value: "7", days: 7 },
  { value: "30", days: 30 },
  { value: "forever", days: null },
] as const;

export const sanctionPresetSchema = z.object({
  userId: idSchema,
  reason,
  duration: z.enum(["1", "3", "7", "30", "forever"], { error: () => t("validation.moderationDurationRequired") }),
});

export const liftSanctionSchema = z.object({ userId: idSchema });


/** An administrator sets a member's role and the title shown under their name ("Intern Writer"). */
export const changeRoleSchema = z.object({
  userId: idSchema,
  role: z.enum(ROLES as [Role, ...Role[]], { error: () => t("validation.moderationRoleRequired") }),
  userTitle: z
    .string()
    .optional()
    .transform((s) => stripUnsafeControls(s ?? "").normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().max(50, { error: () => t("validation.moderationUserTitleMax") }))
    // An empty title means none: the author card then shows no title line.
    .transform((s) => s || null),
});

export const wordFilterSchema = z.object({
  phrase: z
    .string()
    .transform((s) => stripUnsafeControls(s).normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(2, { error: () => t("validation.moderationPhraseMin") }).max(100, { error: () => t("validation.moderationPhraseMax") })),
  action: z.enum(["refuse", "queue"], { error: () => t("validation.moderationOutcomeRequired") }),
});

export const idOnlySchema = z.object({ id: idSchema });
