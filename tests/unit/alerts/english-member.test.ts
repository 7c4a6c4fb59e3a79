// Issue 17: a member who chose English (User.locale "en") gets alerts, e-mails
// and push in English, with links to the /en pages; a member who chose
// nothing — or Vietnamese — gets exactly what they got before. Member content
// (titles, names, excerpts) is never translated.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { toggleReaction } from "@/lib/forum/toggle-reaction";
import { markThreadRead } from "@/lib/forum/read-state";
import { processAlertJobs } from "@/lib/alerts/jobs";
import { setThreadWatch } from "@/lib/alerts/watch";
import { savePreferences } from "@/lib/alerts/settings";
import { sendDueDigests } from "@/lib/alerts/digest";
import { hidePost, restorePost } from "@/lib/moderation/hide-post";
import { makeMember, makeThread, token } from "../forum/fixtures";
import type { Viewer } from "@/lib/permissions";

process.env.AUTH_SECRET ??= "alerts-unit-test-secret-0123456789";

let n = 0;
const reply = (viewer: Viewer, threadId: number, source = `Phản hồi ${++n}`) => createReply(viewer, { threadId, source, clientToken: token() });
const deliver = async () => {
  while ((await processAlertJobs(db)) > 0) {
    /* until none is due */
  }
};
const mailsTo = (userId: number) => db.mailMessage.findMany({ where: { userId }, orderBy: { id: "asc" } });
const alertsOf = (userId: number) => db.notification.findMany({ where: { userId }, orderBy: { id: "asc" } });
const chooseEnglish = (v: Viewer) => db.user.update({ where: { id: v.id }, data: { locale: "en" } });

// Words of the Vietnamese interface that must not appear in an English mail
// (the thread's title, "Chủ đề thử nghiệm", and members' names are content).
const VIETNAMESE_UI = /Chào|Phản hồi mới|đã trả lời|Đọc bài viết|theo dõi|Cài đặt thông báo|Không nhận thư|nhắc đến|trích dẫn|Tóm tắt/;

beforeEach(async () => {
  await db.setting.deleteMany();
  await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
});

describe("a watched thread's reply", () => {
  it("alerts and mails an English member in English, with /en links, and a Vietnamese member exactly as before", async () => {
    const thread = await makeThread();
    const [a, en, vi] = [await makeMember(), await makeMember(), await makeMember()];
    await chooseEnglish(en);
    await db.user.update({ where: { id: vi.id }, data: { locale: "vi" } });
    for (const m of [en, vi]) await setThreadWatch(m, { threadId: thread.id, watch: "1" });
    const first = await reply(a, thread.id, "Nội dung trả lời đầu tiên");
    await deliver();

    const [enMail] = await mailsTo(en.id);
    expect(enMail.subject).toBe("New reply in “Chủ đề thử nghiệm”");
    expect(enMail.text).toContain(`Hello ${en.displayName},`);
    expect(enMail.text).toContain(`${a.displayName} replied in the thread “Chủ đề thử nghiệm”, which you are watching.`);
    expect(enMail.text).toContain("Nội dung trả lời đầu tiên"); // the reply itself, untranslated
    expect(enMail.text).toMatch(new RegExp(`Read the post: https?://\\S+/en/posts/${first.postId}\\n`));
    expect(enMail.text).toContain("You will not get more e-mails about this thread until you read it again.");
    expect(enMail.text).toMatch(/Stop e-mails about watched threads: https?:\/\/\S+\/en\/email\/unsubscribe\?t=/);
    expect(enMail.text).toMatch(/Alert preferences: https?:\/\/\S+\/en\/account\/notifications/);
    expect(enMail.html).toContain('<html lang="en">');
    expect(enMail.html).toContain(`/en/posts/${first.postId}`);
    expect(enMail.html).toContain(">Read the post</a>");
    for (const part of [enMail.subject, enMail.text.replaceAll("Chủ đề thử nghiệm", "").replaceAll("Nội dung trả lời đầu tiên", ""), enMail.html.replaceAll("Chủ đề thử nghiệm", "").replaceAll("Nội dung trả lời đầu tiên", "")]) {
      expect(part.replaceAll(a.displayName, "").replaceAll(en.displayName, "")).not.toMatch(VIETNAMESE_UI);
    }
    // The one-click address is the API's, the same in both languages.
    expect(JSON.parse(enMail.headers!)["List-Unsubscribe"]).toMatch(/^<https?:\/\/[^/]+\/api\/unsubscribe\?t=/);

    const [viMail] = await mailsTo(vi.id);
    expect(viMail.subject).toBe("Phản hồi mới trong «Chủ đề thử nghiệm»");
    expect(viMail.text).toContain(`Chào ${vi.displayName},`);
    expect(viMail.text).toContain(`${a.displayName} đã trả lời trong chủ đề «Chủ đề thử nghiệm» mà bạn đang theo dõi.`);
    expect(viMail.text).toMatch(new RegExp(`Đọc bài viết: https?://[^/\\s]+/posts/${first.postId}\\n`));
    expect(viMail.text).toMatch(/Không nhận thư về chủ đề theo dõi nữa: https?:\/\/[^/\s]+\/email\/unsubscribe\?t=/);
    expect(viMail.html).toContain('<html lang="vi">');
    expect(viMail.html).not.toContain("/en/");

    expect((await alertsOf(en.id)).map((x) => x.message)).toEqual(["New reply in “Chủ đề thử nghiệm”"]);
    expect((await alertsOf(vi.id)).map((x) => x.message)).toEqual(["Có phản hồi mới trong «Chủ đề thử nghiệm»"]);

    // More replies while unread: the one alert counts them, each in its reader's language.
    await reply(a, thread.id);
    await reply(a, thread.id);
    await deliver();
    expect((await alertsOf(en.id)).map((x) => x.message)).toEqual(["3 new replies in “Chủ đề thử nghiệm”"]);
    expect((await alertsOf(vi.id)).map((x) => x.message)).toEqual(["3 phản hồi mới trong «Chủ đề thử nghiệm»"]);
  });

  it("mentions and quotes: English subject, intro and alert for the English member", async () => {
    const thread = await makeThread();
    const [a, en] = [await makeMember(), await makeMember()];
    await chooseEnglish(en);
    const posted = await reply(a, thread.id, `Xin chào @${en.username} nhé`);
    await deliver();
    const [mail] = await mailsTo(en.id);
    expect(mail.subject).toBe(`${a.displayName} mentioned you`);
    expect(mail.text).toContain(`${a.displayName} mentioned you in “Chủ đề thử nghiệm”.`);
    expect(mail.text).toContain(`/en/posts/${posted.postId}`);
    expect(mail.text).toContain("Stop e-mails when someone mentions me");
    expect((await alertsOf(en.id)).map((x) => x.message)).toEqual([`${a.displayName} mentioned you in “Chủ đề thử nghiệm”`]);
  });

  it("likes gather in English: “A and 1 other person liked…”, “A and 2 others liked…”", async () => {
    const thread = await makeThread();
    const [author, x, y, z] = [await makeMember(), await makeMember(), await makeMember(), await makeMember()];
    await chooseEnglish(author);
    const { postId } = await reply(author, thread.id);
    await toggleReaction(x, { postId });
    await deliver();
    expect((await alertsOf(author.id)).at(-1)!.message).toBe(`${x.displayName} liked your post in “Chủ đề thử nghiệm”`);
    await toggleReaction(y, { postId });
    await deliver();
    expect((await alertsOf(author.id)).at(-1)!.message).toBe(`${y.displayName} and 1 other person liked your post in “Chủ đề thử nghiệm”`);
    await toggleReaction(z, { postId });
    await deliver();
    expect((await alertsOf(author.id)).at(-1)!.message).toBe(`${z.displayName} and 2 others liked your post in “Chủ đề thử nghiệm”`);
  });
});

describe("digests", () => {
  it("an English member's daily digest is English; the Vietnamese one unchanged", async () => {
    const thread = await makeThread();
    const [a, en, vi] = [await makeMember(), await makeMember(), await makeMember()];
    await chooseEnglish(en);
    for (const m of [en, vi]) {
      await setThreadWatch(m, { threadId: thread.id, watch: "1" });
      await savePreferences(db, m.id, { watchedEmail: "daily" });
      await markThreadRead(db, m.id, thread.id, 1);
    }
    await reply(a, thread.id);
    await reply(a, thread.id);
    await sendDueDigests(db, new Date(Date.now() + 1_000));
    const [enMail] = await mailsTo(en.id);
    expect(enMail.subject).toBe("Daily digest of the threads you watch");
    expect(enMail.text).toContain("2 new replies in the threads you watch:");
    expect(enMail.text).toContain(`“Chủ đề thử nghiệm” — ${a.displayName}:`);
    expect(enMail.text).toMatch(/https?:\/\/\S+\/en\/posts\/\d+/);
    const [viMail] = await mailsTo(vi.id);
    expect(viMail.subject).toBe("Tóm tắt hằng ngày các chủ đề bạn theo dõi");
    expect(viMail.text).toContain("2 phản hồi mới trong các chủ đề bạn theo dõi:");
    expect(viMail.text).toContain(`«Chủ đề thử nghiệm» — ${a.displayName}:`);
  });
});

describe("moderation alerts", () => {
  it("are written in the reader's language, whatever the moderator's", async () => {
    const thread = await makeThread();
    const moderator = await makeMember({ role: "moderator" });
    const [en, vi] = [await makeMember(), await makeMember()];
    await chooseEnglish(en);
    const enPost = await reply(en, thread.id);
    const viPost = await reply(vi, thread.id);
    await hidePost(moderator, { postId: enPost.postId, reason: "Lạc đề" });
    await hidePost(moderator, { postId: viPost.postId, reason: "Lạc đề" });
    await restorePost(moderator, { postId: enPost.postId });
    const mod = (userId: number) => db.notification.findMany({ where: { userId, kind: { in: ["post.hidden", "post.restored"] } }, orderBy: { id: "asc" } });
    // The reason is the moderator's words: kept as written.
    expect((await mod(en.id)).map((x) => x.message)).toEqual(["A moderator hid your post. Reason: Lạc đề", "Your post was restored."]);
    expect((await mod(vi.id)).map((x) => x.message)).toEqual(["Bài viết của bạn đã bị ẩn bởi điều hành viên. Lý do: Lạc đề"]);
  });
});
