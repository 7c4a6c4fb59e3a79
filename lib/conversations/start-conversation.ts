// Starting a conversation: recipients by username, a title and a first
// message. Validated, authorised (standing, new-member limits, each
// recipient's choice and ignores), paced and filtered like a reply, then
// conversation, participants and message written in one transaction. A form
// sent twice (same client token) starts one conversation.
import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { conversationBus } from "@/lib/live/conversation-bus";
import { renderPostSource } from "@/lib/forum/render-post";
import type { Viewer } from "@/lib/permissions";
import type { ServiceContext } from "@/lib/service-context";
import { getSettings } from "@/lib/settings";
import { startConversationSchema } from "@/lib/validation/conversation";
import { parseInput } from "@/lib/validation/parse-input";
import { altTextsOf, attachmentIdsOf } from "@/lib/uploads/post-pictures";
import { claimableConversationPictures, linkConversationPictures } from "@/lib/uploads/conversation-pictures";
import { CONVERSATION_TEXT as T } from "./messages";
import { notifyConversationMessage } from "./notify";
import { resolveRecipients } from "./recipients";
import { assertMayStart, assertRecipientBudget, enforceMessageRules } from "./rules";
import { t } from "@/lib/i18n/text";

export type StartedConversation = { conversationId: number; duplicate: boolean };

export async function startConversation(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<StartedConversation> {
  const { recipients: names, title, source, clientToken } = parseInput(startConversationSchema, input);
  if (!viewer) throw new ForbiddenError(T.loginFirst);
  const earlier = await byToken(clientToken, viewer.id);
  if (earlier) return earlier;

  const now = ctx.now ?? new Date();
  const settings = await getSettings();
  await assertMayStart(viewer, settings, now);
  const recipients = await resolveRecipients(viewer, names);
  await assertRecipientBudget(viewer, recipients.map((r) => r.id), settings, now);
  await enforceMessageRules(viewer, { title, source }, settings, now);
  // Pictures: the member's private uploads the form names (lib/uploads/conversation-pictures.ts).
  const ids = attachmentIdsOf(input);
  const pictures = await claimableConversationPictures(viewer, ids, settings.maxImagesPerPost, altTextsOf(input, ids));
  const html = await renderPostSource(source, pictures);

  let conversationId: number;
  try {
    conversationId = await db.$transaction(async (tx) => {
      const conversation = await tx.conversation.create({
        data: { starterId: viewer.id, title, lastNumber: 1, lastMessageAt: now, createdAt: now },
        select: { id: true },
      });
      await tx.conversationParticipant.createMany({
        data: [
          { conversationId: conversation.id, userId: viewer.id, lastReadNumber: 1, joinedAt: now, lastMessageAt: now },
          ...recipients.map((r) => ({ conversationId: conversation.id, userId: r.id, lastReadNumber: 0, joinedAt: now, lastMessageAt: now })),
        ],
      });
      const message = await tx.conversationMessage.create({
        data: { conversationId: conversation.id, authorId: viewer.id, number: 1, source, html, clientToken, ipHash: ctx.ipHash ?? null, createdAt: now },
        select: { id: true },
      });
      await linkConversationPictures(tx, message.id, viewer.id, pictures);
      return conversation.id;
    });
  } catch (error) {
    // The same form sent twice at once: the other submission won.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await byToken(clientToken, viewer.id);
      if (winner) return winner;
    }
    throw error;
  }
  await db.conversationDraft.deleteMany({ where: { userId: viewer.id, key: "new" } });
  await notifyConversationMessage({
    kind: "started",
    conversationId,
    title,
    messageNumber: 1,
    author: viewer,
    recipientIds: recipients.map((r) => r.id),
  });
  conversationBus().publish({ conversationId, lastNumber: 1 });
  return { conversationId, duplicate: false };
}

/** The conversation an earlier submission of this form started; a token of someone else's is refused. */
async function byToken(clientToken: string, authorId: number): Promise<StartedConversation | null> {
  const message = await db.conversationMessage.findUnique({ where: { clientToken }, select: { conversationId: true, authorId: true, number: true } });
  if (!message) return null;
  if (message.authorId !== authorId || message.number !== 1) throw new InvalidInputError(t("services.formExpired"));
  return { conversationId: message.conversationId, duplicate: true };
}
