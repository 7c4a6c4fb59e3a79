// The moderation log: one append-only row per moderator or admin action,
// written in the same transaction as the action itself, so the log can never
// claim something that did not happen (or miss something that did).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// The actions the log knows, by the name stored in ModerationLog.action.
// Their words are in the page's language (lib/mod-log/labels.ts, messages/<locale>/mod.json).
export const MOD_ACTIONS = [
  "post.hide",
  "post.restore",
  "post.edit",
  "post.purge",
  "post.approve",
  "post.reject",
  "report.hide",
  "report.dismiss",
  "thread.lock",
  "thread.unlock",
  "thread.pin",
  "thread.unpin",
  "thread.move",
  "thread.rename",
  "member.suspend",
  "member.ban",
  "member.lift",
  "member.role",
  "member.title",
  "member.two-factor-reset",
  "member.hold",
  "member.approve",
  "member.reject",
  "account.delete-request",
  "account.delete-cancel",
  "account.delete-complete",
  "filter.add",
  "filter.remove",
  "settings.update",
  "category.create",
  "category.update",
  "category.delete",
  "article.publish",
  // Conversations: a moderator reads a reported private message (and its
  // neighbours) only through a report, and every such reading is logged.
  "conversation.report-view",
  "conversation.message-hide",
  "conversation.report-dismiss",
  // Pictures (lib/moderation/remove-picture.ts).
  "picture.remove",
] as const;

export type ModAction = (typeof MOD_ACTIONS)[number];

export function isModAction(value: string): value is ModAction {
  return (MOD_ACTIONS as readonly string[]).includes(value);
}

export type LogEntry = {
  actorId: number;
  action: ModAction;
  targetType: "post" | "thread" | "member" | "report" | "filter" | "settings" | "category" | "conversation-message";
  targetId: number;
  targetUserId?: number | null;
  reason?: string | null;
  details?: Record<string, unknown>;
};

export async function logModAction(tx: Prisma.TransactionClient, entry: LogEntry): Promise<void> {
  await tx.moderationLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      targetUserId: entry.targetUserId ?? null,
      reason: entry.reason ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    },
  });
}
