// Alerts for the followers of a post's author (model MemberFollow), run by the
// background fan-out after the watchers (deliver-post.ts). A follower hears of
// a followed member's new thread and replies unless they turned it off
// (AlertSettings.followAlerts, on by default: following is the choice to hear).
//
// Deduplication with watching: a follower who watches the thread (or its
// category, for a new thread) has the watch alert and nothing more; for the
// others, ONE follow alert per thread until they have read it — while their
// read state is below the post an open follow alert is about, no second one is
// written. Never for what the follower may not read, never from a member they
// ignore, never to the author, never to a member already told of this post (a
// quote or a mention).
import type { Db } from "@/lib/db-client";
import { canReadPost } from "@/lib/permissions";
import { membersIgnoring } from "@/lib/members/ignore";
import { ALERT_TEXT } from "./messages";
import { loadRecipients } from "./recipients";
import { preferencesOfMany } from "./settings";
import { writeAlerts, type AlertInput } from "./write-alert";

const CHUNK = 500;

export type FollowedPost = {
  id: number;
  number: number;
  status: string;
  authorId: number;
  threadId: number;
  author: { displayName: string };
  thread: { id: number; title: string; status: string; authorId: number; categoryId: number; category: { name: string } };
};

/** The group key of a follow alert about a reply: the thread and the post number it starts at. */
const replyKey = (threadId: number, number: number) => `follow:${threadId}:${number}`;
const threadKey = (threadId: number) => `thread:${threadId}`;

/** Tells the followers of the post's author; returns how many alerts were written. */
export async function deliverToFollowers(db: Db, post: FollowedPost, told: ReadonlySet<number>): Promise<number> {
  const opening = post.number === 1;
  let written = 0;
  let cursor = 0;
  for (;;) {
    const rows = await db.memberFollow.findMany({
      where: { followedId: post.authorId, followerId: { gt: cursor } },
      orderBy: { followerId: "asc" },
      take: CHUNK,
      select: { followerId: true },
    });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1].followerId;
    const ids = rows.map((r) => r.followerId).filter((id) => id !== post.authorId && !told.has(id));
    if (ids.length) written += await deliverChunk(db, post, ids, opening);
    if (rows.length < CHUNK) break;
  }
  return written;
}

async function deliverChunk(db: Db, post: FollowedPost, ids: number[], opening: boolean): Promise<number> {
  const [recipients, ignoring, prefs, watching, reads, open] = await Promise.all([
    loadRecipients(db, ids),
    membersIgnoring(db, post.authorId, ids),
    preferencesOfMany(db, ids),
    opening
      ? db.categoryWatch.findMany({ where: { categoryId: post.thread.categoryId, userId: { in: ids } }, select: { userId: true } })
      : db.threadWatch.findMany({ where: { threadId: post.threadId, userId: { in: ids } }, select: { userId: true } }),
    opening ? Promise.resolve([]) : db.threadRead.findMany({ where: { threadId: post.threadId, userId: { in: ids } }, select: { userId: true, lastReadNumber: true } }),
    // Follow alerts already written about this thread (a retried job, or an unread one).
    db.notification.findMany({
      where: { userId: { in: ids }, groupKey: opening ? threadKey(post.threadId) : { startsWith: `follow:${post.threadId}:` } },
      select: { userId: true, groupKey: true },
    }),
  ]);
  const watchers = new Set(watching.map((w) => w.userId));
  const lastRead = new Map(reads.map((r) => [r.userId, r.lastReadNumber]));
  // The newest follow alert's starting post per member.
  const openFrom = new Map<number, number>();
  for (const n of open) {
    const from = opening ? Number.MAX_SAFE_INTEGER : Number(n.groupKey!.split(":")[2]);
    openFrom.set(n.userId, Math.max(openFrom.get(n.userId) ?? 0, from));
  }

  const alerts: AlertInput[] = [];
  for (const userId of ids) {
    const r = recipients.get(userId);
    if (!r || r.inactive || ignoring.has(userId) || watchers.has(userId)) continue;
    if (!prefs.get(userId)?.followAlerts) continue;
    if (!canReadPost(r.viewer, { status: post.status, authorId: post.authorId, thread: post.thread })) continue;
    if (opening) {
      if (openFrom.has(userId)) continue; // told of this thread already
      alerts.push({
        userId,
        kind: "follow.thread",
        message: ALERT_TEXT.newThread(r.locale, post.author.displayName, post.thread.title, post.thread.category.name),
        link: `/posts/${post.id}`,
        groupKey: threadKey(post.threadId),
      });
      continue;
    }
    const read = lastRead.get(userId) ?? 0;
    if (read >= post.number) continue; // already shown it
    const from = openFrom.get(userId);
    if (from !== undefined && (read < from || from >= post.number)) continue; // an alert about this thread is still unread
    alerts.push({
      userId,
      kind: "follow.reply",
      message: ALERT_TEXT.followedReply(r.locale, post.author.displayName, post.thread.title),
      link: `/posts/${post.id}`,
      groupKey: replyKey(post.threadId, post.number),
    });
  }
  await writeAlerts(db, alerts);
  return alerts.length;
}
