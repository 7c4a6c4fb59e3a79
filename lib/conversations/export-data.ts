// A member's own conversation data for their export (lib/accounts/export-member-data.ts):
// the conversations they are or were in (title, when they joined or left), the
// messages they wrote, their drafts and the reports they made. Other members'
// messages are not theirs to export.
import type { Db } from "@/lib/db-client";

export async function collectConversationData(db: Db, userId: number) {
  const [participations, messages, drafts, reports] = await Promise.all([
    db.conversationParticipant.findMany({
      where: { userId },
      select: { conversationId: true, joinedAt: true, leftAt: true, conversation: { select: { title: true, starterId: true } } },
      orderBy: { joinedAt: "asc" },
    }),
    db.conversationMessage.findMany({ where: { authorId: userId }, select: { conversationId: true, number: true, source: true, status: true, createdAt: true }, orderBy: { id: "asc" } }),
    db.conversationDraft.findMany({ where: { userId }, select: { key: true, recipients: true, title: true, source: true, updatedAt: true } }),
    db.conversationReport.findMany({ where: { reporterId: userId }, select: { messageId: true, reason: true, note: true, status: true, createdAt: true }, orderBy: { id: "asc" } }),
  ]);
  return {
    conversations: participations.map((p) => ({ id: p.conversationId, title: p.conversation.title, started: p.conversation.starterId === userId, joinedAt: p.joinedAt, leftAt: p.leftAt })),
    messages,
    drafts,
    reportsMade: reports,
  };
}
