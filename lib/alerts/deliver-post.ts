// Delivery of a new post to the members it concerns, run by the background
// loop (lib/alerts/jobs.ts), never in the request that posted it. Everything is
// read fresh here, so a post hidden, a thread held or a member banned since
// then is accounted for; each recipient is judged by lib/permissions.ts as
// the Viewer they are, and told nothing they could not read.
//
// Who gets what, once per post:
// - members it quotes or @mentions: a "quote" / "mention" alert (+ mail if chosen);
// - watchers of the thread (a reply): ONE alert per thread until they have read
//   it — while their read state is below the first reply an open alert is about,
//   that alert is updated ("3 phản hồi mới trong …") instead of a second one; the
//   same rule holds for the "immediately" e-mail (ThreadWatch.mailedFrom);
// - watchers of the category (a new thread): a "new thread" alert;
// - followers of the author who watch neither (deliver-follow.ts);
// nobody who ignores the author, nobody twice, never the author.
import type { Db } from "@/lib/db-client";
import { canReadPost } from "@/lib/permissions";
import { membersIgnoring } from "@/lib/members/ignore";
import { enqueueMail, enqueueMails, type QueuedMail } from "@/lib/mail/queue";
import { ALERT_TEXT } from "./messages";
import { loadRecipients, type Recipient } from "./recipients";
import { preferencesOfMany } from "./settings";
import { updateAlertMessages, writeAlerts, type AlertInput } from "./write-alert";
import { mentionedUsernames, quotedPostIds } from "./mentions";
import { mentionMail, replyMail, type MailPost } from "./alert-mail";
import { deliverToFollowers } from "./deliver-follow";
import { paced } from "@/lib/server/request-pressure";

const CHUNK = 500;

const POST_SELECT = {
  id: true, number: true, status: true, source: true, html: true, authorId: true, threadId: true,
  author: { select: { displayName: true } },
  thread: { select: { id: true, title: true, status: true, authorId: true, categoryId: true, category: { select: { name: true } } } },
} as const;

async function loadPost(db: Db, postId: number) {
  return db.post.findUnique({ where: { id: postId }, select: POST_SELECT });
}
type LoadedPost = NonNullable<Awaited<ReturnType<typeof loadPost>>>;

const readable = (r: Recipient | undefined, post: LoadedPost): r is Recipient =>
  !!r && !r.inactive && canReadPost(r.viewer, { status: post.status, authorId: post.authorId, thread: post.thread });

const mailPost = (post: LoadedPost): MailPost => ({ id: post.id, html: post.html, authorName: post.author.displayName, threadTitle: post.thread.title });

export type DeliveryResult = { alerts: number; updated: number; mails: number };

/** Quotes and mentions in a post: returns who was told (they get no other alert for this post). */
async function deliverMentions(db: Db, post: LoadedPost, result: DeliveryResult): Promise<Set<number>> {
  const names = mentionedUsernames(post.source);
  const quoted = quotedPostIds(post.source);
  const targets = new Map<number, "mention" | "quote">();
  if (quoted.length) {
    const rows = await db.post.findMany({ where: { id: { in: quoted }, threadId: post.threadId }, select: { authorId: true } });
    for (const r of rows) targets.set(r.authorId, "quote");
  }
  if (names.length) {
    const rows = await db.user.findMany({ where: { usernameKey: { in: names } }, select: { id: true } });
    for (const r of rows) if (!targets.has(r.id)) targets.set(r.id, "mention");
  }
  targets.delete(post.authorId);
  if (targets.size === 0) return new Set();
  const ids = [...targets.keys()];
  const [recipients, ignoring, prefs, already] = await Promise.all([
    loadRecipients(db, ids),
    membersIgnoring(db, post.authorId, ids),
    preferencesOfMany(db, ids),
    db.notification.findMany({ where: { userId: { in: ids }, groupKey: `post:${post.id}` }, select: { userId: true } }),
  ]);
  const done = new Set(already.map((n) => n.userId));
  const told = new Set<number>();
  const alerts: AlertInput[] = [];
  for (const [userId, kind] of targets) {
    const r = recipients.get(userId);
    if (ignoring.has(userId) || !readable(r, post)) continue;
    told.add(userId);
    if (done.has(userId)) continue; // a retried job: written already
    const message = kind === "quote" ? ALERT_TEXT.quote(r.locale, post.author.displayName, post.thread.title) : ALERT_TEXT.mention(r.locale, post.author.displayName, post.thread.title);
    alerts.push({ userId, kind: `post.${kind}`, message, link: `/posts/${post.id}`, groupKey: `post:${post.id}` });
    if (r.mailable && prefs.get(userId)?.mentionEmail === "immediate") {
      await enqueueMail(mentionMail({ id: userId, displayName: r.viewer.displayName, email: r.email!, locale: r.locale }, mailPost(post), kind), { db });
      result.mails += 1;
    }
  }
  await writeAlerts(db, alerts);
  result.alerts += alerts.length;
  return told;
}

/** A new visible reply: its mentions, then the thread's watchers. */
export async function deliverReply(db: Db, postId: number): Promise<DeliveryResult> {
  return deliverReplies(db, [postId]);
}

/**
 * New replies, as the background loop found them due: each one's quotes and
 * mentions, then each thread's watchers ONCE for all of its new replies, then
 * each one's followers. While members post faster than the loop delivers, the
 * replies of one thread pile up and are delivered together: a watcher's one
 * alert per thread is the same whether it was counted up reply by reply or
 * all at once, and the cost of a reply in a thread with 5 000 watchers is
 * shared by the replies that came in meanwhile instead of paid by each.
 */
export async function deliverReplies(db: Db, postIds: readonly number[]): Promise<DeliveryResult> {
  const result: DeliveryResult = { alerts: 0, updated: 0, mails: 0 };
  if (postIds.length === 0) return result;
  const loaded = await db.post.findMany({ where: { id: { in: [...postIds] } }, select: POST_SELECT });
  // Only what every reader of the thread may read alerts anyone.
  const posts = loaded.filter((p) => p.status === "visible" && p.thread.status === "visible").sort((a, b) => a.number - b.number);
  const byThread = new Map<number, LoadedPost[]>();
  for (const post of posts) byThread.set(post.threadId, [...(byThread.get(post.threadId) ?? []), post]);

  for (const [threadId, replies] of byThread) {
    const told = new Map<number, Set<number>>();
    for (const post of replies) told.set(post.id, await deliverMentions(db, post, result));

    // Watchers, a chunk at a time: short statements, so posting (SQLite's one writer) never waits long.
    let cursor = 0;
    for (;;) {
      const watches = await db.threadWatch.findMany({
        where: { threadId, userId: { gt: cursor } },
        orderBy: { userId: "asc" },
        take: CHUNK,
        select: { userId: true, alertFrom: true, mailedFrom: true },
      });
      if (watches.length === 0) break;
      cursor = watches[watches.length - 1].userId;
      // A chunk at a time, giving way to requests between them (request-pressure.ts).
      await paced(() => deliverToWatchers(db, replies, told, watches, result));
      if (watches.length < CHUNK) break;
    }
    // Then the authors' followers who do not watch the thread.
    for (const post of replies) result.alerts += await deliverToFollowers(db, post, told.get(post.id)!);
  }
  return result;
}

async function deliverToWatchers(
  db: Db,
  replies: readonly LoadedPost[],
  told: ReadonlyMap<number, ReadonlySet<number>>,
  watches: { userId: number; alertFrom: number | null; mailedFrom: number | null }[],
  result: DeliveryResult,
) {
  const latest = replies[replies.length - 1];
  const ids = watches.map((w) => w.userId);
  const authors = [...new Set(replies.map((p) => p.authorId))];
  const [recipients, ignores, prefs, reads] = await Promise.all([
    loadRecipients(db, ids),
    db.memberIgnore.findMany({ where: { ignoredId: { in: authors }, userId: { in: ids } }, select: { userId: true, ignoredId: true } }),
    preferencesOfMany(db, ids),
    db.threadRead.findMany({ where: { threadId: latest.threadId, userId: { in: ids } }, select: { userId: true, lastReadNumber: true } }),
  ]);
  const ignoring = new Set(ignores.map((i) => `${i.userId}:${i.ignoredId}`));
  const lastRead = new Map(reads.map((r) => [r.userId, r.lastReadNumber]));
  // The visible replies above the least-read watcher's position: each open alert's count.
  const floor = Math.min(...ids.map((id) => lastRead.get(id) ?? 0));
  const visible = (
    await db.post.findMany({ where: { threadId: latest.threadId, status: "visible", number: { gt: Math.max(floor, 1), lte: latest.number } }, select: { number: true }, orderBy: { number: "desc" }, take: 1000 })
  ).map((p) => p.number);
  const unreadCount = (after: number) => {
    let n = 0;
    while (n < visible.length && visible[n] > after) n++;
    return Math.max(n, 1);
  };

  const fresh: AlertInput[] = [];
  const alertFrom = new Map<number, number[]>(); // first new post number → watchers whose alert starts there
  const updates = new Map<string, { groupKey: string; message: string; userIds: number[] }>();
  const mailedFrom = new Map<number, number[]>();
  const mails: QueuedMail[] = [];
  const add = (map: Map<number, number[]>, key: number, userId: number) => map.set(key, [...(map.get(key) ?? []), userId]);
  for (const w of watches) {
    const r = recipients.get(w.userId);
    const read = lastRead.get(w.userId) ?? 0;
    // What this watcher is told of: replies they have not read, not their own, not by someone
    // they ignore, not one that told them already (a quote or a mention), and readable by them.
    const news = replies.filter(
      (p) => p.number > read && p.authorId !== w.userId && !ignoring.has(`${w.userId}:${p.authorId}`) && !told.get(p.id)?.has(w.userId) && readable(r, p),
    );
    if (news.length === 0 || !r) continue;
    const first = news[0];
    if (w.alertFrom !== null && read < w.alertFrom) {
      // An alert about this thread is still unread: it counts these replies too
      // (one update per distinct text: the count and the member's language).
      const groupKey = `reply:${latest.threadId}:${w.alertFrom}`;
      const message = ALERT_TEXT.newReplies(r.locale, unreadCount(read), latest.thread.title);
      const key = `${groupKey}|${message}`;
      const entry = updates.get(key) ?? { groupKey, message, userIds: [] };
      entry.userIds.push(w.userId);
      updates.set(key, entry);
    } else {
      fresh.push({ userId: w.userId, kind: "thread.reply", message: ALERT_TEXT.newReplies(r.locale, news.length, latest.thread.title), link: `/posts/${first.id}`, groupKey: `reply:${latest.threadId}:${first.number}` });
      add(alertFrom, first.number, w.userId);
    }
    const mailOpen = w.mailedFrom !== null && read < w.mailedFrom;
    if (!mailOpen && r.mailable && prefs.get(w.userId)?.watchedEmail === "immediate") {
      mails.push(replyMail({ id: w.userId, displayName: r.viewer.displayName, email: r.email!, locale: r.locale }, mailPost(first)));
      add(mailedFrom, first.number, w.userId);
    }
  }
  await writeAlerts(db, fresh);
  await enqueueMails(mails, { db });
  for (const [number, userIds] of alertFrom) await db.threadWatch.updateMany({ where: { threadId: latest.threadId, userId: { in: userIds } }, data: { alertFrom: number } });
  await updateAlertMessages(db, updates.values());
  for (const [number, userIds] of mailedFrom) await db.threadWatch.updateMany({ where: { threadId: latest.threadId, userId: { in: userIds } }, data: { mailedFrom: number } });
  result.alerts += fresh.length;
  result.updated += [...updates.values()].reduce((n, u) => n + u.userIds.length, 0);
  result.mails += mails.length;
}

/** A new visible thread: mentions in its opening post, then the category's watchers. */
export async function deliverNewThread(db: Db, postId: number): Promise<DeliveryResult> {
  const result: DeliveryResult = { alerts: 0, updated: 0, mails: 0 };
  const post = await loadPost(db, postId);
  if (!post || post.number !== 1 || post.status !== "visible" || post.thread.status !== "visible") return result;
  const told = await deliverMentions(db, post, result);
  let cursor = 0;
  for (;;) {
    const watches = await db.categoryWatch.findMany({ where: { categoryId: post.thread.categoryId, userId: { gt: cursor } }, orderBy: { userId: "asc" }, take: CHUNK, select: { userId: true } });
    if (watches.length === 0) break;
    cursor = watches[watches.length - 1].userId;
    const ids = watches.map((w) => w.userId).filter((id) => id !== post.authorId && !told.has(id));
    const [recipients, ignoring, already] = await Promise.all([
      loadRecipients(db, ids),
      membersIgnoring(db, post.authorId, ids),
      db.notification.findMany({ where: { userId: { in: ids }, groupKey: `thread:${post.threadId}` }, select: { userId: true } }),
    ]);
    const done = new Set(already.map((n) => n.userId));
    const alerts: AlertInput[] = ids
      .filter((id) => !ignoring.has(id) && !done.has(id) && readable(recipients.get(id), post))
      .map((userId) => ({
        userId,
        kind: "category.thread",
        message: ALERT_TEXT.newThread(recipients.get(userId)!.locale, post.author.displayName, post.thread.title, post.thread.category.name),
        link: `/posts/${post.id}`,
        groupKey: `thread:${post.threadId}`,
      }));
    await writeAlerts(db, alerts);
    result.alerts += alerts.length;
    if (watches.length < CHUNK) break;
  }
  // Then the author's followers who do not watch the category.
  result.alerts += await deliverToFollowers(db, post, told);
  return result;
}
