// Reports: members flag a reply; moderators resolve all open reports about it
// at once ("hide" or "dismiss", with a note) and every reporter is told the
// outcome. Reports from enough distinct members hide the post pending review.
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { explainCannotParticipate } from "@/lib/eligibility";
import { loadPostTarget } from "@/lib/forum/post-target";
import { publishThreadEvent } from "@/lib/forum/thread-events";
import { assertCan, canModerate, canReport, ForbiddenError, type Viewer } from "@/lib/permissions";
import { getSettings } from "@/lib/settings";
import { parseInput } from "@/lib/validation/parse-input";
import { createReportSchema, REPORT_REASONS, resolveReportSchema } from "@/lib/validation/moderation";
import { reportReasonLabel } from "@/lib/mod-log/labels";
import { logModAction } from "@/lib/mod-log/log-action";
import { notifyMember } from "./notify";
import { t } from "@/lib/i18n/text";
import { setPostStatus } from "@/lib/forum/post-visibility";

export const AUTO_HIDE_REASON = "Tự động ẩn do nhiều thành viên báo cáo; đang chờ điều hành viên xem xét.";

export async function createReport(viewer: Viewer | null, input: unknown) {
  const { postId, reason, note } = parseInput(createReportSchema, input);
  if (!viewer) throw new ForbiddenError(t("services.moderationReportLogIn"));
  const post = await loadPostTarget(postId);
  if (!post) throw new NotFoundError(t("services.postMissing"));
  if (post.authorId === viewer.id) throw new ForbiddenError(t("services.moderationReportOwn"));
  explainCannotParticipate(viewer);
  assertCan(canReport(viewer, post));

  const settings = await getSettings();
  const result = await db.$transaction(async (tx) => {
    const open = await tx.report.findFirst({ where: { postId, reporterId: viewer.id, status: "open" } });
    if (open) throw new InvalidInputError(t("services.moderationAlreadyReported"));
    await tx.report.create({ data: { postId, reporterId: viewer.id, reason, note: note || null } });
    const reporters = await tx.report.groupBy({ by: ["reporterId"], where: { postId, status: "open" } });
    if (reporters.length >= settings.autoHideReportCount && post.status === "visible") {
      await setPostStatus(tx, post, { status: "hidden", reason: AUTO_HIDE_REASON, byId: viewer.id });
      return { autoHidden: true };
    }
    return { autoHidden: false };
  });
  if (result.autoHidden) publishThreadEvent({ threadId: post.threadId, kind: "update" });
  return { ...result, threadId: post.threadId };
}

export async function hasOpenReport(reporterId: number, postId: number): Promise<boolean> {
  return (await db.report.count({ where: { reporterId, postId, status: "open" } })) > 0;
}

/** Open reports grouped by post: auto-hidden posts first, then the most reported, then the oldest. */
export async function listOpenReports(viewer: Viewer | null) {
  assertCan(canModerate(viewer));
  const reports = await db.report.findMany({
    where: { status: "open" },
    orderBy: { createdAt: "asc" },
    include: {
      reporter: { select: { username: true, displayName: true } },
      post: {
        select: {
          id: true,
          number: true,
          html: true,
          status: true,
          statusReason: true,
          createdAt: true,
          author: { select: { id: true, username: true, displayName: true } },
          thread: { select: { id: true, slug: true, title: true } },
        },
      },
    },
  });
  const groups = new Map<number, { post: (typeof reports)[number]["post"]; reports: typeof reports; reasons: Record<string, number> }>();
  for (const report of reports) {
    const group = groups.get(report.postId) ?? { post: report.post, reports: [], reasons: {} };
    group.reports.push(report);
    const label = reportReasonLabel(report.reason); // in the page's language
    group.reasons[label] = (group.reasons[label] ?? 0) + 1;
    groups.set(report.postId, group);
  }
  return [...groups.values()].sort((a, b) => {
    const autoA = a.post.statusReason === AUTO_HIDE_REASON ? 1 : 0;
    const autoB = b.post.statusReason === AUTO_HIDE_REASON ? 1 : 0;
    return autoB - autoA || b.reports.length - a.reports.length || a.reports[0].createdAt.getTime() - b.reports[0].createdAt.getTime();
  });
}

export async function resolveReports(viewer: Viewer | null, input: unknown) {
  const { postId, outcome, note } = parseInput(resolveReportSchema, input);
  assertCan(canModerate(viewer));
  const post = await loadPostTarget(postId);
  if (!post) throw new NotFoundError(t("services.postMissing"));
  const now = new Date();
  const resolved = await db.$transaction(async (tx) => {
    const open = await tx.report.findMany({ where: { postId, status: "open" }, select: { id: true, reporterId: true, reason: true } });
    if (open.length === 0) throw new InvalidInputError(t("services.moderationNoOpenReports"));
    const status = outcome === "hide" ? "hidden" : "dismissed";
    await tx.report.updateMany({
      where: { id: { in: open.map((r) => r.id) } },
      data: { status, resolvedById: viewer!.id, resolvedNote: note || null, resolvedAt: now },
    });
    if (outcome === "hide") {
      const reasons = [...new Set(open.map((r) => REPORT_REASONS[r.reason as keyof typeof REPORT_REASONS] ?? r.reason))].join(", ");
      const reason = note || `Vi phạm nội quy (${reasons.toLowerCase()})`;
      // An auto-hidden post is already hidden: the moderator's reason replaces the automatic one.
      if (post.status === "hidden") {
        await tx.post.update({ where: { id: post.id }, data: { statusReason: reason, statusById: viewer!.id, statusAt: now } });
      } else {
        await setPostStatus(tx, post, { status: "hidden", reason, byId: viewer!.id });
      }
      await notifyMember(tx, post.authorId, "post.hidden", () => t("alerts.modPostHidden", { reason }), `/posts/${post.id}`);
    } else if (post.status === "hidden" && post.statusReason === AUTO_HIDE_REASON) {
      // Dismissing the reports lifts the automatic hiding they caused.
      await setPostStatus(tx, post, { status: "visible", byId: viewer!.id });
    }
    await logModAction(tx, {
      actorId: viewer!.id,
      action: outcome === "hide" ? "report.hide" : "report.dismiss",
      targetType: "post",
      targetId: post.id,
      targetUserId: post.authorId,
      reason: note || null,
      details: { reports: open.length },
    });
    for (const reporterId of new Set(open.map((r) => r.reporterId))) {
      await notifyMember(tx, reporterId, "report.resolved", () => t("alerts.modReportResolved", { outcome }) + (note ? t("alerts.modReportNote", { note }) : ""), `/posts/${post.id}`);
    }
    return open.length;
  });
  publishThreadEvent({ threadId: post.threadId, kind: "update" });
  return { resolved, threadId: post.threadId };
}
