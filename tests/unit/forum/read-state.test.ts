// Read state: one row per member and thread that only rises; ignoring and
// following are per pair and one-way.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { lastReadNumber, lastReadNumbers, markThreadRead } from "@/lib/forum/read-state";
import { ignoredIdsOf, isIgnoring, membersIgnoring } from "@/lib/members/ignore";
import { followerIdsOf, isFollowing } from "@/lib/members/follow";
import { makeMember } from "./fixtures";

async function thread(authorId: number) {
  const category = await db.category.create({ data: { slug: `doc-${Math.random().toString(36).slice(2, 8)}`, name: "Đọc" } });
  return db.thread.create({ data: { categoryId: category.id, authorId, title: "Chủ đề", slug: "chu-de" } });
}

describe("read state", () => {
  it("records the highest post number read, never lowers it, and keeps one row", async () => {
    const member = await makeMember();
    const t = await thread(member.id);
    expect(await lastReadNumber(db, member.id, t.id)).toBe(0);
    await markThreadRead(db, member.id, t.id, 5);
    await markThreadRead(db, member.id, t.id, 3);
    expect(await lastReadNumber(db, member.id, t.id)).toBe(5);
    await Promise.all([markThreadRead(db, member.id, t.id, 9), markThreadRead(db, member.id, t.id, 7)]);
    expect(await lastReadNumber(db, member.id, t.id)).toBe(9);
    expect(await db.threadRead.count({ where: { userId: member.id } })).toBe(1);
    const other = await thread(member.id);
    expect(await lastReadNumbers(db, member.id, [t.id, other.id])).toEqual(new Map([[t.id, 9]]));
    // Another member's reading is their own.
    expect(await lastReadNumber(db, (await makeMember()).id, t.id)).toBe(0);
  });
});

describe("ignoring and following", () => {
  it("is one-way and per pair", async () => {
    const [a, b, c] = [await makeMember(), await makeMember(), await makeMember()];
    await db.memberIgnore.create({ data: { userId: a.id, ignoredId: b.id } });
    await db.memberFollow.create({ data: { followerId: c.id, followedId: b.id } });
    expect(await isIgnoring(db, a.id, b.id)).toBe(true);
    expect(await isIgnoring(db, b.id, a.id)).toBe(false);
    expect(await isIgnoring(db, a.id, a.id)).toBe(false);
    expect(await ignoredIdsOf(db, a.id)).toEqual(new Set([b.id]));
    expect(await membersIgnoring(db, b.id, [a.id, c.id])).toEqual(new Set([a.id]));
    expect(await isFollowing(db, c.id, b.id)).toBe(true);
    expect(await isFollowing(db, b.id, c.id)).toBe(false);
    expect(await followerIdsOf(db, b.id)).toEqual([c.id]);
  });
});
