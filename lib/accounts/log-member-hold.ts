// A new account held for approval: the forum's decision, logged under the new
// account itself (form registration and Google/GitHub sign-up alike).
import type { Prisma } from "@/lib/generated/prisma/client";
import { logModAction } from "@/lib/mod-log/log-action";

export function logMemberHold(tx: Prisma.TransactionClient, memberId: number, details: Record<string, unknown>): Promise<void> {
  return logModAction(tx, { actorId: memberId, action: "member.hold", targetType: "member", targetId: memberId, targetUserId: memberId, details });
}
