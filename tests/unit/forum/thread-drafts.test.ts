// The new-thread draft: saved per member as they type, read back by the form,
// emptied by clearing both fields, gone once the thread is created; never
// saved for a guest or a member who may not post.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createThread } from "@/lib/forum/create-thread";
import { getThreadDraft, saveThreadDraft } from "@/lib/forum/thread-drafts";
import { makeMember, token, viewersWhoMayNotPost } from "./fixtures";

let categoryId: number;
beforeAll(async () => {
  categoryId = (await db.category.create({ data: { slug: "nhap-thu", name: "Nháp thử" } })).id;
});

describe("new-thread drafts", () => {
  it("saves, restores and replaces one draft per member; NFD text is stored as NFC", async () => {
    const member = await makeMember();
    expect(await getThreadDraft(member)).toBeNull();
    await saveThreadDraft(member, { categoryId: String(categoryId), title: "Hỏi".normalize("NFD"), source: "Đang viết dở", clientToken: token() });
    expect(await getThreadDraft(member)).toEqual({ categoryId, title: "Hỏi", source: "Đang viết dở" });
    await saveThreadDraft(member, { categoryId: "", title: "Hỏi về máy ảnh", source: "Đang viết dở, thêm chút nữa", clientToken: token() });
    expect(await getThreadDraft(member)).toEqual({ categoryId: null, title: "Hỏi về máy ảnh", source: "Đang viết dở, thêm chút nữa" });
    expect(await db.threadDraft.count({ where: { userId: member.id } })).toBe(1);
    // Another member's draft is their own.
    expect(await getThreadDraft(await makeMember())).toBeNull();
  });

  it("a category that no longer exists is forgotten; both fields empty removes the draft", async () => {
    const member = await makeMember();
    await saveThreadDraft(member, { categoryId: "999999", title: "Tiêu đề", source: "", clientToken: token() });
    expect((await getThreadDraft(member))?.categoryId).toBeNull();
    await saveThreadDraft(member, { categoryId: String(categoryId), title: "  ", source: "\n", clientToken: token() });
    expect(await getThreadDraft(member)).toBeNull();
  });

  it("is removed when the thread is created", async () => {
    const member = await makeMember();
    await saveThreadDraft(member, { categoryId: String(categoryId), title: "Máy lọc nước nào tốt", source: "Nhà mình dùng nước giếng.", clientToken: token() });
    await createThread(member, { categoryId, title: "Máy lọc nước nào tốt", source: "Nhà mình dùng nước giếng.", clientToken: token() });
    expect(await getThreadDraft(member)).toBeNull();
  });

  it("a save from the form that created the thread, arriving after it (a slow connection), does not bring the draft back", async () => {
    const member = await makeMember();
    const form = token();
    const typed = { categoryId: String(categoryId), title: "Xe điện nào bền", source: "Nhà mình đi 20 km mỗi ngày." };
    await saveThreadDraft(member, { ...typed, clientToken: form });
    await createThread(member, { ...typed, categoryId, clientToken: form });
    expect(await saveThreadDraft(member, { ...typed, clientToken: form })).toEqual({ saved: false });
    expect(await getThreadDraft(member)).toBeNull();
    // A new form (a new token) saves again.
    expect(await saveThreadDraft(member, { ...typed, title: "Chủ đề khác", clientToken: token() })).toEqual({ saved: true });
  });

  it("is refused to guests and to members who may not post; nothing is written", async () => {
    const before = await db.threadDraft.count();
    await expect(saveThreadDraft(null, { categoryId: "", title: "x", source: "y", clientToken: token() })).rejects.toThrow(/đăng nhập/);
    for (const [viewer] of await viewersWhoMayNotPost()) {
      await expect(saveThreadDraft(viewer, { categoryId: "", title: "x", source: "y", clientToken: token() })).rejects.toThrow(/quyền|đăng nhập/);
    }
    expect(await db.threadDraft.count()).toBe(before);
  });
});
