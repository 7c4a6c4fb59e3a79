// Issue 20: every thread of a category is reachable page by page (defect 1:
// only the 50 newest were), rows carry their last poster, and members see
// what is unread — per thread, after "Đánh dấu đã đọc", and where the first
// unread post is.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { categoryPageCount, listCategoryPage, parsePageSegment, THREADS_PER_PAGE } from "@/lib/forum/category-pages";
import { markRead } from "@/lib/forum/read-marks";
import { markThreadRead } from "@/lib/forum/read-state";
import { withRowFacts } from "@/lib/forum/thread-rows";
import { firstUnreadPostId, unreadThreadIds } from "@/lib/forum/unread";
import { listRecentActivity, listUnreadThreads, parseActivityKey, formatActivityKey } from "@/lib/forum/whats-new";
import { makeMember } from "./fixtures";

const MINUTE = 60_000;
const NOW = new Date();

async function category() {
  const slug = `ds-${Math.random().toString(36).slice(2, 9)}`;
  return db.category.create({ data: { slug, name: `Danh sách ${slug}` } });
}

/** A thread with an opening post and `replies` replies, last active `minutesAgo` ago. */
async function thread(categoryId: number, minutesAgo: number, options: { pinned?: boolean; replies?: number; status?: string } = {}) {
  const author = await makeMember();
  const at = new Date(NOW.getTime() - minutesAgo * MINUTE);
  const replies = options.replies ?? 0;
  const t = await db.thread.create({
    data: {
      categoryId, authorId: author.id, title: `Chủ đề ${minutesAgo}`, slug: `chu-de-${minutesAgo}`, pinned: options.pinned ?? false,
      status: options.status ?? "visible", lastPostAt: at, createdAt: at, replyCount: replies, lastNumber: 1 + replies,
    },
  });
  await db.post.create({ data: { threadId: t.id, authorId: author.id, number: 1, source: "Mở đầu", html: "<p>Mở đầu</p>", createdAt: at } });
  for (let n = 2; n <= 1 + replies; n++) {
    const replier = await makeMember();
    await db.post.create({ data: { threadId: t.id, authorId: replier.id, number: n, source: `Trả lời ${n}`, html: `<p>Trả lời ${n}</p>`, createdAt: at } });
  }
  return t;
}

describe("category pages", () => {
  it("reach every visible thread exactly once, pinned first, then by last activity", async () => {
    const c = await category();
    const made = [];
    for (let i = 0; i < 2 * THREADS_PER_PAGE + 5; i++) made.push(await thread(c.id, i + 10));
    const pinned = await thread(c.id, 999, { pinned: true });
    await thread(c.id, 1, { status: "pending" }); // held for approval: in no list
    const pages = [await listCategoryPage(c.id, 1), await listCategoryPage(c.id, 2), await listCategoryPage(c.id, 3)];
    expect(pages.map((p) => p.length)).toEqual([20, 20, 6]);
    expect(await listCategoryPage(c.id, 4)).toEqual([]);
    const order = pages.flat().map((t) => t.id);
    expect(order).toEqual([pinned.id, ...made.map((t) => t.id)]);
    expect(new Set(order).size).toBe(order.length);
    expect(pages[0][0].author).toHaveProperty("avatarUrl");
  });

  it("count pages from the category's thread count, and parse only page-N with N ≥ 2", () => {
    expect(categoryPageCount(0)).toBe(1);
    expect(categoryPageCount(20)).toBe(1);
    expect(categoryPageCount(98)).toBe(5);
    expect(categoryPageCount(5000)).toBe(250);
    expect(parsePageSegment("page-2")).toBe(2);
    expect(parsePageSegment("page-1000")).toBe(1000);
    for (const bad of ["page-1", "page-0", "page-01", "page-x", "page-", "2", "page-99999999"]) expect(parsePageSegment(bad)).toBeNull();
  });
});

describe("list rows", () => {
  it("show the last visible post's author, the opener when no reply is visible", async () => {
    const c = await category();
    const withReplies = await thread(c.id, 5, { replies: 2 });
    const alone = await thread(c.id, 6);
    // The last reply is hidden: the row shows the one before it.
    await db.post.update({ where: { threadId_number: { threadId: withReplies.id, number: 3 } }, data: { status: "hidden" } });
    const rows = await withRowFacts(null, [withReplies, alone]);
    const second = await db.post.findUniqueOrThrow({ where: { threadId_number: { threadId: withReplies.id, number: 2 } }, include: { author: true } });
    expect(rows[0].lastPost).toMatchObject({ number: 2, author: { username: second.author.username } });
    expect(rows[1].lastPost).toMatchObject({ number: 1 });
    expect(rows.every((r) => r.unread === false)).toBe(true); // a guest has no unread marks
  });
});

describe("unread", () => {
  it("marks a thread until its last visible post is read, and again when a reply comes", async () => {
    const c = await category();
    const member = await makeMember();
    const t = await thread(c.id, 5, { replies: 3 });
    const last = new Map([[t.id, 4]]);
    expect(await unreadThreadIds(member, [t], last, NOW)).toEqual(new Set([t.id]));
    await markThreadRead(db, member.id, t.id, 2);
    expect(await unreadThreadIds(member, [t], last, NOW)).toEqual(new Set([t.id]));
    await markThreadRead(db, member.id, t.id, 4);
    expect(await unreadThreadIds(member, [t], last, NOW)).toEqual(new Set());
    expect(await unreadThreadIds(member, [t], new Map([[t.id, 5]]), NOW)).toEqual(new Set([t.id]));
    // Nothing older than the unread window is new, read or not.
    const old = await thread(c.id, 31 * 24 * 60, { replies: 1 });
    expect(await unreadThreadIds(member, [old], new Map([[old.id, 2]]), NOW)).toEqual(new Set());
  });

  it("leads to the first unread post, the last one when all is read, the first for a guest", async () => {
    const c = await category();
    const member = await makeMember();
    const t = await thread(c.id, 5, { replies: 4 });
    const id = async (n: number) => (await db.post.findUniqueOrThrow({ where: { threadId_number: { threadId: t.id, number: n } } })).id;
    expect(await firstUnreadPostId(member, t.id, NOW)).toBe(await id(1));
    await markThreadRead(db, member.id, t.id, 2);
    expect(await firstUnreadPostId(member, t.id, NOW)).toBe(await id(3));
    // A hidden post is skipped.
    await db.post.update({ where: { id: await id(3) }, data: { status: "hidden" } });
    expect(await firstUnreadPostId(member, t.id, NOW)).toBe(await id(4));
    await markThreadRead(db, member.id, t.id, 5);
    expect(await firstUnreadPostId(member, t.id, NOW)).toBe(await id(5));
    expect(await firstUnreadPostId(null, t.id, NOW)).toBe(await id(1));
    // A thread held for approval is not for other members.
    const held = await thread(c.id, 5, { status: "pending" });
    expect(await firstUnreadPostId(member, held.id, NOW)).toBeNull();
    expect(await firstUnreadPostId(member, 987_654_321, NOW)).toBeNull();
  });

  it("'Đánh dấu đã đọc' clears a category, or the whole forum, until something newer is posted", async () => {
    const [c1, c2] = [await category(), await category()];
    const member = await makeMember();
    const [a, b] = [await thread(c1.id, 5, { replies: 1 }), await thread(c2.id, 5, { replies: 1 })];
    const last = new Map([[a.id, 2], [b.id, 2]]);
    expect(await unreadThreadIds(member, [a, b], last, NOW)).toEqual(new Set([a.id, b.id]));
    await markRead(member, { categoryId: String(c1.id) }, {}, NOW);
    expect(await unreadThreadIds(member, [a, b], last, NOW)).toEqual(new Set([b.id]));
    await markRead(member, { categoryId: "" }, {}, NOW);
    expect(await unreadThreadIds(member, [a, b], last, NOW)).toEqual(new Set());
    expect(await firstUnreadPostId(member, a.id, NOW)).toBe((await db.post.findUniqueOrThrow({ where: { threadId_number: { threadId: a.id, number: 2 } } })).id);
    // A reply after the mark is unread again.
    const later = new Date(NOW.getTime() + MINUTE);
    await db.thread.update({ where: { id: a.id }, data: { lastPostAt: later } });
    const moved = { ...a, lastPostAt: later };
    expect(await unreadThreadIds(member, [moved, b], new Map([[a.id, 3], [b.id, 2]]), later)).toEqual(new Set([a.id]));
    // Marking again moves the watermark (one row per category, never two).
    await markRead(member, { categoryId: c1.id }, {}, later);
    expect(await db.categoryRead.count({ where: { userId: member.id, categoryId: c1.id } })).toBe(1);
  });

  it("'Đánh dấu đã đọc' refuses a guest, a malformed and an unknown category, and changes nothing", async () => {
    const c = await category();
    const before = await db.categoryRead.count();
    await expect(markRead(null, { categoryId: c.id })).rejects.toThrow(ForbiddenError);
    await expect(markRead(null, { categoryId: c.id })).rejects.toThrow(/đăng nhập/);
    const member = await makeMember();
    await expect(markRead(member, { categoryId: "abc" })).rejects.toThrow(InvalidInputError);
    await expect(markRead(member, { categoryId: 987_654_321 })).rejects.toThrow(NotFoundError);
    expect(await db.categoryRead.count()).toBe(before);
  });
});

describe("Bài mới / Có gì mới", () => {
  it("pages by key through recent activity, and a member's list holds only unread threads", async () => {
    const c = await category();
    const member = await makeMember();
    const fresh = await thread(c.id, -10, { replies: 1 }); // the newest in the forum (other tests post at NOW or before)
    const read = await thread(c.id, -9, { replies: 1 });
    await markThreadRead(db, member.id, read.id, 2);
    const first = await listRecentActivity(member, null, NOW);
    expect(first.threads.slice(0, 2).map((t) => [t.id, t.unread])).toEqual([
      [fresh.id, true],
      [read.id, false],
    ]);
    const unread = await listUnreadThreads(member, NOW);
    expect(unread.some((t) => t.id === fresh.id)).toBe(true);
    expect(unread.some((t) => t.id === read.id)).toBe(false);
    expect(unread.every((t) => t.unread)).toBe(true);
    // Keys round-trip; the next page starts after the last row of this one.
    if (first.next) {
      expect(parseActivityKey(formatActivityKey(first.next))).toEqual(first.next);
      const second = await listRecentActivity(null, first.next, NOW);
      expect(second.threads.map((t) => t.id)).not.toContain(first.threads[0].id);
    }
    expect(parseActivityKey("x.1")).toBeNull();
    expect(parseActivityKey(undefined)).toBeNull();
  });
});
