// Writing aids (issue 20.15) against a real database: the edit reason (stored,
// bounded, shown in the moderation log for staff edits, refused with the edit
// on someone else's post), the edit time left, multi-quote (order, what may be
// quoted, who may quote) and the live preview (one renderer, rate-limited).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { editPost } from "@/lib/forum/edit-post";
import { editMinutesLeft } from "@/lib/forum/edit-window";
import { livePreview } from "@/lib/forum/live-preview";
import { quotesForReply, toggleMultiQuote } from "@/lib/forum/multi-quote";
import { previewPost } from "@/lib/forum/preview-post";
import { loadPostTarget } from "@/lib/forum/post-target";
import { makeMember, makeThread, token } from "./fixtures";

beforeEach(async () => {
  await db.setting.deleteMany();
});
afterEach(() => {
  delete process.env.RATE_LIMIT_LIVE_PREVIEW;
});

async function replyBy(member: Awaited<ReturnType<typeof makeMember>>, threadId: number, source: string) {
  return (await createReply(member, { threadId, source, clientToken: token() })).postId;
}

describe("edit reason", () => {
  it("is stored with the revision, trimmed to one line; blank means none", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const postId = await replyBy(member, thread.id, "Bản đầu");
    await editPost(member, { postId, source: "Bản hai", reason: "  Sửa   lỗi\nchính tả  " });
    await editPost(member, { postId, source: "Bản ba", reason: "   " });
    const revisions = await db.postRevision.findMany({ where: { postId }, orderBy: { id: "asc" } });
    expect(revisions.map((r) => [r.source, r.reason])).toEqual([
      ["Bản đầu", "Sửa lỗi chính tả"],
      ["Bản hai", null],
    ]);
  });

  it("is bounded: a reason over 200 characters refuses the edit and changes nothing", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const postId = await replyBy(member, thread.id, "Gốc");
    await expect(editPost(member, { postId, source: "Mới", reason: "x".repeat(201) })).rejects.toThrow(/Lý do sửa tối đa 200 ký tự/);
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).source).toBe("Gốc");
    expect(await db.postRevision.count({ where: { postId } })).toBe(0);
    await editPost(member, { postId, source: "Mới", reason: "đ".repeat(200) });
    expect((await db.postRevision.findFirstOrThrow({ where: { postId } })).reason).toHaveLength(200);
  });

  it("cannot be set on another member's post: the edit itself is refused", async () => {
    const thread = await makeThread();
    const postId = await replyBy(await makeMember(), thread.id, "Của người khác");
    await expect(editPost(await makeMember(), { postId, source: "Chiếm quyền", reason: "Tôi muốn" })).rejects.toThrow(/quyền/);
    expect(await db.postRevision.count({ where: { postId } })).toBe(0);
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).source).toBe("Của người khác");
  });

  it("of a moderator editing someone else's post goes into the moderation log too", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const postId = await replyBy(author, thread.id, "Có số điện thoại 0900000000");
    const moderator = await makeMember({ role: "moderator" });
    await editPost(moderator, { postId, source: "Có số điện thoại (đã xóa)", reason: "Xóa thông tin cá nhân" });
    const entry = await db.moderationLog.findFirstOrThrow({ where: { action: "post.edit", targetId: postId } });
    expect(entry).toMatchObject({ actorId: moderator.id, targetUserId: author.id, reason: "Xóa thông tin cá nhân" });
    expect((await db.postRevision.findFirstOrThrow({ where: { postId } })).reason).toBe("Xóa thông tin cá nhân");
  });
});

describe("edit time left", () => {
  it("counts the author's minutes, rounded up, and nothing for others, staff or after the window", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const postId = await replyBy(author, thread.id, "Đếm phút");
    const target = (await loadPostTarget(postId))!;
    const settings = { editWindowMinutes: 30 };
    const at = (minutes: number) => new Date(target.createdAt.getTime() + minutes * 60_000);
    expect(editMinutesLeft(author, target, settings, at(0))).toBe(30);
    expect(editMinutesLeft(author, target, settings, at(17.5))).toBe(13);
    expect(editMinutesLeft(author, target, settings, at(29.9))).toBe(1);
    expect(editMinutesLeft(author, target, settings, at(30.1))).toBeNull();
    expect(editMinutesLeft(await makeMember(), target, settings, at(1))).toBeNull();
    expect(editMinutesLeft(await makeMember({ role: "moderator" }), target, settings, at(1))).toBeNull();
    expect(editMinutesLeft(null, target, settings, at(1))).toBeNull();
  });

  it("after the window the server refuses the edit with the reason in Vietnamese", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const postId = await replyBy(author, thread.id, "Cũ");
    await db.post.update({ where: { id: postId }, data: { createdAt: new Date(Date.now() - 31 * 60_000) } });
    await expect(editPost(author, { postId, source: "Muộn", reason: "Muộn" })).rejects.toThrow("Đã quá 30 phút kể từ khi đăng, bạn không thể sửa bài này nữa.");
  });
});

describe("multi-quote", () => {
  it("quotes the collected posts together, in the thread's order, each naming its author and linking to it", async () => {
    const thread = await makeThread();
    const lan = await makeMember();
    const minh = await makeMember();
    const first = await replyBy(lan, thread.id, "Ý kiến thứ nhất");
    const second = await replyBy(minh, thread.id, "> trích cũ\n\nÝ kiến thứ hai");
    const reader = await makeMember();
    const { text, count } = await quotesForReply(reader, { threadId: thread.id, postIds: [second, first] });
    expect(count).toBe(2);
    expect(text).toBe(
      `> **[${lan.displayName}](/posts/${first}) đã viết:**\n> Ý kiến thứ nhất\n\n` + `> **[${minh.displayName}](/posts/${second}) đã viết:**\n> Ý kiến thứ hai\n\n`,
    );
  });

  it("leaves out hidden posts and posts of other threads", async () => {
    const thread = await makeThread();
    const other = await makeThread();
    const member = await makeMember();
    const kept = await replyBy(member, thread.id, "Còn đây");
    const hidden = await replyBy(await makeMember(), thread.id, "Bị ẩn");
    await db.post.update({ where: { id: hidden }, data: { status: "hidden" } });
    const elsewhere = await replyBy(await makeMember(), other.id, "Chủ đề khác");
    const { text, count } = await quotesForReply(member, { threadId: thread.id, postIds: [kept, hidden, elsewhere] });
    expect(count).toBe(1);
    expect(text).toContain("Còn đây");
    expect(text).not.toMatch(/Bị ẩn|Chủ đề khác/);
    await expect(toggleMultiQuote(member, { threadId: thread.id, postId: hidden }, [])).rejects.toThrow(/không trích dẫn được/);
  });

  it("is for those who may reply: a guest, a suspended member, a locked thread are refused", async () => {
    const thread = await makeThread();
    const postId = await replyBy(await makeMember(), thread.id, "Nội dung");
    await expect(quotesForReply(null, { threadId: thread.id, postIds: [postId] })).rejects.toThrow(/đăng nhập/);
    const suspended = await makeMember({ suspendedUntil: new Date(Date.now() + 3_600_000), sanctionReason: "Spam" });
    await expect(toggleMultiQuote(suspended, { threadId: thread.id, postId }, [])).rejects.toThrow(/tạm ngưng/);
    await db.thread.update({ where: { id: thread.id }, data: { locked: true } });
    await expect(quotesForReply(await makeMember(), { threadId: thread.id, postIds: [postId] })).rejects.toThrow(/quyền/);
    await expect(quotesForReply(await makeMember(), { threadId: thread.id, postIds: "1,2" })).rejects.toThrow();
  });

  it("toggles a post in and out of the selection, kept in the thread's order and bounded", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const a = await replyBy(await makeMember(), thread.id, "A");
    const b = await replyBy(await makeMember(), thread.id, "B");
    expect((await toggleMultiQuote(member, { threadId: thread.id, postId: b }, [])).selected).toEqual([b]);
    expect((await toggleMultiQuote(member, { threadId: thread.id, postId: a }, [b])).selected).toEqual([a, b]);
    expect((await toggleMultiQuote(member, { threadId: thread.id, postId: b }, [a, b])).selected).toEqual([a]);
    const full = Array.from({ length: 20 }, (_, i) => 1_000_000 + i);
    await expect(toggleMultiQuote(member, { threadId: thread.id, postId: a }, full)).rejects.toThrow(/tối đa 20/);
  });
});

describe("live preview", () => {
  it("renders like the preview button, quote blocks included", async () => {
    const thread = await makeThread();
    const lan = await makeMember();
    const quoted = await replyBy(lan, thread.id, "Câu được trích");
    const member = await makeMember();
    const { text } = await quotesForReply(member, { threadId: thread.id, postIds: [quoted] });
    const source = `${text}Tôi đồng ý **hoàn toàn**.`;
    const live = await livePreview(member, { source }, { ip: "203.0.113.9" });
    expect(live.html).toBe((await previewPost(member, { source })).html);
    expect(live.html).toMatch(new RegExp(`<blockquote>[\\s\\S]*<a href="/posts/${quoted}">${lan.displayName}</a> đã viết:[\\s\\S]*Câu được trích[\\s\\S]*</blockquote>`));
    expect(live.html).toContain("<strong>hoàn toàn</strong>");
    expect(live.html).not.toContain("<script");
  });

  it("refuses guests and pauses a member who asks too often", async () => {
    await expect(livePreview(null, { source: "x" })).rejects.toThrow(/đăng nhập/);
    process.env.RATE_LIMIT_LIVE_PREVIEW = "3";
    const member = await makeMember();
    for (let i = 0; i < 3; i += 1) await livePreview(member, { source: `Lần ${i}` });
    await expect(livePreview(member, { source: "Lần nữa" })).rejects.toThrow(/tạm dừng/);
    // Another member is not held back by the first one's pace.
    await expect(livePreview(await makeMember(), { source: "Tôi" })).resolves.toHaveProperty("html");
  });
});
