// Moderators and reported private messages. The queue lists reports with no
// text at all (who reported, why, when); opening one shows the reported
// message and the one before and after it — nothing else of the
// conversation, not even its title — and writes that reading in the
// moderation log. They may hide the message (its sender and reporters are
// told) or dismiss the reports; sanctioning the sender goes through the
// usual member page.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { logModAction } from "@/lib/mod-log/log-action";
import { notifyMember } from "@/lib/moderation/notify";
import { assertCan, canModerate, canModerateConversationMessage, canViewReportedConversationMessage, ForbiddenError, type Viewer } from "@/lib/permissions";
import { resolveMessageReportSchema } from "@/lib/validation/conversation";
import { parseInput } from "@/lib/validation/parse-input";
import { conversationBus } from "@/lib/live/conversation-bus";
import { CONVERSATION_TEXT as T } from "./messages";

/** Open reports, one entry per message, oldest first: no conversation text. */
export async function listConversationReports(viewer: Viewer | null) {
  assertCan(canModerate(viewer));
  const reports = await db.conversationReport.findMany({
    where: { status: "open" },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, messageId: true, reason: true, note: true, createdAt: true, reporter: { select: { username: true, displayName: true } } },
  });
  const byMessage = new Map<number, typeof reports>();
  for (const r of reports) byMessage.set(r.messageId, [...(byMessage.get(r.messageId) ?? []), r]);
  return [...byMessage.entries()].map(([messageId, rs]) => ({ messageId, reports: rs }));
}

async function reportedMessage(messageId: number) {
  const message = await db.conversationMessage.findUnique({
    where: { id: messageId },
    select: {
      id: true, conversationId: true, number: true, html: true, status: true, statusReason: true, createdAt: true, authorId: true,
      author: { select: { id: true, username: true, displayName: true, role: true } },
      _count: { select: { reports: true } },
    },
  });
  return message;
}

/**
 * The reported message with its immediate context (numbers n−1 and n+1),
 * for staff, only when it has a report; logged as read. Anything else:
 * "not found", as for a message that does not exist.
 */
export async function viewReportedMessage(viewer: Viewer | null, messageId: number) {
  if (!canModerate(viewer)) throw new NotFoundError(T.messageNotFound);
  const message = await reportedMessage(messageId);
  if (!message || !canViewReportedConversationMessage(viewer, { reported: message._count.reports > 0 })) throw new NotFoundError(T.messageNotFound);
  const neighbours = await db.conversationMessage.findMany({
    where: { conversationId: message.conversationId, number: { in: [message.number - 1, message.number + 1] } },
    orderBy: { number: "asc" },
    select: { id: true, number: true, html: true, status: true, createdAt: true, author: { select: { username: true, displayName: true } } },
  });
  const reports = await db.conversationReport.findMany({
    where: { messageId },
    orderBy: { createdAt: "asc" },
    select: { id: true, reason: true, note: true, status: true, createdAt: true, reporter: { select: { username: true, displayName: true } } },
  });
  await db.$transaction((tx) =>
    logModAction(tx, { actorId: viewer!.id, action: "conversation.report-view", targetType: "conversation-message", targetId: messageId, targetUserId: message.authorId }),
  );
  return {
    message,
    before: neighbours.find((n) => n.number === message.number - 1) ?? null,
    after: neighbours.find((n) => n.number === message.number + 1) ?? null,
    reports,
  };
}

export async function resolveConversationReport(viewer: Viewer | null, input: unknown): Promise<{ messageId: number; outcome: "hide" | "dismiss" }> {
  const { messageId, outcome, note } = parseInput(resolveMessageReportSchema, input);
  if (!canModerate(viewer)) throw new ForbiddenError();
  const message = await reportedMessage(messageId);
  if (!message || !canModerateConversationMessage(viewer, { reported: message._count.reports > 0, status: message.status })) throw new NotFoundError(T.messageNotFound);
  const now = new Date();
  const reporters = await db.$transaction(async (tx) => {
    const open = await tx.conversationReport.findMany({ where: { messageId, status: "open" }, select: { reporterId: true } });
    await tx.conversationReport.updateMany({
      where: { messageId, status: "open" },
      data: { status: outcome === "hide" ? "hidden" : "dismissed", resolvedById: viewer!.id, resolvedNote: note || null, resolvedAt: now },
    });
    if (outcome === "hide" && message.status === "visible") {
      await tx.conversationMessage.update({ where: { id: messageId }, data: { status: "hidden", statusReason: note || T.hiddenReason } });
      await notifyMember(tx, message.authorId, "conversation-hidden", T.notifyHidden);
    }
    await logModAction(tx, {
      actorId: viewer!.id,
      action: outcome === "hide" ? "conversation.message-hide" : "conversation.report-dismiss",
      targetType: "conversation-message",
      targetId: messageId,
      targetUserId: message.authorId,
      reason: note || null,
    });
    return [...new Set(open.map((r) => r.reporterId))];
  });
  for (const reporterId of reporters) {
    await db.$transaction((tx) => notifyMember(tx, reporterId, "conversation-report", outcome === "hide" ? T.notifyReportHidden : T.notifyReportDismissed));
  }
  if (outcome === "hide") conversationBus().publish({ conversationId: message.conversationId, lastNumber: 0 });
  return { messageId, outcome };
}
