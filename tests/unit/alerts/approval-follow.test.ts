// Held posts alert nobody until a moderator approves them, then everyone they
// would have alerted (watchers, category watchers, mentioned, quoted,
// followers); followers hear of a followed member's new threads and replies,
// once per thread until read, deduplicated with watching, never for what they
// may not read, never from a member they ignore, never when turned off.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { createThread } from "@/lib/forum/create-thread";
import { markThreadRead } from "@/lib/forum/read-state";
import { processAlertJobs } from "@/lib/alerts/jobs";
import { setCategoryWatch, setThreadWatch } from "@/lib/alerts/watch";
import { preferencesOf, savePreferences } from "@/lib/alerts/settings";
import { updatePreferences } from "@/lib/alerts/preferences";
import { reviewPosts } from "@/lib/moderation/approval-queue";
import { setFollowing } from "@/lib/members/follow-member";
import { setMemberIgnore } from "@/lib/members/ignore-member";
import { makeMember, makeThread, token } from "../forum/fixtures";
import type { Viewer } from "@/lib/permissions";

process.env.AUTH_SECRET ??= "alerts-unit-test-secret-0123456789";

const alertsOf = (userId: number) => db.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });
let replies = 0;
const reply = (viewer: Viewer, threadId: number, source = `Phản hồi số ${++replies}`) => createReply(viewer, { threadId, source, clientToken: token() });
const deliver = async () => {
  while ((await processAlertJobs(db)) > 0) {
    /* until none is due */
  }
};
const follow = (follower: Viewer, followed: Viewer) => setFollowing(follower, { memberId: followed.id, follow: "1" });
const category = async () => (await db.category.findFirst()) ?? (await db.category.create({ data: { slug: "chung", name: "Chung" } }));

beforeEach(async () => {
  await db.setting.deleteMany();
  await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
  await db.alertJob.deleteMany();
});

describe("approved held posts", () => {
  it("a held reply alerts nobody; approved, its watchers, the mentioned, the quoted and followers get their alerts", async () => {
    const thread = await makeThread();
    const opening = await db.post.findFirstOrThrow({ where: { threadId: thread.id, number: 1 }, include: { author: true } });
    const [watcher, mentioned, follower, mod] = [await makeMember(), await makeMember(), await makeMember(), await makeMember({ role: "moderator" })];
    const newcomer = await makeMember();
    await setThreadWatch(watcher, { threadId: thread.id, watch: "1" });
    await follow(follower, newcomer);
    await db.setting.create({ data: { key: "approveFirstReplies", value: "1" } });
    const held = await createReply(newcomer, {
      threadId: thread.id,
      source: `> **[${opening.author.displayName}](/posts/${opening.id}) đã viết:**\n> Mở đầu\n\nChào @${mentioned.username}`,
      clientToken: token(),
    });
    expect(held.status).toBe("pending");
    await deliver();
    for (const m of [watcher.id, mentioned.id, follower.id, opening.authorId]) expect(await alertsOf(m)).toHaveLength(0);

    await reviewPosts(mod, { postIds: [held.postId], decision: "approve" });
    await deliver();
    expect(await alertsOf(watcher.id)).toMatchObject([{ kind: "thread.reply", link: `/posts/${held.postId}` }]);
    expect(await alertsOf(mentioned.id)).toMatchObject([{ kind: "post.mention", link: `/posts/${held.postId}` }]);
    expect(await alertsOf(follower.id)).toMatchObject([{ kind: "follow.reply", link: `/posts/${held.postId}` }]);
    expect((await alertsOf(opening.authorId)).map((a) => a.kind)).toContain("post.quote");
    // The watcher's e-mail too, now and not before.
    expect(await db.mailMessage.count({ where: { userId: watcher.id } })).toBe(1);
  });

  it("a held thread alerts its category's watchers only once approved; a rejected one never", async () => {
    const cat = await category();
    const [watcher, mod] = [await makeMember(), await makeMember({ role: "moderator" })];
    await setCategoryWatch(watcher, { categoryId: cat.id, watch: "1" });
    await db.setting.create({ data: { key: "approveFirstReplies", value: "1" } });
    const kept = await createThread(await makeMember(), { categoryId: cat.id, title: "Chủ đề chờ duyệt", source: "Nội dung", clientToken: token() });
    const refused = await createThread(await makeMember(), { categoryId: cat.id, title: "Chủ đề bị từ chối", source: "Nội dung", clientToken: token() });
    expect(kept.status).toBe("pending");
    await deliver();
    expect(await alertsOf(watcher.id)).toHaveLength(0);
    await reviewPosts(mod, { postIds: [kept.postId], decision: "approve" });
    await reviewPosts(mod, { postIds: [refused.postId], decision: "reject", reason: "Lạc đề" });
    await deliver();
    expect(await alertsOf(watcher.id)).toMatchObject([{ kind: "category.thread", link: `/posts/${kept.postId}` }]);
  });
});

describe("follow alerts", () => {
  it("a follower hears of a followed member's new thread and replies, once per thread until read", async () => {
    const [author, fan] = [await makeMember(), await makeMember()];
    expect((await preferencesOf(db, fan.id)).followAlerts).toBe(true); // on by default
    await follow(fan, author);
    const cat = await category();
    const started = await createThread(author, { categoryId: cat.id, title: "Chủ đề của người được theo dõi", source: "Nội dung", clientToken: token() });
    await deliver();
    expect(await alertsOf(fan.id)).toMatchObject([{ kind: "follow.thread", link: `/posts/${started.postId}`, message: expect.stringContaining("Chủ đề của người được theo dõi") }]);

    const thread = await makeThread();
    const first = await reply(author, thread.id);
    await reply(author, thread.id);
    await deliver();
    let alerts = (await alertsOf(fan.id)).filter((a) => a.kind === "follow.reply");
    expect(alerts).toMatchObject([{ link: `/posts/${first.postId}`, readAt: null }]);
    expect(alerts[0].message).toContain("(bạn đang theo dõi) đã trả lời");

    await markThreadRead(db, fan.id, thread.id, 3);
    const third = await reply(author, thread.id);
    await deliver();
    alerts = (await alertsOf(fan.id)).filter((a) => a.kind === "follow.reply");
    expect(alerts.map((a) => a.link)).toEqual([`/posts/${first.postId}`, `/posts/${third.postId}`]);
    // A retried job tells nobody twice.
    await db.alertJob.updateMany({ data: { doneAt: null, claimedUntil: null } });
    await deliver();
    expect((await alertsOf(fan.id)).filter((a) => a.kind === "follow.reply")).toHaveLength(2);
  });

  it("a follower who watches the thread or category gets the watch alert only", async () => {
    const [author, fan] = [await makeMember(), await makeMember()];
    await follow(fan, author);
    const thread = await makeThread();
    await setThreadWatch(fan, { threadId: thread.id, watch: "1" });
    await reply(author, thread.id);
    await reply(author, thread.id);
    const cat = await category();
    await setCategoryWatch(fan, { categoryId: cat.id, watch: "1" });
    await createThread(author, { categoryId: cat.id, title: "Chủ đề mới", source: "Nội dung", clientToken: token() });
    await deliver();
    expect((await alertsOf(fan.id)).map((a) => a.kind)).toEqual(["thread.reply", "category.thread"]);
    await setCategoryWatch(fan, { categoryId: cat.id, watch: "0" });
  });

  it("nothing when turned off, from an ignored member, for a hidden or held post, or to a deleted follower", async () => {
    const author = await makeMember();
    const [off, ignoring, gone, fan] = [await makeMember(), await makeMember(), await makeMember(), await makeMember()];
    for (const m of [off, ignoring, gone, fan]) await follow(m, author);
    await updatePreferences(off, { watchedEmail: "immediate", mentionEmail: "immediate", autoWatch: "1" }); // followAlerts unticked
    expect((await preferencesOf(db, off.id)).followAlerts).toBe(false);
    await setMemberIgnore(ignoring, { memberId: author.id, ignore: "1" });
    await db.user.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });

    const thread = await makeThread();
    const hidden = await reply(author, thread.id);
    await db.post.update({ where: { id: hidden.postId }, data: { status: "hidden" } });
    await deliver();
    expect(await alertsOf(fan.id)).toHaveLength(0); // hidden before the fan-out ran

    const seen = await reply(author, thread.id);
    await deliver();
    expect(await alertsOf(fan.id)).toMatchObject([{ kind: "follow.reply", link: `/posts/${seen.postId}` }]);
    for (const m of [off, ignoring, gone]) expect(await alertsOf(m.id)).toHaveLength(0);

    // Turning it back on: the setting, not the follow, was what stopped it.
    await savePreferences(db, off.id, { followAlerts: true });
    const other = await makeThread();
    await reply(author, other.id);
    await deliver();
    expect(await alertsOf(off.id)).toHaveLength(1);
  });
});
