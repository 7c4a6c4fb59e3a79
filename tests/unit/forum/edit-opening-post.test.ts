// A thread's opening post is edited with the thread's title: its author
// within the edit window (text, title or both; the slug follows), staff at
// any time (logged); nobody else, and a reply never takes a title.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { createThread } from "@/lib/forum/create-thread";
import { editPost } from "@/lib/forum/edit-post";
import type { Viewer } from "@/lib/permissions";
import { makeMember, token } from "./fixtures";

let categoryId: number;
beforeAll(async () => {
  categoryId = (await db.category.create({ data: { slug: "sua-mo-dau", name: "Sửa mở đầu" } })).id;
});

async function startThread(author: Viewer, title = `Chủ đề có lỗi chính tả ${Math.random().toString(36).slice(2, 7)}`) {
  const created = await createThread(author, { categoryId, title, source: "Nội dung mở đầu.", clientToken: token() });
  return { ...created, title };
}

const threadRow = (id: number) => db.thread.findUniqueOrThrow({ where: { id }, select: { title: true, slug: true } });
const postRow = (id: number) => db.post.findUniqueOrThrow({ where: { id }, select: { source: true, editCount: true } });

describe("editing an opening post with its title", () => {
  it("its author corrects the title alone: the slug follows, the text is not a new version", async () => {
    const author = await makeMember();
    const thread = await startThread(author);
    const result = await editPost(author, { postId: thread.postId, source: "Nội dung mở đầu.", title: "  Chủ đề   đã sửa tiêu đề " });
    expect(result).toMatchObject({ changed: true, renamed: true });
    expect(await threadRow(thread.threadId)).toEqual({ title: "Chủ đề đã sửa tiêu đề", slug: "chu-de-da-sua-tieu-de" });
    expect(await postRow(thread.postId)).toEqual({ source: "Nội dung mở đầu.", editCount: 0 });
    expect(await db.postRevision.count({ where: { postId: thread.postId } })).toBe(0);
  });

  it("text and title together; the same title and text again changes nothing", async () => {
    const author = await makeMember();
    const thread = await startThread(author);
    await editPost(author, { postId: thread.postId, source: "Nội dung đã sửa.", title: "Tiêu đề mới hơn" });
    expect(await postRow(thread.postId)).toEqual({ source: "Nội dung đã sửa.", editCount: 1 });
    expect((await threadRow(thread.threadId)).title).toBe("Tiêu đề mới hơn");
    expect(await editPost(author, { postId: thread.postId, source: "Nội dung đã sửa.", title: "Tiêu đề mới hơn" })).toMatchObject({ changed: false });
  });

  it("a moderator renames a member's thread this way, logged; the author is refused after the window; others and short titles always", async () => {
    const author = await makeMember();
    const thread = await startThread(author);
    const mod = await makeMember({ role: "moderator" });
    await editPost(mod, { postId: thread.postId, source: "Nội dung mở đầu.", title: "Tên do điều hành viên đặt" });
    expect(await db.moderationLog.findFirst({ where: { action: "thread.rename", targetId: thread.threadId } })).toMatchObject({ actorId: mod.id });
    expect(await db.moderationLog.count({ where: { action: "post.edit", targetId: thread.postId } })).toBe(0);

    await expect(editPost(await makeMember(), { postId: thread.postId, source: "Chiếm", title: "Chiếm quyền đặt tên" })).rejects.toThrow(/quyền/);
    await expect(editPost(author, { postId: thread.postId, source: "Nội dung mở đầu.", title: "Ngắn" })).rejects.toThrow(/ít nhất 5 ký tự/);
    await db.post.update({ where: { id: thread.postId }, data: { createdAt: new Date(Date.now() - 31 * 60_000) } });
    await expect(editPost(author, { postId: thread.postId, source: "Nội dung mở đầu.", title: "Quá hạn rồi mới sửa" })).rejects.toThrow(/30 phút/);
    expect((await threadRow(thread.threadId)).title).toBe("Tên do điều hành viên đặt");
  });

  it("a reply has no title to change", async () => {
    const author = await makeMember();
    const thread = await startThread(author);
    const replier = await makeMember();
    const reply = await createReply(replier, { threadId: thread.threadId, source: "Một trả lời", clientToken: token() });
    await expect(editPost(replier, { postId: reply.postId, source: "Một trả lời đã sửa", title: "Đổi tên chủ đề người khác" })).rejects.toThrow(/bài mở đầu/);
    expect((await threadRow(thread.threadId)).title).toBe(thread.title);
  });
});
