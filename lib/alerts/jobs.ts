// Alert fan-out off the request path (model AlertJob). Posting writes one
// small row (enqueueAlertJob; on SQLite a reply's is written in the reply's
// own commit, lib/forum/reply-sqlite.ts); the server's background loop
// (lib/next/server-background.ts) takes due jobs and delivers them
// (deliver-post.ts, deliver-reaction.ts). A job is claimed with a lease by a
// conditional update (several instances never run one job together; a job
// whose worker died is taken again when the lease runs out — delivery is
// written so that running it twice tells nobody twice), retried with backoff
// on an error, and given up after MAX_ATTEMPTS with the error kept.
import type { Db } from "@/lib/db-client";
import { deliverNewThread, deliverReplies, deliverReply } from "./deliver-post";
import { deliverReaction } from "./deliver-reaction";
import { sendPushJob } from "@/lib/push/send-push";
import { alertJobPayload, type AlertJobPayload } from "./job-payload";

export type { AlertJobPayload };

const MAX_ATTEMPTS = 5;
const LEASE_MS = 5 * 60_000;

/** Wakes the background loop now rather than at its next tick (a job was just queued). */
export function kickAlertJobs(): void {
  (globalThis as unknown as { __banluanKickBackground?: () => void }).__banluanKickBackground?.();
}

export async function enqueueAlertJob(db: Db, job: AlertJobPayload): Promise<void> {
  await db.alertJob.create({ data: { kind: job.kind, payload: alertJobPayload(job) } });
  kickAlertJobs();
}

async function run(db: Db, kind: string, payload: Record<string, number>): Promise<void> {
  if (kind === "reply") await deliverReply(db, payload.postId);
  else if (kind === "thread") await deliverNewThread(db, payload.postId);
  else if (kind === "reaction") await deliverReaction(db, payload.postId, payload.userId);
  else if (kind === "push") await sendPushJob(db, { subscriptionId: payload.subscriptionId, notificationId: payload.notificationId });
}

type ClaimedJob = { id: number; kind: string; payload: string; attempts: number };

async function markDone(db: Db, ids: readonly number[]): Promise<void> {
  // Done jobs are kept a day for inspection, then swept (sweepAlertJobs).
  if (ids.length) await db.alertJob.updateMany({ where: { id: { in: [...ids] } }, data: { doneAt: new Date(), claimedUntil: null, lastError: null } });
}

async function markFailed(db: Db, job: ClaimedJob, error: unknown, now: Date): Promise<void> {
  const attempts = job.attempts + 1;
  const reason = String((error as Error)?.stack ?? error).slice(0, 1000);
  console.error(`[alerts] việc #${job.id} (${job.kind}) lỗi lần ${attempts}:`, error);
  await db.alertJob.update({
    where: { id: job.id },
    data: attempts >= MAX_ATTEMPTS
      ? { doneAt: new Date(), claimedUntil: null, lastError: reason }
      : { claimedUntil: null, lastError: reason, runAfter: new Date(now.getTime() + 10_000 * 2 ** attempts) },
  });
}

/** Runs one claimed job by itself; true when it is done, false when it failed (and was marked so). */
async function runAlone(db: Db, job: ClaimedJob, now: Date): Promise<boolean> {
  try {
    await run(db, job.kind, JSON.parse(job.payload) as Record<string, number>);
    await markDone(db, [job.id]);
    return true;
  } catch (error) {
    await markFailed(db, job, error, now);
    return false;
  }
}

/**
 * One pass: claims the due jobs, oldest first, and runs them. The replies
 * among them are delivered together (deliverReplies: each thread's watchers
 * once for all its new replies), so a burst of posting costs the fan-out per
 * pass, not per reply. Returns how many were done.
 */
export async function processAlertJobs(db: Db, options: { now?: Date; limit?: number } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const due = await db.alertJob.findMany({
    where: { doneAt: null, runAfter: { lte: now }, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
    orderBy: { id: "asc" },
    take: options.limit ?? 50,
    select: { id: true, kind: true, payload: true, attempts: true },
  });
  // One conditional update claims them all and answers which it took: a job
  // another instance claimed since the read above is left out, exactly as
  // with one update per job (which was a write statement per reply posted).
  const taken = due.length
    ? await db.alertJob.updateManyAndReturn({
        where: { id: { in: due.map((job) => job.id) }, doneAt: null, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] },
        data: { claimedUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
        select: { id: true },
      })
    : [];
  const takenIds = new Set(taken.map((job) => job.id));
  // The attempts read before the claim: markFailed counts from them, as before.
  const claimed: ClaimedJob[] = due.filter((job) => takenIds.has(job.id));
  let done = 0;
  const replies = claimed.filter((job) => job.kind === "reply");
  if (replies.length) {
    try {
      await deliverReplies(db, replies.map((job) => (JSON.parse(job.payload) as { postId: number }).postId));
      await markDone(db, replies.map((job) => job.id));
      done += replies.length;
    } catch {
      // One bad job must not hold the others back: each alone, as before batching.
      for (const job of replies) if (await runAlone(db, job, now)) done += 1;
    }
  }
  for (const job of claimed) if (job.kind !== "reply" && (await runAlone(db, job, now))) done += 1;
  return done;
}

export async function sweepAlertJobs(db: Db, now: Date = new Date()): Promise<number> {
  const { count } = await db.alertJob.deleteMany({ where: { doneAt: { lt: new Date(now.getTime() - 24 * 3_600_000) } } });
  return count;
}
