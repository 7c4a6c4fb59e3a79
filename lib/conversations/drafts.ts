// Conversation drafts on the server, as for replies (lib/forum/drafts.ts):
// the start form (key "new": recipients, title, text) and each
// conversation's reply box (key: its id) survive a reload or another device.
import "server-only";
import { db } from "@/lib/db";
import { formAlreadyPosted } from "@/lib/forum/posted-form";
import { assertCan, canParticipate, canReplyConversation, ForbiddenError, type Viewer } from "@/lib/permissions";
import { conversationDraftSchema } from "@/lib/validation/conversation";
import { parseInput } from "@/lib/validation/parse-input";
import { conversationFor } from "./access";
import { CONVERSATION_TEXT as T } from "./messages";

export type ConversationDraftValues = { recipients: string; title: string; source: string };

export async function saveConversationDraft(viewer: Viewer | null, input: unknown): Promise<{ saved: boolean }> {
  if (!viewer) throw new ForbiddenError(T.loginFirst);
  assertCan(canParticipate(viewer));
  const { key, clientToken, recipients, title, source } = parseInput(conversationDraftSchema, input);
  // A reply draft only where the viewer may write (an outsider saves nothing, learns nothing).
  if (key !== "new") await conversationFor(viewer, Number(key), ({ access }) => canReplyConversation(viewer, access));
  if (await conversationFormPosted(clientToken)) return { saved: false };
  if (source.trim() === "" && title.trim() === "" && recipients.trim() === "") {
    await db.conversationDraft.deleteMany({ where: { userId: viewer.id, key } });
    return { saved: false };
  }
  const data = key === "new" ? { recipients, title, source } : { source };
  await db.conversationDraft.upsert({ where: { userId_key: { userId: viewer.id, key } }, create: { userId: viewer.id, key, ...data }, update: data });
  // The message may have been sent (and the draft dropped) while this was written.
  if (await conversationFormPosted(clientToken)) {
    await db.conversationDraft.deleteMany({ where: { userId: viewer.id, key, source } });
    return { saved: false };
  }
  return { saved: true };
}

async function conversationFormPosted(clientToken: string): Promise<boolean> {
  return (await db.conversationMessage.count({ where: { clientToken } })) > 0 || (await formAlreadyPosted(clientToken));
}

export async function getConversationDraft(viewer: Viewer, key: string): Promise<ConversationDraftValues | null> {
  return db.conversationDraft.findUnique({ where: { userId_key: { userId: viewer.id, key } }, select: { recipients: true, title: true, source: true } });
}
