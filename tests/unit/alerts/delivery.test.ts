// Who gets which alert (lib/alerts/): watchers once per thread until they
// read it, mentions and quotes, grouped likes, category watchers; nothing for
// what the member may not read, nothing from an ignored author, all of it
// off the request path (a job that the background loop runs).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { createThread } from "@/lib/forum/create-thread";
import { toggleReaction } from "@/lib/forum/toggle-reaction";
import { markThreadRead } from "@/lib/forum/read-state";
import { processAlertJobs } from "@/lib/alerts/jobs";
import { setThreadWatch, setCategoryWatch, unwatchMany, listWatched } from "@/lib/alerts/watch";
import { savePreferences } from "@/lib/alerts/settings";
import { memberEventBus } from "@/lib/live/member-bus";
import { makeMember, makeThread, token } from "../forum/fixtures";
import type { Viewer } from "@/lib/permissions";

const alertsOf = (userId: number) => db.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });
let replies = 0;
const reply = (viewer: Viewer, threadId: number, source = `Phản hồi số ${++replies}`) => createReply(viewer, { threadId, source, clientToken: token() });
const deliver = async () => {
  while ((await processAlertJobs(db)) > 0) {
    /* until none is due */
  }
};

// Alert mails carry a signed unsubscribe link.
process.env.AUTH_SECRET ??= "alerts-unit-test-secret-0123456789";

beforeEach(async () => {
  await db.setting.deleteMany();
  // Several replies in a row from one member: the pace limit is not what is tested here.
  await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
  await db.alertJob.deleteMany();
});

describe("watched threads", () => {
  it("alerts a watcher once per thread until they read it, counting the replies, linking to the first new one", async () => {
    const thread = await makeThread();
    const [a, b] = [await makeMember(), await makeMember()];
    await setThreadWatch(b, { threadId: thread.id, watch: "1" });
    await markThreadRead(db, b.id, thread.id, 1);

    const first = await reply(a, thread.id);
    // Posting wrote a job, not the alert: fan-out is the background's work.
    expect(await alertsOf(b.id)).toHaveLength(0);
    expect(await db.alertJob.count({ where: { doneAt: null } })).toBe(1);
    await deliver();
    let alerts = await alertsOf(b.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: "thread.reply", link: `/posts/${first.postId}`, readAt: null });

    await reply(a, thread.id);
    await reply(a, thread.id);
    await deliver();
    alerts = await alertsOf(b.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0].message).toBe("3 phản hồi mới trong «Chủ đề thử nghiệm»");
    expect(alerts[0].link).toBe(`/posts/${first.postId}`);

    // B reads the thread: the next reply is a new alert.
    await markThreadRead(db, b.id, thread.id, 4);
    const fourth = await reply(a, thread.id);
    await deliver();
    alerts = await alertsOf(b.id);
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toMatchObject({ link: `/posts/${fourth.postId}`, message: "Có phản hồi mới trong «Chủ đề thử nghiệm»" });
    // The author is never alerted of their own reply.
    expect(await alertsOf(a.id)).toHaveLength(0);
  });

  it("delivers a burst of replies together: one alert and one mail per watcher, from their first new reply, leaving out what they must not hear", async () => {
    const thread = await makeThread();
    const [a, b, c, w] = [await makeMember(), await makeMember(), await makeMember(), await makeMember()];
    for (const m of [b, w]) await setThreadWatch(m, { threadId: thread.id, watch: "1" });
    await markThreadRead(db, b.id, thread.id, 1);
    await markThreadRead(db, w.id, thread.id, 1);
    await db.memberIgnore.create({ data: { userId: w.id, ignoredId: c.id } });
    // Four replies before the loop runs (members post faster than it delivers): C's first, whom W ignores.
    const byC = await reply(c, thread.id);
    const byA = await reply(a, thread.id);
    await reply(b, thread.id, `Trả lời @${w.username}`);
    await reply(a, thread.id);
    expect(await db.alertJob.count({ where: { doneAt: null } })).toBe(4);
    const mailsBefore = await db.mailMessage.count();
    await deliver();
    // B: C's reply is the first B has not read; B's own reply is not news to B.
    const ofB = await alertsOf(b.id);
    expect(ofB).toHaveLength(1);
    expect(ofB[0]).toMatchObject({ kind: "thread.reply", link: `/posts/${byC.postId}` });
    expect(ofB[0].message).toBe("3 phản hồi mới trong «Chủ đề thử nghiệm»");
    // W: the mention, and one watch alert from A's first reply (C is ignored, B's reply told W already).
    const ofW = await alertsOf(w.id);
    expect(ofW.map((n) => n.kind).sort()).toEqual(["post.mention", "thread.reply"]);
    expect(ofW.find((n) => n.kind === "thread.reply")!.link).toBe(`/posts/${byA.postId}`);
    // One "new reply" mail each (the default), no more; W also has the mention's mail.
    const mails = await db.mailMessage.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "asc" }, skip: mailsBefore });
    expect(mails.filter((m) => m.userId === b.id)).toHaveLength(1);
    expect(mails.filter((m) => m.userId === w.id).map((m) => m.subject.includes("nhắc đến"))).toEqual(expect.arrayContaining([true, false]));
    expect(mails.filter((m) => m.userId === w.id)).toHaveLength(2);
    expect(await db.alertJob.count({ where: { doneAt: null } })).toBe(0);
  });

  it("tells the member's open pages (the member event channel)", async () => {
    const thread = await makeThread();
    const [a, b] = [await makeMember(), await makeMember()];
    await setThreadWatch(b, { threadId: thread.id, watch: "1" });
    const events: unknown[] = [];
    const off = memberEventBus().subscribe(b.id, (e) => events.push(e));
    await reply(a, thread.id);
    await deliver();
    off();
    expect(events).toEqual([{ kind: "alerts" }]);
  });

  it("says nothing of what the watcher may not read, nor from a member they ignore", async () => {
    const thread = await makeThread();
    const [a, b, c] = [await makeMember(), await makeMember(), await makeMember()];
    for (const m of [b, c]) await setThreadWatch(m, { threadId: thread.id, watch: "1" });
    await db.memberIgnore.create({ data: { userId: c.id, ignoredId: a.id } });
    const r = await reply(a, thread.id, "@" + c.username + " xem này");
    // Hidden before the job ran: nobody hears of it.
    await db.post.update({ where: { id: r.postId }, data: { status: "hidden" } });
    await deliver();
    expect(await alertsOf(b.id)).toHaveLength(0);
    await db.post.update({ where: { id: r.postId }, data: { status: "visible" } });
    await db.alertJob.updateMany({ data: { doneAt: null, claimedUntil: null } });
    // The thread held back (its opening post pending): still nothing.
    await db.thread.update({ where: { id: thread.id }, data: { status: "pending" } });
    await deliver();
    expect(await alertsOf(b.id)).toHaveLength(0);
    await db.thread.update({ where: { id: thread.id }, data: { status: "visible" } });
    await db.alertJob.updateMany({ data: { doneAt: null, claimedUntil: null } });
    await deliver();
    expect(await alertsOf(b.id)).toHaveLength(1);
    // C ignores A: not the mention, not the watched reply.
    expect(await alertsOf(c.id)).toHaveLength(0);
  });

  it("skips banned members and accounts being deleted; keeps nobody from posting", async () => {
    const thread = await makeThread();
    const [a, banned] = [await makeMember(), await makeMember()];
    await setThreadWatch(banned, { threadId: thread.id, watch: "1" });
    await db.user.update({ where: { id: banned.id }, data: { deletedAt: new Date() } });
    await reply(a, thread.id);
    await deliver();
    expect(await alertsOf(banned.id)).toHaveLength(0);
  });

  it("auto-watches threads a member replies to or starts, unless they turned it off", async () => {
    const thread = await makeThread();
    const [a, b] = [await makeMember(), await makeMember()];
    await savePreferences(db, b.id, { autoWatch: false });
    await reply(a, thread.id);
    await reply(b, thread.id);
    expect(await db.threadWatch.count({ where: { threadId: thread.id, userId: a.id } })).toBe(1);
    expect(await db.threadWatch.count({ where: { threadId: thread.id, userId: b.id } })).toBe(0);
    const category = await db.category.findFirstOrThrow();
    const started = await createThread(a, { categoryId: category.id, title: "Chủ đề mới của A", source: "Nội dung", clientToken: token() });
    expect(await db.threadWatch.count({ where: { threadId: started.threadId, userId: a.id } })).toBe(1);
  });

  it("lists, unwatches one and many; refuses a guest and a thread the member may not see", async () => {
    const [t1, t2] = [await makeThread(), await makeThread()];
    const b = await makeMember();
    await setThreadWatch(b, { threadId: t1.id, watch: "1" });
    await setThreadWatch(b, { threadId: t2.id, watch: "1" });
    const category = await db.category.findFirstOrThrow();
    await setCategoryWatch(b, { categoryId: category.id, watch: "1" });
    expect((await listWatched(b)).threads.map((t) => t.id).sort()).toEqual([t1.id, t2.id].sort());
    await expect(setThreadWatch(null, { threadId: t1.id, watch: "1" })).rejects.toThrow("đăng nhập");
    await expect(setThreadWatch(b, { threadId: t1.id, watch: "maybe" })).rejects.toThrow();
    const held = await makeThread();
    await db.thread.update({ where: { id: held.id }, data: { status: "pending" } });
    await expect(setThreadWatch(b, { threadId: held.id, watch: "1" })).rejects.toThrow("không tồn tại");
    expect(await unwatchMany(b, { items: [`thread:${t1.id}`, `category:${category.id}`] })).toEqual({ count: 2 });
    await expect(unwatchMany(b, { items: [] })).rejects.toThrow("chọn");
    expect((await listWatched(b)).threads.map((t) => t.id)).toEqual([t2.id]);
    expect((await listWatched(b)).categories).toEqual([]);
  });
});

describe("mentions, quotes, likes and categories", () => {
  it("alerts @mentioned and quoted members once, instead of their watched-thread alert", async () => {
    const thread = await makeThread();
    const [a, b, c] = [await makeMember(), await makeMember(), await makeMember()];
    const quoted = await reply(c, thread.id, "Bài của C");
    await deliver();
    await setThreadWatch(b, { threadId: thread.id, watch: "1" });
    const r = await reply(a, thread.id, `> **[C](/posts/${quoted.postId}) đã viết:**\n> Bài của C\n\nĐồng ý, @${b.username}!`);
    await deliver();
    const [bAlerts, cAlerts] = [await alertsOf(b.id), await alertsOf(c.id)];
    expect(bAlerts.map((n) => n.kind)).toEqual(["post.mention"]);
    expect(bAlerts[0].link).toBe(`/posts/${r.postId}`);
    expect(cAlerts.map((n) => n.kind)).toContain("post.quote");
    // A retried job (its worker died after writing) writes nothing twice.
    const last = await db.alertJob.findFirstOrThrow({ orderBy: { id: "desc" } });
    await db.alertJob.update({ where: { id: last.id }, data: { doneAt: null, claimedUntil: null } });
    await deliver();
    expect(await alertsOf(b.id)).toHaveLength(1);
  });

  it("groups likes on a post while the alert is unread, without the members the author ignores", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const r = await reply(author, thread.id, "Bài đáng thích");
    const fans = [await makeMember(), await makeMember(), await makeMember(), await makeMember()];
    await db.memberIgnore.create({ data: { userId: author.id, ignoredId: fans[3].id } });
    for (const fan of fans) await toggleReaction(fan, { postId: r.postId });
    await deliver();
    const likes = (await alertsOf(author.id)).filter((n) => n.kind === "post.liked");
    expect(likes).toHaveLength(1);
    expect(likes[0].message).toBe(`${fans[2].displayName} và 2 người khác đã thích bài viết của bạn trong «Chủ đề thử nghiệm»`);
  });

  it("alerts category watchers of a new visible thread", async () => {
    const category = await db.category.create({ data: { slug: `xem-${Math.random().toString(36).slice(2, 8)}`, name: "Chuyên mục xem" } });
    const [a, b] = [await makeMember(), await makeMember()];
    await setCategoryWatch(b, { categoryId: category.id, watch: "1" });
    const t = await createThread(a, { categoryId: category.id, title: "Chủ đề trong chuyên mục", source: "Nội dung", clientToken: token() });
    await deliver();
    const alerts = await alertsOf(b.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: "category.thread", link: `/posts/${t.postId}` });
  });
});

describe("the job queue's claim", () => {
  it("takes each due job once when two passes run at once, leaves a live lease alone, takes an expired one again", async () => {
    const thread = await makeThread();
    const [a, b] = [await makeMember(), await makeMember()];
    await setThreadWatch(b, { threadId: thread.id, watch: "1" });
    for (let i = 0; i < 4; i++) await reply(a, thread.id);
    // Another worker's live lease on one of them.
    const held = await db.alertJob.findFirstOrThrow({ orderBy: { id: "asc" } });
    const now = new Date();
    await db.alertJob.update({ where: { id: held.id }, data: { claimedUntil: new Date(now.getTime() + 60_000) } });
    // Two instances' passes in the same moment (one conditional update each).
    const [first, second] = await Promise.all([processAlertJobs(db, { now }), processAlertJobs(db, { now })]);
    expect(first + second).toBe(3);
    const jobs = await db.alertJob.findMany({ orderBy: { id: "asc" } });
    expect(jobs.map((job) => [job.attempts, job.doneAt !== null])).toEqual([[0, false], [1, true], [1, true], [1, true]]);
    expect(await alertsOf(b.id)).toHaveLength(1);
    // The lease ran out (its worker died): the next pass takes it.
    expect(await processAlertJobs(db, { now: new Date(now.getTime() + 120_000) })).toBe(1);
    expect(await db.alertJob.count({ where: { doneAt: null } })).toBe(0);
    expect((await db.alertJob.findUniqueOrThrow({ where: { id: held.id } })).attempts).toBe(1);
  });
});
