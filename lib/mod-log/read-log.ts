// Reading the moderation log: newest first, filterable by moderator, member
// and action, paged by id (cheap at any depth).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, canViewModerationLog, type Viewer } from "@/lib/permissions";
import { isModAction } from "./log-action";

export const LOG_PAGE_SIZE = 50;

export type LogFilters = { moderator?: string; member?: string; action?: string; before?: number };

export async function listModLog(viewer: Viewer | null, filters: LogFilters) {
  assertCan(canViewModerationLog(viewer));
  const [actor, member] = await Promise.all([
    filters.moderator ? db.user.findUnique({ where: { usernameKey: filters.moderator.toLowerCase() }, select: { id: true } }) : null,
    filters.member ? db.user.findUnique({ where: { usernameKey: filters.member.toLowerCase() }, select: { id: true } }) : null,
  ]);
  // A filter naming nobody matches nothing (never "everything").
  if ((filters.moderator && !actor) || (filters.member && !member)) return { entries: [], next: null };
  const action = filters.action && isModAction(filters.action) ? filters.action : undefined;
  const rows = await db.moderationLog.findMany({
    where: {
      ...(actor ? { actorId: actor.id } : {}),
      ...(member ? { targetUserId: member.id } : {}),
      ...(action ? { action } : {}),
      ...(filters.before ? { id: { lt: filters.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: LOG_PAGE_SIZE + 1,
    include: { actor: { select: { username: true, displayName: true } } },
  });
  const entries = rows.slice(0, LOG_PAGE_SIZE);
  const userIds = [...new Set(entries.map((e) => e.targetUserId).filter((id): id is number => id !== null))];
  const targets = userIds.length ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, username: true, displayName: true } }) : [];
  const byId = new Map(targets.map((t) => [t.id, t]));
  const posts = await postTargetsOf(entries);
  return {
    entries: entries.map((e) => ({
      ...e,
      targetUser: e.targetUserId ? byId.get(e.targetUserId) ?? null : null,
      targetPost: e.targetType === "post" ? posts.get(e.targetId) ?? null : null,
    })),
    next: rows.length > LOG_PAGE_SIZE ? entries[entries.length - 1].id : null,
  };
}

/**
 * The posts a page of the log names, by id: their number in the thread (the
 * log says "bài #2" as the thread does, never the database id) and the
 * thread's title. One query for the page.
 */
async function postTargetsOf(entries: readonly { targetType: string; targetId: number }[]) {
  const ids = [...new Set(entries.filter((e) => e.targetType === "post").map((e) => e.targetId))];
  if (ids.length === 0) return new Map<number, { id: number; number: number; threadTitle: string }>();
  const rows = await db.post.findMany({ where: { id: { in: ids } }, select: { id: true, number: true, thread: { select: { title: true } } } });
  return new Map(rows.map((p) => [p.id, { id: p.id, number: p.number, threadTitle: p.thread.title }]));
}
