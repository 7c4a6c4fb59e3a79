// Alert e-mail: one per watched thread until the member has read it again,
// only to members who may be mailed, with a one-click unsubscribe that
// changes that one setting; digests of the newest replies.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { markThreadRead } from "@/lib/forum/read-state";
import { processAlertJobs } from "@/lib/alerts/jobs";
import { setThreadWatch } from "@/lib/alerts/watch";
import { preferencesOf, savePreferences } from "@/lib/alerts/settings";
import { unsubscribeWithToken } from "@/lib/alerts/preferences";
import { sendDueDigests } from "@/lib/alerts/digest";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { makeMember, makeThread, token } from "../forum/fixtures";
import type { Viewer } from "@/lib/permissions";

process.env.AUTH_SECRET ??= "alerts-unit-test-secret-0123456789";

let n = 0;
const reply = (viewer: Viewer, threadId: number) => createReply(viewer, { threadId, source: `Phản hồi thư ${++n}`, clientToken: token() });
const deliver = async () => {
  while ((await processAlertJobs(db)) > 0) {
    /* until none is due */
  }
};
const mailsTo = (userId: number) => db.mailMessage.findMany({ where: { userId }, orderBy: { id: "asc" } });

beforeEach(async () => {
  await db.setting.deleteMany();
  await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
});

describe("watched-thread e-mail", () => {
  it("mails once per thread until the member reads it again, in Vietnamese, text + HTML, with one-click unsubscribe", async () => {
    const thread = await makeThread();
    const [a, b] = [await makeMember(), await makeMember()];
    await setThreadWatch(b, { threadId: thread.id, watch: "1" });
    const first = await reply(a, thread.id);
    await reply(a, thread.id);
    await deliver();
    let mails = await mailsTo(b.id);
    expect(mails).toHaveLength(1);
    const m = mails[0];
    expect(m.subject).toBe("Phản hồi mới trong «Chủ đề thử nghiệm»");
    expect(m.text).toContain(`/posts/${first.postId}`);
    expect(m.text).toContain("cho đến khi đọc lại");
    expect(m.html).toContain("<!doctype html>");
    const headers = JSON.parse(m.headers!) as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["List-Unsubscribe"]).toMatch(/^<https?:\/\/.+\/api\/unsubscribe\?t=.+>$/);

    await markThreadRead(db, b.id, thread.id, 3);
    await reply(a, thread.id);
    await deliver();
    mails = await mailsTo(b.id);
    expect(mails).toHaveLength(2);
  });

  it("never mails unverified, banned or suspended members, nor those who chose a digest or never", async () => {
    const thread = await makeThread();
    const a = await makeMember();
    const unverified = await makeMember({ emailVerified: false });
    const banned = await makeMember();
    const suspended = await makeMember();
    const digest = await makeMember();
    const never = await makeMember();
    for (const m of [unverified, banned, suspended, digest, never]) await setThreadWatch(m, { threadId: thread.id, watch: "1" });
    await db.user.update({ where: { id: banned.id }, data: { bannedAt: new Date() } });
    await db.user.update({ where: { id: suspended.id }, data: { suspendedUntil: new Date(Date.now() + 3_600_000) } });
    await savePreferences(db, digest.id, { watchedEmail: "daily" });
    await savePreferences(db, never.id, { watchedEmail: "never" });
    await reply(a, thread.id);
    await deliver();
    for (const m of [unverified, banned, suspended, digest, never]) expect(await mailsTo(m.id)).toHaveLength(0);
    // The unverified member still has the in-app alert.
    expect(await db.notification.count({ where: { userId: unverified.id } })).toBe(1);
  });

  it("one-click unsubscribe changes only that setting, and refuses a forged token", async () => {
    const b = await makeMember();
    await savePreferences(db, b.id, { watchedEmail: "immediate", mentionEmail: "immediate", autoWatch: true });
    const t = unsubscribeToken(b.id, "watched");
    expect(readUnsubscribeToken(t)).toEqual({ userId: b.id, topic: "watched" });
    expect(await unsubscribeWithToken(t.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBeNull();
    expect(await unsubscribeWithToken(`${b.id + 1}.watched.${t.split(".")[2]}`)).toBeNull();
    expect(await unsubscribeWithToken("rác")).toBeNull();
    expect((await preferencesOf(db, b.id)).watchedEmail).toBe("immediate");
    expect(await unsubscribeWithToken(t)).toEqual({ topic: "watched" });
    expect(await preferencesOf(db, b.id)).toEqual({ watchedEmail: "never", mentionEmail: "immediate", autoWatch: true, push: false, followAlerts: true });
  });
});

describe("digests", () => {
  it("sends the newest replies of watched threads since the last digest, once per period, and nothing when there is nothing", async () => {
    const thread = await makeThread();
    const [a, b, quiet] = [await makeMember(), await makeMember(), await makeMember()];
    await setThreadWatch(b, { threadId: thread.id, watch: "1" });
    await savePreferences(db, b.id, { watchedEmail: "daily" });
    await savePreferences(db, quiet.id, { watchedEmail: "weekly" });
    await reply(a, thread.id);
    await reply(a, thread.id);
    const now = new Date(Date.now() + 1_000);
    expect(await sendDueDigests(db, now)).toBeGreaterThanOrEqual(1);
    const mails = await mailsTo(b.id);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Tóm tắt hằng ngày các chủ đề bạn theo dõi");
    expect(mails[0].text).toContain("2 phản hồi mới");
    expect(await mailsTo(quiet.id)).toHaveLength(0);
    // Not a day later yet: nothing more.
    await reply(a, thread.id);
    await sendDueDigests(db, new Date(now.getTime() + 3_600_000));
    expect(await mailsTo(b.id)).toHaveLength(1);
    // A day later: the one reply since.
    await db.post.updateMany({ where: { threadId: thread.id, number: 4 }, data: { createdAt: new Date(now.getTime() + 60_000) } });
    await sendDueDigests(db, new Date(now.getTime() + 24 * 3_600_000));
    const later = await mailsTo(b.id);
    expect(later).toHaveLength(2);
    expect(later[1].text).toContain("1 phản hồi mới");
  });
});
