// Writing in a conversation: an active participant, while it is open, under
// the same pace, length and word-filter rules as a reply. The message takes
// the next number; every participant's list moves the conversation to the
// top; the others are alerted (lib/conversations/notify.ts) and their open
// pages told (the conversation bus).
import "server-only";
import { db } from "@/lib/db";
import { explainCannotParticipate } from "@/lib/eligibility";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { renderPostSource } from "@/lib/forum/render-post";
import { conversationBus } from "@/lib/live/conversation-bus";
import { canReplyConversation, type Viewer } from "@/lib/permissions";
import type { ServiceContext } from "@/lib/service-context";
import { getSettings } from "@/lib/settings";
import { conversationReplySchema } from "@/lib/validation/conversation";
import { parseInput } from "@/lib/validation/parse-input";
import { altTextsOf, attachmentIdsOf } from "@/lib/uploads/post-pictures";
import { claimableConversationPictures, linkConversationPictures } from "@/lib/uploads/conversation-pictures";
import { conversationFor } from "./access";
import { CONVERSATION_TEXT as T } from "./messages";
import { notifyConversationMessage } from "./notify";
import { enforceMessageRules } from "./rules";
import { t } from "@/lib/i18n/text";

export type SentMessage = { conversationId: number; number: number; duplicate: boolean };

export async function replyToConversation(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<SentMessage> {
  const { conversationId, source, clientToken } = parseInput(conversationReplySchema, input);
  if (!viewer) throw new ForbiddenError(T.loginFirst);
  const earlier = await byToken(clientToken, viewer.id, conversationId);
  if (earlier) return earlier;

  const now = ctx.now ?? new Date();
  const { conversation } = await conversationFor(viewer, conversationId, ({ access }) => canReplyConversation(viewer, access, now), ({ access }) => {
    explainCannotParticipate(viewer, now);
    return access.locked ? T.locked : null;
  });
  const settings = await getSettings();
  await enforceMessageRules(viewer, { source }, settings, now);
  // Pictures: the member's private uploads the form names (lib/uploads/conversation-pictures.ts).
  const ids = attachmentIdsOf(input);
  const pictures = await claimableConversationPictures(viewer, ids, settings.maxImagesPerPost, altTextsOf(input, ids));
  const html = await renderPostSource(source, pictures);

  let number: number;
  try {
    number = await db.$transaction(async (tx) => {
      const numbered = await tx.conversation.update({
        where: { id: conversationId },
        data: { lastNumber: { increment: 1 }, lastMessageAt: now },
        select: { lastNumber: true },
      });
      const message = await tx.conversationMessage.create({
        data: { conversationId, authorId: viewer.id, number: numbered.lastNumber, source, html, clientToken, ipHash: ctx.ipHash ?? null, createdAt: now },
        select: { id: true },
      });
      await linkConversationPictures(tx, message.id, viewer.id, pictures);
      await tx.conversationParticipant.updateMany({ where: { conversationId }, data: { lastMessageAt: now } });
      await tx.conversationParticipant.update({
        where: { conversationId_userId: { conversationId, userId: viewer.id } },
        data: { lastReadNumber: numbered.lastNumber },
      });
      return numbered.lastNumber;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await byToken(clientToken, viewer.id, conversationId);
      if (winner) return winner;
    }
    throw error;
  }
  await db.conversationDraft.deleteMany({ where: { userId: viewer.id, key: String(conversationId) } });
  const others = await db.conversationParticipant.findMany({ where: { conversationId, leftAt: null, userId: { not: viewer.id } }, select: { userId: true } });
  await notifyConversationMessage({
    kind: "replied",
    conversationId,
    title: conversation.title,
    messageNumber: number,
    author: viewer,
    recipientIds: others.map((o) => o.userId),
  });
  conversationBus().publish({ conversationId, lastNumber: number });
  return { conversationId, number, duplicate: false };
}

async function byToken(clientToken: string, authorId: number, conversationId: number): Promise<SentMessage | null> {
  const message = await db.conversationMessage.findUnique({ where: { clientToken }, select: { conversationId: true, authorId: true, number: true } });
  if (!message) return null;
  if (message.authorId !== authorId || message.conversationId !== conversationId) throw new InvalidInputError(t("services.formExpired"));
  return { conversationId, number: message.number, duplicate: true };
}
