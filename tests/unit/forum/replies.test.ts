// Reply services against a real SQLite database: the allowed case and every
// forbidden one, counters kept consistent, double submits posting once.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { editPost } from "@/lib/forum/edit-post";
import { deleteOwnPost } from "@/lib/forum/delete-own-post";
import { toggleReaction } from "@/lib/forum/toggle-reaction";
import { getDraft, saveDraft } from "@/lib/forum/drafts";
import { getReplies, pageOfNumber } from "@/lib/forum/read-thread";
import { makeMember, makeThread, token, viewersWhoMayNotPost } from "./fixtures";

async function counts(threadId: number) {
  const thread = await db.thread.findUniqueOrThrow({ where: { id: threadId } });
  const visible = await db.post.count({ where: { threadId, number: { gt: 1 }, status: "visible" } });
  return { replyCount: thread.replyCount, visible, lastNumber: thread.lastNumber };
}

beforeEach(async () => {
  await db.setting.deleteMany();
});

describe("createReply", () => {
  it("posts a numbered reply and keeps the counters equal to the rows", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const reply = await createReply(member, { threadId: thread.id, source: "Bài **hay**!", clientToken: token() });
    expect(reply).toMatchObject({ number: 2, status: "visible", duplicate: false });
    const post = await db.post.findUniqueOrThrow({ where: { id: reply.postId } });
    expect(post.html).toBe("<p>Bài <strong>hay</strong>!</p>");
    expect(await counts(thread.id)).toEqual({ replyCount: 1, visible: 1, lastNumber: 2 });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).postCount).toBe(1);
  });

  it("posts exactly once when the same form is submitted twice, even concurrently", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const clientToken = token();
    const input = { threadId: thread.id, source: "Gửi hai lần", clientToken };
    const [a, b] = await Promise.all([createReply(member, input), createReply(member, input)]);
    expect(a.postId).toBe(b.postId);
    const again = await createReply(member, input);
    expect(again).toMatchObject({ postId: a.postId, duplicate: true });
    expect(await db.post.count({ where: { threadId: thread.id, number: { gt: 1 } } })).toBe(1);
    expect(await counts(thread.id)).toEqual({ replyCount: 1, visible: 1, lastNumber: 2 });
  });

  it("refuses a guest, an unverified, a suspended and a banned member, and changes nothing", async () => {
    const thread = await makeThread();
    for (const [viewer, message] of await viewersWhoMayNotPost()) {
      await expect(createReply(viewer, { threadId: thread.id, source: "Xin chào", clientToken: token() })).rejects.toThrow(message);
    }
    expect(await counts(thread.id)).toEqual({ replyCount: 0, visible: 0, lastNumber: 1 });
  });

  it("refuses replies in a locked thread, except from staff", async () => {
    const thread = await makeThread({ locked: true });
    const member = await makeMember();
    await expect(createReply(member, { threadId: thread.id, source: "Mở khóa đi", clientToken: token() })).rejects.toThrow(/khóa/);
    const mod = await makeMember({ role: "moderator" });
    await expect(createReply(mod, { threadId: thread.id, source: "Chủ đề đã khóa vì lạc đề.", clientToken: token() })).resolves.toMatchObject({ number: 2 });
  });

  it("limits the pace: 10 s between replies, 30 s for members newer than a day", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    await createReply(member, { threadId: thread.id, source: "Một", clientToken: token() });
    await expect(createReply(member, { threadId: thread.id, source: "Hai", clientToken: token() })).rejects.toThrow(/đợi (9|10) giây/);

    const newcomer = await makeMember({ createdAt: new Date() });
    await createReply(newcomer, { threadId: thread.id, source: "Chào cả nhà", clientToken: token() });
    await expect(createReply(newcomer, { threadId: thread.id, source: "Lại là tôi", clientToken: token() })).rejects.toThrow(/đợi (29|30) giây/);
    expect(await counts(thread.id)).toMatchObject({ replyCount: 2 });
  });

  it("refuses the same text twice within 5 minutes, too long text, and empty text", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
    await createReply(member, { threadId: thread.id, source: "Trùng lặp", clientToken: token() });
    await expect(createReply(member, { threadId: thread.id, source: "Trùng lặp", clientToken: token() })).rejects.toThrow(/đúng nội dung này/);
    await expect(createReply(member, { threadId: thread.id, source: "x".repeat(20_001), clientToken: token() })).rejects.toThrow(/vượt giới hạn 20\.000/);
    await expect(createReply(member, { threadId: thread.id, source: "  \n ", clientToken: token() })).rejects.toThrow(/chưa viết gì/);
    expect(await counts(thread.id)).toMatchObject({ replyCount: 1 });
  });

  it("counts the duplicate window from the earlier post's time, per member", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
    const first = await createReply(member, { threadId: thread.id, source: "Cùng một câu", clientToken: token() });
    // Another member may say the same.
    await createReply(await makeMember(), { threadId: thread.id, source: "Cùng một câu", clientToken: token() });
    // Four minutes ago (the window is five): still refused; six minutes ago: taken.
    await db.post.update({ where: { id: first.postId }, data: { createdAt: new Date(Date.now() - 4 * 60_000) } });
    await expect(createReply(member, { threadId: thread.id, source: "Cùng một câu", clientToken: token() })).rejects.toThrow(/đúng nội dung này/);
    await db.post.update({ where: { id: first.postId }, data: { createdAt: new Date(Date.now() - 6 * 60_000) } });
    await createReply(member, { threadId: thread.id, source: "Cùng một câu", clientToken: token() });
    expect(await counts(thread.id)).toMatchObject({ replyCount: 3 });
  });

  it("links @mentions of existing members only", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const other = await makeMember();
    const reply = await createReply(member, { threadId: thread.id, source: `Hỏi @${other.username.toUpperCase()} và @khong_ai_ca`, clientToken: token() });
    const post = await db.post.findUniqueOrThrow({ where: { id: reply.postId } });
    expect(post.html).toContain(`<a href="/members/${other.username}" class="mention"`);
    expect(post.html).toContain("@khong_ai_ca");
  });
});

describe("editPost", () => {
  it("lets the author edit within the window and keeps the previous version", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const { postId } = await createReply(member, { threadId: thread.id, source: "Bản đầu", clientToken: token() });
    await editPost(member, { postId, source: "Bản sửa" });
    const post = await db.post.findUniqueOrThrow({ where: { id: postId }, include: { revisions: true } });
    expect(post.source).toBe("Bản sửa");
    expect(post.editCount).toBe(1);
    expect(post.revisions).toMatchObject([{ source: "Bản đầu", editorId: member.id }]);
  });

  it("refuses another member, and the author after the window; staff may edit any time", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const { postId } = await createReply(author, { threadId: thread.id, source: "Gốc", clientToken: token() });
    await expect(editPost(await makeMember(), { postId, source: "Chiếm quyền" })).rejects.toThrow(/quyền/);
    await expect(editPost(null, { postId, source: "Khách" })).rejects.toThrow(/đăng nhập/);
    await db.post.update({ where: { id: postId }, data: { createdAt: new Date(Date.now() - 31 * 60_000) } });
    await expect(editPost(author, { postId, source: "Muộn" })).rejects.toThrow(/quá 30 phút/);
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).source).toBe("Gốc");
    await editPost(await makeMember({ role: "moderator" }), { postId, source: "Điều hành viên sửa" });
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).source).toBe("Điều hành viên sửa");
  });
});

describe("deleteOwnPost", () => {
  it("turns the author's reply into a placeholder and keeps the counts right", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const { postId } = await createReply(author, { threadId: thread.id, source: "Sẽ xóa", clientToken: token() });
    await expect(deleteOwnPost(await makeMember(), { postId })).rejects.toThrow(/chính mình/);
    expect(await counts(thread.id)).toMatchObject({ replyCount: 1 });
    await deleteOwnPost(author, { postId });
    const post = await db.post.findUniqueOrThrow({ where: { id: postId } });
    expect(post).toMatchObject({ status: "deleted", source: "Sẽ xóa" });
    expect(await counts(thread.id)).toEqual({ replyCount: 0, visible: 0, lastNumber: 2 });
    await expect(deleteOwnPost(author, { postId })).rejects.toThrow(/quyền/);
  });
});

describe("toggleReaction", () => {
  it("likes once per member and un-likes on a second click", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const fan = await makeMember();
    const { postId } = await createReply(author, { threadId: thread.id, source: "Thích không?", clientToken: token() });
    await expect(toggleReaction(author, { postId })).rejects.toThrow(/tự thích/);
    await expect(toggleReaction(null, { postId })).rejects.toThrow(/đăng nhập/);
    expect(await toggleReaction(fan, { postId })).toEqual({ reacted: true, kind: "like" });
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).reactionCount).toBe(1);
    expect(await toggleReaction(fan, { postId })).toEqual({ reacted: false, kind: "like" });
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).reactionCount).toBe(0);
  });
});

describe("drafts", () => {
  it("saves, restores, and is cleared when the reply is posted", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    await saveDraft(member, { threadId: thread.id, source: "Đang viết dở…", clientToken: token() });
    expect(await getDraft(member, thread.id)).toBe("Đang viết dở…");
    expect(await getDraft(await makeMember(), thread.id)).toBeNull();
    await expect(saveDraft(null, { threadId: thread.id, source: "x", clientToken: token() })).rejects.toThrow(/đăng nhập/);
    await createReply(member, { threadId: thread.id, source: "Đang viết dở… xong", clientToken: token() });
    expect(await getDraft(member, thread.id)).toBeNull();
  });
});

describe("a draft save that arrives after its form was posted (issue 12.5)", () => {
  it("does not bring the posted text back as a draft", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const form = token();
    await saveDraft(member, { threadId: thread.id, source: "Gửi qua mạng chậm", clientToken: form });
    await createReply(member, { threadId: thread.id, source: "Gửi qua mạng chậm", clientToken: form });
    // The debounced save sent during the submit lands after the commit dropped the draft.
    expect(await saveDraft(member, { threadId: thread.id, source: "Gửi qua mạng chậm", clientToken: form })).toEqual({ saved: false });
    expect(await getDraft(member, thread.id)).toBeNull();
    // The next form on the page has a new token and saves as usual.
    expect(await saveDraft(member, { threadId: thread.id, source: "Trả lời tiếp", clientToken: token() })).toEqual({ saved: true });
  });
});

describe("reading", () => {
  it("pages by post number and hides pending replies from others", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
    for (let i = 1; i <= 45; i++) {
      await createReply(member, { threadId: thread.id, source: `Trả lời số ${i}`, clientToken: token() });
    }
    const page3 = await getReplies(thread.id, 3);
    expect(page3.map((p) => p.number - 1)).toEqual([41, 42, 43, 44, 45]);
    expect(pageOfNumber(44)).toBe(3);
    expect(pageOfNumber(21)).toBe(1);
    expect(pageOfNumber(22)).toBe(2);
    await db.post.update({ where: { threadId_number: { threadId: thread.id, number: 3 } }, data: { status: "pending" } });
    expect((await getReplies(thread.id, 1)).length).toBe(19);
    expect((await getReplies(thread.id, 1, member)).length).toBe(20);
  });
});
