// One conversation's page for a participant: paged like a thread
// (MESSAGES_PER_PAGE by number), each message with its permalink; showing a
// page records the highest number shown (only rises). Anyone not in it —
// a former participant, an outsider, an administrator — gets "not found".
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { canInviteToConversation, canLeaveConversation, canLockConversation, canReadConversation, canReplyConversation, canReportConversationMessage, type Viewer } from "@/lib/permissions";
import { MESSAGES_PER_PAGE } from "@/lib/validation/conversation-limits";
import { loadConversation } from "./access";
import { CONVERSATION_TEXT as T } from "./messages";

export const pageOfMessage = (number: number) => Math.max(1, Math.ceil(number / MESSAGES_PER_PAGE));

export type ConversationMessageView = {
  id: number;
  number: number;
  html: string;
  status: string;
  statusReason: string | null;
  createdAt: Date;
  author: { id: number; username: string; displayName: string; avatarUrl: string | null; deleted: boolean };
  canReport: boolean;
};

export async function readConversation(viewer: Viewer | null, conversationId: number, pageRaw: number, options: { markRead?: boolean } = {}) {
  const loaded = await loadConversation(viewer, conversationId);
  if (!loaded || !canReadConversation(viewer, loaded.access)) throw new NotFoundError(T.notFound);
  const { conversation, access } = loaded;
  const pageCount = pageOfMessage(conversation.lastNumber);
  const page = Math.min(Math.max(1, Math.floor(pageRaw) || 1), pageCount);
  const from = (page - 1) * MESSAGES_PER_PAGE + 1;
  const [messages, participants] = await Promise.all([
    db.conversationMessage.findMany({
      where: { conversationId, number: { gte: from, lt: from + MESSAGES_PER_PAGE } },
      orderBy: { number: "asc" },
      select: {
        id: true, number: true, html: true, status: true, statusReason: true, createdAt: true, authorId: true,
        author: { select: { id: true, username: true, displayName: true, avatarUrl: true, deletedAt: true } },
      },
    }),
    db.conversationParticipant.findMany({
      where: { conversationId },
      orderBy: { joinedAt: "asc" },
      select: { leftAt: true, user: { select: { id: true, username: true, displayName: true, deletedAt: true } } },
    }),
  ]);
  const shownUpTo = messages.length ? messages[messages.length - 1].number : 0;
  const lastReadBefore = loaded.participant?.lastReadNumber ?? 0;
  if (options.markRead !== false && viewer && shownUpTo > lastReadBefore) {
    await db.conversationParticipant.updateMany({
      where: { conversationId, userId: viewer.id, lastReadNumber: { lt: shownUpTo } },
      data: { lastReadNumber: shownUpTo },
    });
  }
  return {
    conversation,
    page,
    pageCount,
    lastReadBefore,
    messages: messages.map<ConversationMessageView>((m) => ({
      id: m.id,
      number: m.number,
      // A hidden message keeps its place; its text is gone from everyone's view.
      html: m.status === "visible" ? m.html : "",
      status: m.status,
      statusReason: m.statusReason,
      createdAt: m.createdAt,
      author: { id: m.author.id, username: m.author.username, displayName: m.author.displayName, avatarUrl: m.author.avatarUrl, deleted: !!m.author.deletedAt },
      canReport: canReportConversationMessage(viewer, access, { authorId: m.authorId, status: m.status }),
    })),
    participants: participants.map((p) => ({ ...p.user, deleted: !!p.user.deletedAt, left: !!p.leftAt })),
    can: {
      reply: canReplyConversation(viewer, access),
      invite: canInviteToConversation(viewer, access),
      lock: canLockConversation(viewer, access),
      leave: canLeaveConversation(viewer, access),
    },
  };
}

/** Where a message's permalink leads, for a participant; null when not theirs to read or not there. */
export async function messagePlace(viewer: Viewer | null, conversationId: number, number: number): Promise<string | null> {
  const loaded = await loadConversation(viewer, conversationId);
  if (!loaded || !canReadConversation(viewer, loaded.access) || number < 1 || number > loaded.conversation.lastNumber) return null;
  const page = pageOfMessage(number);
  return `/conversations/${conversationId}${page > 1 ? `?page=${page}` : ""}#m-${number}`;
}
