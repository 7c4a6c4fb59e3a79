// Category management: administrators only; names unique regardless of case
// and accents; the address kept on rename; only empty categories deleted, and
// never the last; every change logged, every refusal writes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCategory, deleteCategory, updateCategory } from "@/lib/moderation/categories";
import { describeLogDetails } from "@/lib/mod-log/describe-log-details";
import { makeMember, makeThread } from "../forum/fixtures";

const unique = () => Math.random().toString(36).slice(2, 8);
const logOf = (categoryId: number) => db.moderationLog.findMany({ where: { targetType: "category", targetId: categoryId }, orderBy: { id: "asc" } });

describe("categories", () => {
  it("an administrator creates one: slug from the name, placed last, logged", async () => {
    const admin = await makeMember({ role: "admin" });
    const word = unique();
    const last = (await db.category.aggregate({ _max: { position: true } }))._max.position;
    const category = await createCategory(admin, { name: `  Đời sống   số ${word} `, description: "", position: "" });
    expect(category).toMatchObject({ name: `Đời sống số ${word}`, slug: `doi-song-so-${word}`, description: null, position: last === null ? 0 : last + 1 });
    const [entry] = await logOf(category.id);
    expect(entry).toMatchObject({ action: "category.create", actorId: admin.id });
    expect(describeLogDetails(entry.action, entry.details)).toBe(`“Đời sống số ${word}”`);
  });

  it("a name used already (in any case, with or without accents) is refused; a slug taken gets a suffix", async () => {
    const admin = await makeMember({ role: "admin" });
    const word = unique();
    await createCategory(admin, { name: `Máy ảnh ${word}` });
    await expect(createCategory(admin, { name: `MAY ANH ${word}` })).rejects.toThrow(/Đã có chuyên mục/);
    const similar = await createCategory(admin, { name: `Máy-ảnh ${word}` });
    expect(similar.slug).toBe(`may-anh-${word}-2`);
  });

  it("renaming keeps the address; the log says what changed; no change is refused", async () => {
    const admin = await makeMember({ role: "admin" });
    const word = unique();
    const category = await createCategory(admin, { name: `Điện thoại ${word}`, position: "7" });
    const updated = await updateCategory(admin, { categoryId: category.id, name: `Di động ${word}`, description: "Máy và mạng", position: "7" });
    expect(updated).toMatchObject({ slug: category.slug, name: `Di động ${word}`, description: "Máy và mạng", position: 7 });
    const entry = (await logOf(category.id))[1];
    expect(describeLogDetails(entry.action, entry.details)).toBe(`tên: Điện thoại ${word} → Di động ${word}; mô tả: (trống) → Máy và mạng`);
    await expect(updateCategory(admin, { categoryId: category.id, name: `Di động ${word}`, description: "Máy và mạng", position: "7" })).rejects.toThrow(/không có gì để lưu/);
    await expect(updateCategory(admin, { categoryId: category.id, name: "x", position: "7" })).rejects.toThrow(/ít nhất 2 ký tự/);
    await expect(updateCategory(admin, { categoryId: category.id, name: `Ổn ${word}`, position: "-1" })).rejects.toThrow(/0 đến 1000/);
    await expect(updateCategory(admin, { categoryId: category.id, name: `Ổn ${word}`, position: "abc" })).rejects.toThrow(/một số/);
    expect((await logOf(category.id)).length).toBe(2);
  });

  it("only an empty category can be deleted", async () => {
    const admin = await makeMember({ role: "admin" });
    const thread = await makeThread();
    const full = await db.category.findUniqueOrThrow({ where: { id: (await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).categoryId } });
    await expect(deleteCategory(admin, { categoryId: full.id })).rejects.toThrow(/còn \d+ chủ đề/);
    const empty = await createCategory(admin, { name: `Trống ${unique()}` });
    await deleteCategory(admin, { categoryId: empty.id });
    expect(await db.category.findUnique({ where: { id: empty.id } })).toBeNull();
    expect((await logOf(empty.id)).map((e) => e.action)).toEqual(["category.create", "category.delete"]);
    await expect(deleteCategory(admin, { categoryId: empty.id })).rejects.toThrow(/không tồn tại/);
  });

  it("refuses guests, members, moderators and a banned administrator; nothing is written", async () => {
    const admin = await makeMember({ role: "admin" });
    const category = await createCategory(admin, { name: `Được bảo vệ ${unique()}` });
    const before = { categories: await db.category.count(), log: await db.moderationLog.count() };
    for (const viewer of [null, await makeMember(), await makeMember({ role: "moderator" }), await makeMember({ role: "admin", bannedAt: new Date() })]) {
      await expect(createCategory(viewer, { name: `Chiếm quyền ${unique()}` })).rejects.toThrow(/quyền/);
      await expect(updateCategory(viewer, { categoryId: category.id, name: "Chiếm quyền" })).rejects.toThrow(/quyền/);
      await expect(deleteCategory(viewer, { categoryId: category.id })).rejects.toThrow(/quyền/);
    }
    expect({ categories: await db.category.count(), log: await db.moderationLog.count() }).toEqual(before);
    expect((await db.category.findUniqueOrThrow({ where: { id: category.id } })).name).toBe(category.name);
  });
});

describe("who starts threads in a category", () => {
  it("is members by default; an administrator makes it staff-only and back; left out on an edit, it is kept", async () => {
    const admin = await makeMember({ role: "admin" });
    const category = await createCategory(admin, { name: `Thông báo ${unique()}` });
    expect(category.staffThreadsOnly).toBe(false);
    const staffOnly = await updateCategory(admin, { categoryId: category.id, name: category.name, staffThreadsOnly: "staff" });
    expect(staffOnly.staffThreadsOnly).toBe(true);
    const renamed = await updateCategory(admin, { categoryId: category.id, name: `${category.name} mới`, staffThreadsOnly: "" });
    expect(renamed.staffThreadsOnly).toBe(true);
    const entries = await logOf(category.id);
    expect(describeLogDetails(entries[1].action, entries[1].details)).toBe("chỉ ban điều hành tạo chủ đề: không → có");
    await expect(updateCategory(admin, { categoryId: category.id, name: category.name, staffThreadsOnly: "everyone" })).rejects.toThrow(/ai được tạo chủ đề/);
  });
});
