// A participant reports a message of someone else's: the only way anything
// of a conversation reaches moderators — that message and its neighbours,
// never the rest (lib/conversations/moderate-reports.ts).
import "server-only";
import { db } from "@/lib/db";
import { explainCannotParticipate } from "@/lib/eligibility";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { canReportConversationMessage, type Viewer } from "@/lib/permissions";
import { reportMessageSchema } from "@/lib/validation/conversation";
import { parseInput } from "@/lib/validation/parse-input";
import { loadConversation } from "./access";
import { CONVERSATION_TEXT as T } from "./messages";

export async function reportConversationMessage(viewer: Viewer | null, input: unknown): Promise<{ conversationId: number; number: number }> {
  const { messageId, reason, note } = parseInput(reportMessageSchema, input);
  if (!viewer) throw new ForbiddenError(T.loginFirst);
  const message = await db.conversationMessage.findUnique({ where: { id: messageId }, select: { id: true, conversationId: true, number: true, authorId: true, status: true } });
  const loaded = message ? await loadConversation(viewer, message.conversationId) : null;
  // Outsiders cannot tell a message that exists from one that does not.
  if (!message || !loaded || loaded.access.participation !== "active") throw new NotFoundError(T.messageNotFound);
  if (message.authorId === viewer.id) throw new ForbiddenError(T.cannotReportOwn);
  explainCannotParticipate(viewer);
  if (!canReportConversationMessage(viewer, loaded.access, message)) throw new ForbiddenError();
  await db.$transaction(async (tx) => {
    const open = await tx.conversationReport.findFirst({ where: { messageId, reporterId: viewer.id, status: "open" } });
    if (open) throw new InvalidInputError(T.alreadyReported);
    await tx.conversationReport.create({ data: { messageId, reporterId: viewer.id, reason, note: note || null } });
  });
  return { conversationId: message.conversationId, number: message.number };
}
