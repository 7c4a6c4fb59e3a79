// A member's choice of who may start conversations with them:
// everyone, members they follow, or nobody (staff still may: lib/permissions.ts).
import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { canManageOwnAccount, type ConversationPolicy, type Viewer } from "@/lib/permissions";
import { conversationPolicySchema } from "@/lib/validation/conversation";
import { parseInput } from "@/lib/validation/parse-input";
import { CONVERSATION_TEXT as T } from "./messages";
import { asPolicy } from "./recipients";

export async function setConversationPolicy(viewer: Viewer | null, input: unknown): Promise<{ policy: ConversationPolicy }> {
  const { policy } = parseInput(conversationPolicySchema, input);
  if (!viewer || !canManageOwnAccount(viewer)) throw new ForbiddenError(T.loginFirst);
  await db.user.update({ where: { id: viewer.id }, data: { conversationPolicy: policy } });
  return { policy };
}

export async function getConversationPolicy(viewer: Viewer): Promise<ConversationPolicy> {
  const row = await db.user.findUnique({ where: { id: viewer.id }, select: { conversationPolicy: true } });
  return asPolicy(row?.conversationPolicy ?? "everyone");
}
