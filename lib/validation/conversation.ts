// Conversation input ("Hội thoại"), shared by the forms and the services.
// Lengths a client form shows are in conversation-limits.ts (no imports).
import { z } from "zod";
import { clientTokenSchema, HARD_MAX_REPLY_LENGTH, idSchema, normaliseSource, replySourceSchema } from "./reply";
import { stripUnsafeControls } from "./unicode-text";
import { optionalNote, REPORT_REASONS, type ReportReason } from "./moderation";
import { CONVERSATION_TITLE_MAX, MAX_RECIPIENTS_AT_ONCE } from "./conversation-limits";
import { t } from "@/lib/i18n/text";

/** "an, binh; @chi" → ["an", "binh", "chi"]: commas, semicolons or spaces separate; "@" is optional. */
export function splitUsernames(raw: string): string[] {
  const names = raw
    .split(/[\s,;]+/)
    .map((n) => n.replace(/^@/, "").trim())
    .filter(Boolean);
  return [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
}

const recipients = z
  .string({ error: () => t("validation.conversationRecipientsRequired") })
  .max(2000, { error: () => t("validation.conversationRecipientsTooLong") })
  .transform((s) => splitUsernames(stripUnsafeControls(s).normalize("NFC")))
  .pipe(
    z
      .array(z.string().max(100))
      .min(1, { error: () => t("validation.conversationRecipientsMin") })
      .max(MAX_RECIPIENTS_AT_ONCE, { error: () => t("validation.conversationRecipientsMax", { max: MAX_RECIPIENTS_AT_ONCE }) }),
  );

const title = z
  .string({ error: () => t("validation.articleTitleRequired") })
  .transform((s) => stripUnsafeControls(s).normalize("NFC").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, { error: () => t("validation.articleTitleRequired") }).max(CONVERSATION_TITLE_MAX, { error: () => t("validation.threadTitleMax", { max: CONVERSATION_TITLE_MAX }) }));

export const startConversationSchema = z.object({ recipients, title, source: replySourceSchema, clientToken: clientTokenSchema });
export const conversationReplySchema = z.object({ conversationId: idSchema, source: replySourceSchema, clientToken: clientTokenSchema });
export const inviteSchema = z.object({ conversationId: idSchema, recipients });
export const conversationIdSchema = z.object({ conversationId: idSchema });
export const lockConversationSchema = z.object({
  conversationId: idSchema,
  locked: z.enum(["1", "0"], { error: () => t("validation.conversationActionInvalid") }).transform((v) => v === "1"),
});

export const conversationDraftSchema = z.object({
  /** "new" (the start form) or a conversation's id. */
  key: z.union([z.literal("new"), z.string().regex(/^[1-9][0-9]{0,9}$/)], { error: () => t("validation.conversationDraftInvalid") }),
  clientToken: clientTokenSchema,
  recipients: z.string().max(2000).optional().default(""),
  title: z.string().max(CONVERSATION_TITLE_MAX * 2).optional().default(""),
  source: z.string().max(HARD_MAX_REPLY_LENGTH).transform(normaliseSource),
});

export const POLICIES = ["everyone", "followed", "nobody"] as const;
export const conversationPolicySchema = z.object({
  policy: z.enum(POLICIES, { error: () => t("validation.conversationPolicyRequired") }),
});

export const reportMessageSchema = z.object({
  messageId: idSchema,
  reason: z.enum(Object.keys(REPORT_REASONS) as [ReportReason, ...ReportReason[]], { error: () => t("validation.moderationReportReasonRequired") }),
  note: optionalNote,
});

export const resolveMessageReportSchema = z.object({
  messageId: idSchema,
  outcome: z.enum(["hide", "dismiss"], { error: () => t("validation.moderationOutcomeRequired") }),
  note: optionalNote,
});

export const memberSuggestSchema = z.object({ q: z.string().max(100).transform((s) => s.replace(/^@/, "").trim().toLowerCase()) });

/** One file of a private message's picture (/conversation-pictures/<attachmentId>/<file>). */
export const conversationPictureSchema = z.object({
  attachmentId: idSchema,
  file: z.string().regex(/^[a-z0-9]{1,16}\.(webp|gif)$/, { error: () => t("validation.conversationPictureNotFound") }),
});
