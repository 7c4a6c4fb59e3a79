// Conversation services against a real database: the allowed case and the
// forbidden ones, for every action, and what moderators and outsiders can
// (not) read.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeAccountDeletion, DELETED_NAME } from "@/lib/accounts/account-deletion";
import { startConversation } from "@/lib/conversations/start-conversation";
import { replyToConversation } from "@/lib/conversations/reply-conversation";
import { inviteToConversation } from "@/lib/conversations/invite-members";
import { leaveConversation, lockConversation, markConversationUnread } from "@/lib/conversations/manage-conversation";
import { countUnreadConversations, listConversations } from "@/lib/conversations/list-conversations";
import { readConversation } from "@/lib/conversations/read-conversation";
import { reportConversationMessage } from "@/lib/conversations/report-message";
import { listConversationReports, resolveConversationReport, viewReportedMessage } from "@/lib/conversations/moderate-reports";
import { getConversationDraft, saveConversationDraft } from "@/lib/conversations/drafts";
import { setConversationPolicy } from "@/lib/conversations/policy";
import { makeMember, token } from "../forum/fixtures";
import type { Viewer } from "@/lib/permissions";

// Alert e-mails carry a signed one-click unsubscribe link.
process.env.AUTH_SECRET ??= "conversations-unit-test-secret-0123456789";

beforeEach(async () => {
  await db.setting.deleteMany();
  // Pace is tested on its own below; elsewhere members write as fast as they like.
  await db.setting.createMany({ data: [{ key: "replyIntervalSeconds", value: "0" }, { key: "newMemberReplyIntervalSeconds", value: "0" }] });
});

async function trio() {
  const [a, b, c] = [await makeMember(), await makeMember(), await makeMember()];
  const started = await startConversation(a, { recipients: `${b.username}, @${c.username}`, title: "Mua bán xe đạp", source: "Chào hai bạn, xe còn không?", clientToken: token() });
  return { a, b, c, id: started.conversationId };
}

const reply = (v: Viewer | null, conversationId: number, source: string) => replyToConversation(v, { conversationId, source, clientToken: token() });
const messageCount = (conversationId: number) => db.conversationMessage.count({ where: { conversationId } });

describe("start and reply", () => {
  it("starts with two recipients, alerts them once, and both read and answer", async () => {
    const { a, b, c, id } = await trio();
    for (const v of [a, b, c]) expect((await readConversation(v, id, 1)).messages.map((m) => m.number)).toEqual([1]);
    expect(await db.notification.count({ where: { userId: { in: [b.id, c.id] }, kind: "conversation" } })).toBe(2);
    await reply(b, id, "Còn bạn ơi");
    await reply(c, id, "Giá bao nhiêu?");
    // a has not opened the alert of b's reply yet: c's reply adds no second one.
    expect(await db.notification.count({ where: { userId: a.id, kind: "conversation" } })).toBe(1);
    const page = await readConversation(a, id, 1);
    expect(page.messages.map((m) => m.number)).toEqual([1, 2, 3]);
    expect(page.participants).toHaveLength(3);
  });

  it("sends once when the same form is submitted twice", async () => {
    const { b, id } = await trio();
    const input = { conversationId: id, source: "Gửi hai lần", clientToken: token() };
    const [x, y] = await Promise.all([replyToConversation(b, input), replyToConversation(b, input)]);
    expect(x.number).toBe(y.number);
    expect(await messageCount(id)).toBe(2);
  });

  it("refuses a guest, an unknown name, oneself, and keeps nothing", async () => {
    const a = await makeMember();
    const b = await makeMember();
    const before = await db.conversation.count();
    await expect(startConversation(null, { recipients: b.username, title: "T", source: "x", clientToken: token() })).rejects.toThrow(/đăng nhập/);
    await expect(startConversation(a, { recipients: "khongcoai_123", title: "T", source: "x", clientToken: token() })).rejects.toThrow(/Không tìm thấy thành viên “khongcoai_123”/);
    await expect(startConversation(a, { recipients: a.username, title: "T", source: "x", clientToken: token() })).rejects.toThrow(/chính mình/);
    await expect(startConversation(a, { recipients: "", title: "T", source: "x", clientToken: token() })).rejects.toThrow(/người nhận/);
    expect(await db.conversation.count()).toBe(before);
  });

  it("honours the recipient's choice and ignores; staff pass a choice, never an ignore", async () => {
    const [a, b, mod] = [await makeMember(), await makeMember(), await makeMember({ role: "moderator" })];
    const start = (v: Viewer) => startConversation(v, { recipients: b.username, title: "Hỏi", source: `Xin chào ${Math.random()}`, clientToken: token() });
    await setConversationPolicy(b, { policy: "nobody" });
    await expect(start(a)).rejects.toThrow(/không nhận hội thoại từ bạn/);
    await expect(start(mod)).resolves.toMatchObject({ duplicate: false });
    await setConversationPolicy(b, { policy: "followed" });
    await expect(start(a)).rejects.toThrow(/không nhận hội thoại/);
    await db.memberFollow.create({ data: { followerId: b.id, followedId: a.id } });
    await expect(start(a)).resolves.toMatchObject({ duplicate: false });
    await db.memberIgnore.create({ data: { userId: b.id, ignoredId: a.id } });
    await db.memberIgnore.create({ data: { userId: b.id, ignoredId: mod.id } });
    await expect(start(a)).rejects.toThrow(/không nhận hội thoại/);
    await expect(start(mod)).rejects.toThrow(/không nhận hội thoại/);
    await expect(setConversationPolicy(b, { policy: "ai cũng được" })).rejects.toThrow(/Hãy chọn/);
  });

  it("limits new members, banned and unverified members by the settings", async () => {
    const b = await makeMember();
    const fresh = await makeMember({ createdAt: new Date() });
    const start = (v: Viewer) => startConversation(v, { recipients: b.username, title: "Chào", source: `Xin chào ${Math.random()}`, clientToken: token() });
    await expect(start(fresh)).rejects.toThrow(/Thành viên mới chưa bắt đầu hội thoại được/);
    await expect(start(await makeMember({ bannedAt: new Date(), sanctionReason: "Spam" }))).rejects.toThrow(/cấm/);
    await expect(start(await makeMember({ emailVerified: false }))).rejects.toThrow(/xác minh email/);
    await db.setting.create({ data: { key: "conversationMinHours", value: "0" } });
    await expect(start(fresh)).resolves.toMatchObject({ duplicate: false });
    await db.setting.create({ data: { key: "conversationMinPosts", value: "3" } });
    await expect(start(await makeMember())).rejects.toThrow(/ít nhất 3 bài viết/);
  });

  it("caps new recipients per hour", async () => {
    await db.setting.create({ data: { key: "conversationRecipientsPerHour", value: "2" } });
    const a = await makeMember();
    const [b, c, d] = [await makeMember(), await makeMember(), await makeMember()];
    await startConversation(a, { recipients: `${b.username} ${c.username}`, title: "Một", source: "một", clientToken: token() });
    await expect(startConversation(a, { recipients: d.username, title: "Hai", source: "hai", clientToken: token() })).rejects.toThrow(/quá 2 người trong một giờ/);
  });

  it("applies pace, length and the word filter", async () => {
    const { b, id } = await trio();
    await db.setting.deleteMany();
    await db.setting.create({ data: { key: "maxReplyLength", value: "100" } });
    await reply(b, id, "Một");
    await expect(reply(b, id, "Hai")).rejects.toThrow(/quá nhanh/);
    await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
    await expect(reply(b, id, "x".repeat(101))).rejects.toThrow(/vượt giới hạn 100/);
    await db.wordFilter.create({ data: { phrase: "lừa đảo", phraseKey: "lua dao", action: "refuse" } });
    await expect(reply(b, id, "đây là lừa đảo")).rejects.toThrow(/không được phép/);
    await db.wordFilter.deleteMany();
    expect(await messageCount(id)).toBe(2);
  });
});

describe("who reads and acts", () => {
  it("an outsider, an administrator and a moderator without a report get 'not found' for every action", async () => {
    const { id } = await trio();
    const outsiders = [await makeMember(), await makeMember({ role: "admin" }), await makeMember({ role: "moderator" })];
    const [msg] = await db.conversationMessage.findMany({ where: { conversationId: id } });
    for (const v of outsiders) {
      await expect(readConversation(v, id, 1)).rejects.toThrow(/không tồn tại/);
      await expect(reply(v, id, "Chen vào")).rejects.toThrow(/không tồn tại/);
      await expect(inviteToConversation(v, { conversationId: id, recipients: v.username })).rejects.toThrow(/không tồn tại/);
      await expect(lockConversation(v, { conversationId: id, locked: "1" })).rejects.toThrow(/không tồn tại/);
      await expect(leaveConversation(v, { conversationId: id })).rejects.toThrow(/không tồn tại/);
      await expect(markConversationUnread(v, { conversationId: id })).rejects.toThrow(/không tồn tại/);
      await expect(reportConversationMessage(v, { messageId: msg.id, reason: "spam" })).rejects.toThrow(/không tồn tại/);
      await expect(saveConversationDraft(v, { key: String(id), clientToken: token(), source: "nháp" })).rejects.toThrow(/không tồn tại/);
      await expect(viewReportedMessage(v, msg.id)).rejects.toThrow(/không tồn tại/);
      expect((await listConversations(v)).items).toEqual([]);
    }
    expect(await messageCount(id)).toBe(1);
    expect((await db.conversation.findUniqueOrThrow({ where: { id } })).locked).toBe(false);
    expect(await db.conversationParticipant.count({ where: { conversationId: id } })).toBe(3);
    expect(await db.conversationReport.count({ where: { messageId: msg.id } })).toBe(0);
  });

  it("only the starter invites and locks; a lock stops every writer; leaving ends reading and alerts", async () => {
    const { a, b, c, id } = await trio();
    const d = await makeMember();
    await expect(inviteToConversation(b, { conversationId: id, recipients: d.username })).rejects.toThrow(/người bắt đầu/);
    await expect(lockConversation(b, { conversationId: id, locked: "1" })).rejects.toThrow(/người bắt đầu/);
    await expect(inviteToConversation(a, { conversationId: id, recipients: b.username })).rejects.toThrow(/đã ở trong hội thoại/);
    await expect(inviteToConversation(a, { conversationId: id, recipients: d.username })).resolves.toMatchObject({ invited: 1 });
    expect((await readConversation(d, id, 1)).messages).toHaveLength(1);

    await leaveConversation(c, { conversationId: id });
    await expect(readConversation(c, id, 1)).rejects.toThrow(/không tồn tại/);
    await expect(reply(c, id, "Tôi quay lại")).rejects.toThrow(/không tồn tại/);
    await reply(b, id, "Sau khi c rời đi");
    expect(await db.notification.count({ where: { userId: c.id, kind: "conversation" } })).toBe(1);

    await lockConversation(a, { conversationId: id, locked: "1" });
    await expect(reply(b, id, "Khóa rồi")).rejects.toThrow(/đã bị khóa/);
    await expect(reply(a, id, "Khóa rồi")).rejects.toThrow(/đã bị khóa/);
    await lockConversation(a, { conversationId: id, locked: "0" });
    await expect(reply(b, id, "Mở rồi")).resolves.toMatchObject({ number: 3 });
  });

  it("lists newest first in keyset pages with unread state; mark unread brings it back", async () => {
    const a = await makeMember();
    const b = await makeMember();
    const ids: number[] = [];
    for (let i = 0; i < 23; i++) {
      const { conversationId } = await startConversation(a, { recipients: b.username, title: `Hội thoại ${i}`, source: `Tin số ${i}`, clientToken: token(), }, { now: new Date(Date.now() + i * 1000) });
      ids.push(conversationId);
    }
    const first = await listConversations(b);
    expect(first.items).toHaveLength(20);
    expect(first.items[0].id).toBe(ids[22]);
    expect(first.items.every((i) => i.unread)).toBe(true);
    const second = await listConversations(b, first.next);
    expect(second.items.map((i) => i.id)).toEqual([ids[2], ids[1], ids[0]]);
    expect(second.next).toBeNull();
    expect(await countUnreadConversations(b)).toBe(23);
    await readConversation(b, ids[0], 1);
    expect(await countUnreadConversations(b)).toBe(22);
    await markConversationUnread(b, { conversationId: ids[0] });
    expect(await countUnreadConversations(b)).toBe(23);
    expect(await countUnreadConversations(a)).toBe(0);
  });

  it("keeps drafts of the start form and of replies, and drops them when sent", async () => {
    const { b, id } = await trio();
    const clientToken = token();
    await saveConversationDraft(b, { key: String(id), clientToken, source: "Đang viết dở" });
    expect((await getConversationDraft(b, String(id)))?.source).toBe("Đang viết dở");
    await replyToConversation(b, { conversationId: id, source: "Đang viết dở", clientToken });
    expect(await getConversationDraft(b, String(id))).toBeNull();
    await saveConversationDraft(b, { key: "new", clientToken: token(), recipients: "ai_do", title: "Tiêu đề", source: "Nội dung" });
    expect(await getConversationDraft(b, "new")).toEqual({ recipients: "ai_do", title: "Tiêu đề", source: "Nội dung" });
  });
});

describe("reports", () => {
  it("a report lets moderators see that message and its neighbours only, logged; hiding it tells sender and reporter", async () => {
    const { a, b, c, id } = await trio();
    await reply(b, id, "Tin thứ hai");
    await reply(c, id, "Chuyển khoản trước cho tôi nhé");
    await reply(a, id, "Tin thứ tư");
    await reply(b, id, "Tin thứ năm, không ai được thấy");
    const reported = await db.conversationMessage.findFirstOrThrow({ where: { conversationId: id, number: 3 } });
    const mod = await makeMember({ role: "moderator" });
    await expect(viewReportedMessage(mod, reported.id)).rejects.toThrow(/không tồn tại/);
    await expect(reportConversationMessage(c, { messageId: reported.id, reason: "spam" })).rejects.toThrow(/chính mình/);
    await reportConversationMessage(a, { messageId: reported.id, reason: "spam", note: "Lừa đảo" });
    await expect(reportConversationMessage(a, { messageId: reported.id, reason: "spam" })).rejects.toThrow(/đã báo cáo/);

    const queue = await listConversationReports(mod);
    expect(queue.find((q) => q.messageId === reported.id)?.reports).toHaveLength(1);
    expect(JSON.stringify(queue)).not.toMatch(/Chuyển khoản|Mua bán/);

    const seen = await viewReportedMessage(mod, reported.id);
    expect(seen.message.html).toContain("Chuyển khoản");
    expect([seen.before?.number, seen.after?.number]).toEqual([2, 4]);
    expect(JSON.stringify(seen)).not.toMatch(/Tin thứ năm|Mua bán|Chào hai bạn/);
    expect(await db.moderationLog.count({ where: { actorId: mod.id, action: "conversation.report-view", targetId: reported.id } })).toBe(1);
    // Still no way into the conversation itself.
    await expect(readConversation(mod, id, 1)).rejects.toThrow(/không tồn tại/);

    await expect(resolveConversationReport(a, { messageId: reported.id, outcome: "hide" })).rejects.toThrow();
    await resolveConversationReport(mod, { messageId: reported.id, outcome: "hide", note: "Lừa đảo" });
    const page = await readConversation(a, id, 1);
    expect(page.messages.find((m) => m.number === 3)).toMatchObject({ status: "hidden", html: "" });
    expect(await db.notification.count({ where: { userId: c.id, kind: "conversation-hidden" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: a.id, kind: "conversation-report" } })).toBe(1);
    expect(await db.moderationLog.count({ where: { actorId: mod.id, action: "conversation.message-hide" } })).toBe(1);
  });
});

describe("data export", () => {
  it("holds the member's own messages and conversations, not the others' words", async () => {
    const { a, b, id } = await trio();
    await reply(b, id, "Lời riêng của b");
    const { collectConversationData } = await import("@/lib/conversations/export-data");
    const data = await collectConversationData(db, a.id);
    expect(data.conversations).toEqual([expect.objectContaining({ id, started: true, leftAt: null })]);
    expect(data.messages.map((m) => m.source)).toEqual(["Chào hai bạn, xe còn không?"]);
    expect(JSON.stringify(data)).not.toContain("Lời riêng của b");
  });
});

describe("account deletion", () => {
  it("leaves the conversation readable for the others, signed with the replaced name", async () => {
    const { a, b, id } = await trio();
    await reply(b, id, "Lời của b vẫn còn");
    await db.user.update({ where: { id: b.id }, data: { deletionMode: "remove" } });
    await completeAccountDeletion(db, b.id);
    const page = await readConversation(a, id, 1);
    const byB = page.messages.find((m) => m.number === 2)!;
    expect(byB.html).toContain("Lời của b vẫn còn");
    expect(byB.author).toMatchObject({ displayName: DELETED_NAME, deleted: true });
    expect(page.participants.find((p) => p.id === b.id)).toMatchObject({ left: true, displayName: DELETED_NAME });
    await expect(inviteToConversation(a, { conversationId: id, recipients: `xoa.${b.id}` })).rejects.toThrow(/Không tìm thấy/);
  });
});

describe("e-mail", () => {
  it("mails each alerted member once per unread alert, never its words, and respects the member's choice", async () => {
    const [a, b, c] = [await makeMember(), await makeMember(), await makeMember()];
    await db.alertSettings.create({ data: { userId: c.id, mentionEmail: "never" } });
    const { conversationId } = await startConversation(a, { recipients: `${b.username}, ${c.username}`, title: "Hỏi giá ống kính", source: "Bạn bán ống kính bao nhiêu?", clientToken: token() });
    const mails = await db.mailMessage.findMany({ where: { userId: { in: [b.id, c.id] } } });
    expect(mails.map((m) => m.userId)).toEqual([b.id]);
    expect(mails[0].subject).toContain("Hỏi giá ống kính");
    expect(mails[0].text).toContain(`/conversations/${conversationId}/m/1`);
    expect(mails[0].text).not.toContain("bao nhiêu");
    expect(mails[0].headers).toContain("List-Unsubscribe-Post");
    // B has not opened the alert: a second message writes no second alert, so no second mail.
    await reply(a, conversationId, "Mình trả thêm được");
    expect(await db.mailMessage.count({ where: { userId: b.id } })).toBe(1);
  });
});
