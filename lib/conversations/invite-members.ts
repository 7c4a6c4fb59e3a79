// The starter invites more members (each by username, under the same rules
// as starting: standing, new-member limits, the recipient's choice, ignores,
// the hourly budget). A member who had left comes back in, with the whole
// conversation to read.
import "server-only";
import { db } from "@/lib/db";
import { explainCannotParticipate } from "@/lib/eligibility";
import { ForbiddenError, InvalidInputError } from "@/lib/errors";
import { canInviteToConversation, type Viewer } from "@/lib/permissions";
import type { ServiceContext } from "@/lib/service-context";
import { getSettings } from "@/lib/settings";
import { inviteSchema } from "@/lib/validation/conversation";
import { parseInput } from "@/lib/validation/parse-input";
import { conversationFor } from "./access";
import { CONVERSATION_TEXT as T } from "./messages";
import { notifyConversationMessage } from "./notify";
import { resolveRecipients } from "./recipients";
import { assertMayStart, assertRecipientBudget } from "./rules";

export async function inviteToConversation(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ conversationId: number; invited: number }> {
  const { conversationId, recipients: names } = parseInput(inviteSchema, input);
  if (!viewer) throw new ForbiddenError(T.loginFirst);
  const now = ctx.now ?? new Date();
  const { conversation } = await conversationFor(viewer, conversationId, ({ access }) => canInviteToConversation(viewer, access, now), ({ access }) => {
    explainCannotParticipate(viewer, now);
    return access.locked ? T.locked : T.onlyStarter;
  });
  const settings = await getSettings();
  await assertMayStart(viewer, settings, now);
  const recipients = await resolveRecipients(viewer, names);
  const present = await db.conversationParticipant.findMany({
    where: { conversationId, leftAt: null, userId: { in: recipients.map((r) => r.id) } },
    select: { userId: true },
  });
  if (present.length) {
    const name = recipients.find((r) => r.id === present[0].userId)!.displayName;
    throw new InvalidInputError(T.alreadyIn(name), { recipients: T.alreadyIn(name) });
  }
  await assertRecipientBudget(viewer, recipients.map((r) => r.id), settings, now);
  await db.$transaction(async (tx) => {
    for (const r of recipients) {
      await tx.conversationParticipant.upsert({
        where: { conversationId_userId: { conversationId, userId: r.id } },
        create: { conversationId, userId: r.id, lastReadNumber: 0, joinedAt: now, lastMessageAt: conversation.lastMessageAt },
        update: { leftAt: null, lastReadNumber: 0, joinedAt: now, lastMessageAt: conversation.lastMessageAt },
      });
    }
  });
  await notifyConversationMessage({
    kind: "invited",
    conversationId,
    title: conversation.title,
    messageNumber: 1,
    author: viewer,
    recipientIds: recipients.map((r) => r.id),
  });
  return { conversationId, invited: recipients.length };
}
