// The rules every conversation message obeys, as replies do
// (lib/forum/posting-rules.ts): the length setting, the pace between
// messages (the reply intervals), no same text twice in a short window, the
// word filter. A phrase the filter would hold for approval refuses here: a
// private message has no approval queue. Staff skip the pace, not the rest.
// Starting or inviting adds the new-member limits and a cap on new
// recipients per hour.
import "server-only";
import { db } from "@/lib/db";
import { explainCannotParticipate } from "@/lib/eligibility";
import { ForbiddenError, InvalidInputError, RateLimitedError } from "@/lib/errors";
import { checkWordFilter } from "@/lib/forum/word-filter-check";
import { canStartConversation, isStaff, type Viewer } from "@/lib/permissions";
import type { ForumSettingsValues } from "@/lib/settings";
import { CONVERSATION_TEXT as T } from "./messages";
import { t } from "@/lib/i18n/text";

export async function enforceMessageRules(viewer: Viewer, fields: { source: string; title?: string }, settings: ForumSettingsValues, now: Date): Promise<void> {
  const { source } = fields;
  if (source.length > settings.maxReplyLength) {
    throw new InvalidInputError(T.tooLong(source.length, settings.maxReplyLength), { source: t("validation.replySourceTooLong") });
  }
  if (!isStaff(viewer)) {
    const isNewMember = now.getTime() - viewer.createdAt.getTime() < settings.newMemberHours * 3_600_000;
    const interval = isNewMember ? settings.newMemberReplyIntervalSeconds : settings.replyIntervalSeconds;
    if (interval > 0) {
      const last = await db.conversationMessage.findFirst({ where: { authorId: viewer.id }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
      const waitMs = last ? last.createdAt.getTime() + interval * 1000 - now.getTime() : 0;
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        throw new RateLimitedError(T.tooFast(seconds), seconds);
      }
    }
    if (settings.duplicateWindowMinutes > 0) {
      const same = await db.conversationMessage.findFirst({
        where: { authorId: viewer.id, source, createdAt: { gte: new Date(now.getTime() - settings.duplicateWindowMinutes * 60_000) } },
        select: { id: true },
      });
      if (same) throw new InvalidInputError(T.duplicate(settings.duplicateWindowMinutes), { source: t("services.forumDuplicateField") });
    }
  }
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const verdict = await checkWordFilter(text);
    if (!verdict) continue;
    const message = verdict.action === "refuse" ? T.forbiddenPhrase(verdict.phrase) : T.heldPhrase(verdict.phrase);
    throw new InvalidInputError(message, { [field]: t("services.bannedPhraseField") });
  }
}

/** Starting or inviting: good standing, then the new-member limits (settings), in words. */
export async function assertMayStart(viewer: Viewer, settings: ForumSettingsValues, now: Date): Promise<void> {
  explainCannotParticipate(viewer, now);
  const postCount = await db.post.count({ where: { authorId: viewer.id, status: "visible" } });
  if (!canStartConversation(viewer, { postCount }, settings, now)) {
    throw new ForbiddenError(T.newMember(settings.conversationMinHours, settings.conversationMinPosts));
  }
}

/**
 * At most conversationRecipientsPerHour distinct new recipients an hour:
 * the members who joined, in the last hour, conversations the viewer
 * started (only starters invite). Writing again to the same people is not
 * fanning out. Staff are exempt.
 */
export async function assertRecipientBudget(viewer: Viewer, recipientIds: number[], settings: ForumSettingsValues, now: Date): Promise<void> {
  if (isStaff(viewer)) return;
  const recent = await db.conversationParticipant.groupBy({
    by: ["userId"],
    where: { userId: { not: viewer.id }, joinedAt: { gte: new Date(now.getTime() - 3_600_000) }, conversation: { starterId: viewer.id } },
  });
  const reached = new Set(recent.map((r) => r.userId));
  const fresh = recipientIds.filter((id) => !reached.has(id)).length;
  if (fresh > 0 && reached.size + fresh > settings.conversationRecipientsPerHour) {
    throw new RateLimitedError(T.tooManyRecipients(settings.conversationRecipientsPerHour), 3600);
  }
}
