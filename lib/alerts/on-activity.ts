// The hooks the forum's services call after a commit — one call each, so the
// services stay as they are: record the job (one small insert), and watch the
// thread for its author when their preference says so. Never throws: an alert
// lost is better than a post refused.
import type { Db } from "@/lib/db-client";
import { contextDb } from "@/lib/service-context";
import { enqueueAlertJob, kickAlertJobs } from "./jobs";
import { preferencesOf } from "./settings";

async function autoWatch(db: Db, userId: number, threadId: number) {
  if (!(await preferencesOf(db, userId)).autoWatch) return;
  // Read first: a member replying in a thread mostly watches it already, and
  // the read (its plan kept, lib/db/plan-cache.ts) costs less than an upsert,
  // which is a write — SQLite's one lock — on every reply. Two replies at once
  // may both find none: the upsert is idempotent.
  // findFirst: not batched with other requests' lookups, so its plan is kept too.
  if (await db.threadWatch.findFirst({ where: { userId, threadId }, select: { userId: true } })) return;
  await db.threadWatch.upsert({ where: { userId_threadId: { userId, threadId } }, create: { userId, threadId }, update: {} });
}

/**
 * A reply was posted (visible: alerts now; held for approval: nothing — see
 * the note in the report). `queued`: its alert job was already written in the
 * reply's own commit (lib/forum/reply-sqlite.ts), so only the loop is woken.
 */
export async function afterReplyPosted(
  reply: { postId: number; threadId: number; authorId: number; visible: boolean; queued?: boolean },
  ctx: { db?: Db } = {},
): Promise<void> {
  try {
    const db = await contextDb(ctx);
    await autoWatch(db, reply.authorId, reply.threadId);
    if (reply.queued) kickAlertJobs();
    else if (reply.visible) await enqueueAlertJob(db, { kind: "reply", postId: reply.postId });
  } catch (error) {
    console.error("[alerts] không ghi được việc cho phản hồi:", error);
  }
}

/** A thread was started. */
export async function afterThreadCreated(thread: { postId: number; threadId: number; authorId: number; visible: boolean }, ctx: { db?: Db } = {}): Promise<void> {
  try {
    const db = await contextDb(ctx);
    await autoWatch(db, thread.authorId, thread.threadId);
    if (thread.visible) await enqueueAlertJob(db, { kind: "thread", postId: thread.postId });
  } catch (error) {
    console.error("[alerts] không ghi được việc cho chủ đề mới:", error);
  }
}

/**
 * A moderator approved a held post (lib/moderation/approval-queue.ts): the
 * alerts it would have sent when written, sent now. An opening post (number 1)
 * is a new thread. Delivery re-reads everything, so a post hidden again before
 * the job runs still alerts nobody.
 */
export async function afterPostApproved(post: { postId: number; opening: boolean }, ctx: { db?: Db } = {}): Promise<void> {
  try {
    await enqueueAlertJob(await contextDb(ctx), { kind: post.opening ? "thread" : "reply", postId: post.postId });
  } catch (error) {
    console.error("[alerts] không ghi được việc cho bài vừa duyệt:", error);
  }
}

/**
 * A member reacted to a post (toggle-reaction.ts calls this once, when a
 * reaction is added; `kind` is the reaction type, "like" today).
 */
export async function afterReaction(reaction: { postId: number; userId: number; kind: string }, ctx: { db?: Db } = {}): Promise<void> {
  try {
    await enqueueAlertJob(await contextDb(ctx), { kind: "reaction", postId: reaction.postId, userId: reaction.userId });
  } catch (error) {
    console.error("[alerts] không ghi được việc cho lượt thích:", error);
  }
}
