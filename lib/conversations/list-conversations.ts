// A member's conversations at /conversations: the ones they are in, newest
// message first, in keyset pages (the cursor is the last row's
// lastMessageAt and id, so a page never shifts as new messages arrive), with
// their unread state. Also the header's unread count.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/permissions";
import { CONVERSATIONS_PER_PAGE } from "@/lib/validation/conversation-limits";

export type ConversationListItem = {
  id: number;
  title: string;
  locked: boolean;
  lastNumber: number;
  lastMessageAt: Date;
  unread: boolean;
  /** The first unread message's number (where the link leads), or null. */
  firstUnread: number | null;
  participants: { username: string; displayName: string }[];
};

/** "<ms>_<id>": the last row of the page before. */
export function parseCursor(raw: string | undefined | null): { at: Date; id: number } | null {
  const m = /^(\d{1,15})_(\d{1,10})$/.exec(raw ?? "");
  if (!m) return null;
  return { at: new Date(Number(m[1])), id: Number(m[2]) };
}

export async function listConversations(viewer: Viewer, cursorRaw?: string | null): Promise<{ items: ConversationListItem[]; next: string | null }> {
  const cursor = parseCursor(cursorRaw);
  const rows = await db.conversationParticipant.findMany({
    where: {
      userId: viewer.id,
      leftAt: null,
      ...(cursor ? { OR: [{ lastMessageAt: { lt: cursor.at } }, { lastMessageAt: cursor.at, conversationId: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ lastMessageAt: "desc" }, { conversationId: "desc" }],
    take: CONVERSATIONS_PER_PAGE + 1,
    select: {
      lastReadNumber: true,
      lastMessageAt: true,
      conversation: {
        select: {
          id: true, title: true, locked: true, lastNumber: true,
          participants: { where: { leftAt: null }, select: { user: { select: { username: true, displayName: true } } }, orderBy: { joinedAt: "asc" }, take: 6 },
        },
      },
    },
  });
  const page = rows.slice(0, CONVERSATIONS_PER_PAGE);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.conversation.id,
      title: r.conversation.title,
      locked: r.conversation.locked,
      lastNumber: r.conversation.lastNumber,
      lastMessageAt: r.lastMessageAt,
      unread: r.conversation.lastNumber > r.lastReadNumber,
      firstUnread: r.conversation.lastNumber > r.lastReadNumber ? r.lastReadNumber + 1 : null,
      participants: r.conversation.participants.map((p) => p.user),
    })),
    next: rows.length > CONVERSATIONS_PER_PAGE && last ? `${last.lastMessageAt.getTime()}_${last.conversation.id}` : null,
  };
}

/**
 * Conversations with a message the member has not been shown. The two
 * numbers live in two tables, so the comparison is made here over the
 * member's 200 most recently active conversations (an unread one is among
 * the most recent by construction: its new message moved it up).
 */
export async function countUnreadConversations(viewer: Viewer | null): Promise<number> {
  if (!viewer) return 0;
  const rows = await db.conversationParticipant.findMany({
    where: { userId: viewer.id, leftAt: null },
    orderBy: [{ lastMessageAt: "desc" }, { conversationId: "desc" }],
    take: 200,
    select: { lastReadNumber: true, conversation: { select: { lastNumber: true } } },
  });
  return rows.filter((r) => r.conversation.lastNumber > r.lastReadNumber).length;
}
