// The one place a conversation tells its members something happened: a new
// conversation, a new message, an invitation. In-app alerts (Notification
// rows), e-mail (lib/alerts/conversation-mail.ts: the member's setting for
// what is addressed to them, with its one-click unsubscribe) and the live
// bell; every caller goes through this single function.
//
// One unread alert per conversation is enough: a member who has not opened
// the earlier alert (or the conversation) is not sent another for each
// message. Members who left are never alerted (callers pass active ones).
import "server-only";
import { db } from "@/lib/db";
import { mailConversationAlerts } from "@/lib/alerts/conversation-mail";
import { publishMemberEvent } from "@/lib/live/member-bus";
import { CONVERSATION_TEXT as T } from "./messages";
import { inReaderLocale } from "@/lib/alerts/reader-locale";

export type ConversationMessageNotice = {
  kind: "started" | "replied" | "invited";
  conversationId: number;
  title: string;
  /** The message the alert leads to (its permalink). */
  messageNumber: number;
  author: { id: number; displayName: string };
  /** Active participants to tell (the author is skipped if present). */
  recipientIds: number[];
};

export const conversationLink = (conversationId: number, number?: number) =>
  number ? `/conversations/${conversationId}/m/${number}` : `/conversations/${conversationId}`;

/** Notification.kind of every conversation alert. */
export const CONVERSATION_NOTIFICATION_KIND = "conversation";

export async function notifyConversationMessage(notice: ConversationMessageNotice): Promise<{ notified: number[] }> {
  const targets = [...new Set(notice.recipientIds)].filter((id) => id !== notice.author.id);
  if (targets.length === 0) return { notified: [] };
  const prefix = `${conversationLink(notice.conversationId)}/`;
  // Invitations always alert (a new door); messages only where no alert of this conversation waits unread.
  const waiting =
    notice.kind === "invited"
      ? []
      : await db.notification.findMany({
          where: { userId: { in: targets }, kind: CONVERSATION_NOTIFICATION_KIND, readAt: null, link: { startsWith: prefix } },
          select: { userId: true },
        });
  const skip = new Set(waiting.map((n) => n.userId));
  const notified = targets.filter((id) => !skip.has(id));
  // Each alert in its reader's language (lib/alerts/reader-locale.ts), not the sender's.
  const write = () =>
    notice.kind === "started"
      ? T.notifyStarted(notice.author.displayName, notice.title)
      : notice.kind === "invited"
        ? T.notifyInvited(notice.author.displayName, notice.title)
        : T.notifyReplied(notice.author.displayName, notice.title);
  if (notified.length) {
    const readers = await db.user.findMany({ where: { id: { in: notified } }, select: { id: true, locale: true } });
    const localeOf = new Map(readers.map((r) => [r.id, r.locale]));
    await db.notification.createMany({
      data: notified.map((userId) => ({
        userId,
        kind: CONVERSATION_NOTIFICATION_KIND,
        message: inReaderLocale(localeOf.get(userId), write),
        link: conversationLink(notice.conversationId, notice.messageNumber),
      })),
    });
    // The same members by e-mail (their setting for what is addressed to them), and their open pages' bell at once.
    // The message is already written: a mail that cannot be queued is logged, never the sender's error.
    await mailConversationAlerts(db, notified, {
      conversationId: notice.conversationId,
      number: notice.messageNumber,
      title: notice.title,
      authorName: notice.author.displayName,
    }).catch((error: unknown) => console.error("[conversations] Không xếp được thư báo tin nhắn riêng:", error));
    for (const userId of notified) publishMemberEvent(userId, { kind: "alerts" });
  }
  return { notified };
}
