// What a participant does to a conversation besides writing: the starter
// locks or unlocks it; anyone still in it leaves (no longer reads, writes
// or is alerted) or marks it unread (its newest message shows as new again).
import "server-only";
import { db } from "@/lib/db";
import { explainCannotParticipate } from "@/lib/eligibility";
import { ForbiddenError } from "@/lib/errors";
import { conversationBus } from "@/lib/live/conversation-bus";
import { canLeaveConversation, canLockConversation, canMarkConversationUnread, type Viewer } from "@/lib/permissions";
import type { ServiceContext } from "@/lib/service-context";
import { conversationIdSchema, lockConversationSchema } from "@/lib/validation/conversation";
import { parseInput } from "@/lib/validation/parse-input";
import { conversationFor } from "./access";
import { CONVERSATION_TEXT as T } from "./messages";

export async function lockConversation(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ conversationId: number; locked: boolean }> {
  const { conversationId, locked } = parseInput(lockConversationSchema, input);
  if (!viewer) throw new ForbiddenError(T.loginFirst);
  const now = ctx.now ?? new Date();
  const loaded = await conversationFor(viewer, conversationId, ({ access }) => canLockConversation(viewer, access, now), () => {
    explainCannotParticipate(viewer, now);
    return T.onlyStarter;
  });
  await db.conversation.update({ where: { id: conversationId }, data: { locked } });
  // Open pages re-render: the reply box goes or comes back.
  conversationBus().publish({ conversationId, lastNumber: loaded.conversation.lastNumber });
  return { conversationId, locked };
}

export async function leaveConversation(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ conversationId: number }> {
  const { conversationId } = parseInput(conversationIdSchema, input);
  if (!viewer) throw new ForbiddenError(T.loginFirst);
  await conversationFor(viewer, conversationId, ({ access }) => canLeaveConversation(viewer, access));
  const now = ctx.now ?? new Date();
  await db.conversationParticipant.update({ where: { conversationId_userId: { conversationId, userId: viewer.id } }, data: { leftAt: now } });
  await db.conversationDraft.deleteMany({ where: { userId: viewer.id, key: String(conversationId) } });
  return { conversationId };
}

export async function markConversationUnread(viewer: Viewer | null, input: unknown): Promise<{ conversationId: number }> {
  const { conversationId } = parseInput(conversationIdSchema, input);
  if (!viewer) throw new ForbiddenError(T.loginFirst);
  const { conversation } = await conversationFor(viewer, conversationId, ({ access }) => canMarkConversationUnread(viewer, access));
  await db.conversationParticipant.update({
    where: { conversationId_userId: { conversationId, userId: viewer.id } },
    data: { lastReadNumber: Math.max(0, conversation.lastNumber - 1) },
  });
  return { conversationId };
}
