// Usernames typed into "Người nhận" → members the viewer may write to
// (permissions.canMessageMember: their own choice, ignores, reachable
// accounts). Each refusal names the member, and the form keeps what was typed.
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { canMessageMember, type ConversationPolicy, type Viewer } from "@/lib/permissions";
import { POLICIES } from "@/lib/validation/conversation";
import { CONVERSATION_TEXT as T } from "./messages";

export type Recipient = { id: number; username: string; displayName: string };

export function asPolicy(value: string): ConversationPolicy {
  return (POLICIES as readonly string[]).includes(value) ? (value as ConversationPolicy) : "everyone";
}

export async function resolveRecipients(viewer: Viewer, usernames: string[], field = "recipients"): Promise<Recipient[]> {
  const keys = usernames.map((n) => n.toLowerCase());
  const members = await db.user.findMany({
    where: { usernameKey: { in: keys } },
    select: {
      id: true, username: true, usernameKey: true, displayName: true, conversationPolicy: true,
      emailVerifiedAt: true, heldAt: true, deletedAt: true, deletionRequestedAt: true,
      following: { where: { followedId: viewer.id }, select: { followedId: true } },
      ignoring: { where: { ignoredId: viewer.id }, select: { ignoredId: true } },
    },
  });
  const byKey = new Map(members.map((m) => [m.usernameKey, m]));
  const result: Recipient[] = [];
  for (const [i, key] of keys.entries()) {
    const m = byKey.get(key);
    if (!m || m.deletedAt) throw new InvalidInputError(T.unknownMember(usernames[i]), { [field]: T.unknownMember(usernames[i]) });
    if (m.id === viewer.id) throw new InvalidInputError(T.notYourself, { [field]: T.notYourself });
    const allowed = canMessageMember(viewer, {
      id: m.id,
      policy: asPolicy(m.conversationPolicy),
      followsViewer: m.following.length > 0,
      ignoresViewer: m.ignoring.length > 0,
      reachable: !!m.emailVerifiedAt && !m.heldAt && !m.deletionRequestedAt,
    });
    // One wording for a policy and an ignore: an ignore is the ignoring member's secret.
    if (!allowed) throw new InvalidInputError(T.cannotReach(m.displayName), { [field]: T.cannotReach(m.displayName) });
    result.push({ id: m.id, username: m.username, displayName: m.displayName });
  }
  return result;
}
