// A conversation as the viewer stands to it: the one read every
// conversation service and page starts from (lib/permissions.ts decides).
// A conversation the viewer is not in is answered like one that does not
// exist, so its existence leaks nothing either.
import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { ConversationAccess, Viewer } from "@/lib/permissions";
import { CONVERSATION_TEXT } from "./messages";

export type LoadedConversation = {
  conversation: { id: number; title: string; locked: boolean; starterId: number; lastNumber: number; lastMessageAt: Date };
  access: ConversationAccess;
  /** The viewer's row, if they ever were in it. */
  participant: { lastReadNumber: number; leftAt: Date | null } | null;
};

export async function loadConversation(viewer: Viewer | null, conversationId: number): Promise<LoadedConversation | null> {
  const conversation = await db.conversation.findUnique({
    where: { id: conversationId },
    select: { id: true, title: true, locked: true, starterId: true, lastNumber: true, lastMessageAt: true },
  });
  if (!conversation) return null;
  const participant = viewer
    ? await db.conversationParticipant.findUnique({
        where: { conversationId_userId: { conversationId, userId: viewer.id } },
        select: { lastReadNumber: true, leftAt: true },
      })
    : null;
  const participation = !participant ? null : participant.leftAt ? "left" : "active";
  return { conversation, participant, access: { starterId: conversation.starterId, locked: conversation.locked, participation } };
}

/** For services: the conversation, only when `allowed` says the viewer may act on it; otherwise "not found". */
export async function conversationFor(
  viewer: Viewer | null,
  conversationId: number,
  allowed: (loaded: LoadedConversation) => boolean,
  refusal?: (loaded: LoadedConversation) => string | null,
): Promise<LoadedConversation> {
  const loaded = await loadConversation(viewer, conversationId);
  // Outsiders (administrators included) learn nothing, not even that it exists.
  if (!loaded || loaded.access.participation !== "active") throw new NotFoundError(CONVERSATION_TEXT.notFound);
  if (!allowed(loaded)) throw new ForbiddenError(refusal?.(loaded) ?? undefined);
  return loaded;
}
