// Starting threads against a real SQLite database: who may, the limits every
// post obeys, the word filter, the approval queue (a held thread is in no
// list, feed, sitemap or search until approved), a double submit creating one
// thread, counters equal to rows, and the search index in step.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { createThread } from "@/lib/forum/create-thread";
import { latestThreadsForFeed, sitemapCounts, sitemapThreadEntries } from "@/lib/forum/feed-data";
import { listCategoryThreads, listLatestThreads, listNewestPosts } from "@/lib/forum/list-threads";
import { searchForum } from "@/lib/forum/search-posts";
import { reviewPosts } from "@/lib/moderation/approval-queue";
import { applyThreadTool } from "@/lib/moderation/thread-tools";
import { canViewThread, type Viewer } from "@/lib/permissions";
import { foldVietnamese } from "@/lib/slug";
import { parseSearchParams } from "@/lib/validation/search";
import { makeMember, token, viewersWhoMayNotPost } from "./fixtures";

let general: { id: number };
let news: { id: number };

beforeAll(async () => {
  general = await db.category.create({ data: { slug: "thao-luan-chung", name: "Thảo luận chung" } });
  news = await db.category.create({ data: { slug: "tin-cong-nghe", name: "Tin công nghệ", staffThreadsOnly: true } });
});

beforeEach(async () => {
  await db.setting.deleteMany();
  await db.wordFilter.deleteMany();
});

let n = 0;
/** A form as the member fills it: a fresh token, a title and text no other test writes. */
function form(patch: Partial<{ categoryId: number | string; title: string; source: string; clientToken: string }> = {}) {
  n += 1;
  return { categoryId: general.id, title: `Chủ đề thử nghiệm số ${n}`, source: `Nội dung mở đầu số ${n}.`, clientToken: token(), ...patch };
}

async function snapshot(viewer?: Viewer) {
  return {
    threads: await db.thread.count(),
    posts: await db.post.count(),
    categories: (await db.category.findMany({ orderBy: { id: "asc" }, select: { threadCount: true } })).map((c) => c.threadCount),
    postCount: viewer ? (await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).postCount : null,
    log: await db.moderationLog.count(),
  };
}

async function search(q: string, viewer: Viewer | null = null): Promise<number[]> {
  const data = await searchForum(viewer, parseSearchParams({ q, ...(viewer ? { hidden: "1" } : {}) }));
  return data.outcome.kind === "results" ? data.outcome.results.map((r) => r.postId) : [];
}

/** Every public place a thread can be listed, as the ids (or post ids) found there. */
async function publicListings(threadId: number, postId: number) {
  const threadIds = (rows: { id: number }[]) => rows.some((r) => r.id === threadId);
  return {
    category: threadIds(await listCategoryThreads(general.id)),
    latest: threadIds(await listLatestThreads(100)),
    feed: threadIds(await latestThreadsForFeed(100)),
    sitemap: threadIds(await sitemapThreadEntries(1, 50_000)),
    newestPosts: (await listNewestPosts(100)).some((p) => p.id === postId),
  };
}
const LISTED = { category: true, latest: true, feed: true, sitemap: true, newestPosts: true };
const UNLISTED = { category: false, latest: false, feed: false, sitemap: false, newestPosts: false };

describe("createThread", () => {
  it("writes the thread, its opening post, the counters and the search entry", async () => {
    const member = await makeMember();
    const before = await snapshot(member);
    const created = await createThread(member, form({ title: "  Đường đến  Điện Biên Phủ ", source: "Ai đã **đi** qua?" }));
    expect(created).toMatchObject({ status: "visible", duplicate: false, slug: "duong-den-dien-bien-phu" });

    const thread = await db.thread.findUniqueOrThrow({ where: { id: created.threadId } });
    expect(thread).toMatchObject({ title: "Đường đến Điện Biên Phủ", kind: "discussion", status: "visible", categoryId: general.id, authorId: member.id, lastNumber: 1, replyCount: 0 });
    const post = await db.post.findUniqueOrThrow({ where: { id: created.postId } });
    expect(post).toMatchObject({ threadId: thread.id, number: 1, status: "visible", format: "markdown", html: "<p>Ai đã <strong>đi</strong> qua?</p>" });

    const after = await snapshot(member);
    expect(after.threads - before.threads).toBe(1);
    expect(after.posts - before.posts).toBe(1);
    expect(after.categories).toEqual([before.categories[0] + 1, before.categories[1]]);
    expect(after.postCount).toBe(before.postCount! + 1);
    // Not a moderation action.
    expect(after.log).toBe(before.log);

    expect(await publicListings(thread.id, post.id)).toEqual(LISTED);
    // Found by its title and its text, typed without accents.
    expect(await search("duong den dien bien")).toContain(post.id);
    expect(await search("ai da di qua")).toContain(post.id);
  });

  it("a title in NFD is stored in NFC; two threads with one title get the same slug and different addresses", async () => {
    const a = await createThread(await makeMember(), form({ title: "Hỏi về Sài Gòn".normalize("NFD") }));
    const b = await createThread(await makeMember(), form({ title: "Hỏi về Sài Gòn" }));
    expect((await db.thread.findUniqueOrThrow({ where: { id: a.threadId } })).title).toBe("Hỏi về Sài Gòn".normalize("NFC"));
    expect(a.slug).toBe("hoi-ve-sai-gon");
    expect(b.slug).toBe(a.slug);
    expect(b.threadId).not.toBe(a.threadId);
  });

  it("refuses a guest, an unverified, a suspended and a banned member, and writes nothing", async () => {
    const cases = await viewersWhoMayNotPost();
    const before = await snapshot();
    for (const [viewer, message] of cases) {
      await expect(createThread(viewer, form())).rejects.toThrow(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("the news category takes threads from staff only; moderators and administrators may", async () => {
    const member = await makeMember();
    const before = await snapshot();
    await expect(createThread(member, form({ categoryId: news.id }))).rejects.toThrow(/Chỉ ban điều hành mới tạo chủ đề trong “Tin công nghệ”/);
    expect(await snapshot()).toEqual(before);
    for (const role of ["moderator", "admin"] as const) {
      const created = await createThread(await makeMember({ role }), form({ categoryId: news.id }));
      expect(created.status).toBe("visible");
    }
    await expect(createThread(member, form({ categoryId: 999_999 }))).rejects.toThrow(/Chuyên mục không tồn tại/);
  });

  it("a form submitted twice, even concurrently, creates one thread and answers with it", async () => {
    const member = await makeMember();
    const input = form();
    const before = await snapshot(member);
    const [a, b] = await Promise.all([createThread(member, input), createThread(member, input)]);
    expect(a.threadId).toBe(b.threadId);
    expect(await createThread(member, input)).toMatchObject({ threadId: a.threadId, duplicate: true });
    const after = await snapshot(member);
    expect([after.threads - before.threads, after.posts - before.posts, after.postCount! - before.postCount!]).toEqual([1, 1, 1]);
    // Someone else's token (a replayed form) is refused, not answered with their thread.
    await expect(createThread(await makeMember(), input)).rejects.toThrow(/hết hạn/);
  });

  it("keeps the replies' pace: a thread waits 10 s after any post (30 s for new members); staff do not wait", async () => {
    const member = await makeMember();
    const { threadId } = await createThread(member, form());
    await expect(createThread(member, form())).rejects.toThrow(/đăng bài quá nhanh\. Vui lòng đợi (9|10) giây/);
    // A reply right after opening a thread is allowed (replies wait after replies)…
    await createReply(member, { threadId, source: "Bổ sung thêm", clientToken: token() });
    // …and a thread after a reply waits.
    await expect(createThread(member, form())).rejects.toThrow(/đợi (9|10) giây/);

    const newcomer = await makeMember({ createdAt: new Date() });
    await createThread(newcomer, form());
    await expect(createThread(newcomer, form())).rejects.toThrow(/đợi (29|30) giây/);

    const mod = await makeMember({ role: "moderator" });
    await createThread(mod, form());
    await expect(createThread(mod, form())).resolves.toMatchObject({ status: "visible" });
  });

  it("refuses the same text twice within 5 minutes, a text over the length setting, and bad titles or text", async () => {
    await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
    const member = await makeMember();
    await createThread(member, form({ source: "Cùng một nội dung" }));
    await expect(createThread(member, form({ source: "Cùng một nội dung" }))).rejects.toThrow(/đúng nội dung này/);
    await expect(createThread(member, form({ source: "x".repeat(20_001) }))).rejects.toThrow(/Nội dung dài 20\.001 ký tự, vượt giới hạn 20\.000/);
    await expect(createThread(member, form({ title: "  Ngắn " }))).rejects.toThrow(/ít nhất 5 ký tự/);
    await expect(createThread(member, form({ title: "a".repeat(151) }))).rejects.toThrow(/tối đa 150 ký tự/);
    await expect(createThread(member, form({ source: " \n " }))).rejects.toThrow(/chưa viết gì/);
    await expect(createThread(member, form({ categoryId: "" }))).rejects.toThrow(/chọn chuyên mục/);
  });
});

describe("word filter and approval queue", () => {
  async function filter(phrase: string, action: "refuse" | "queue") {
    await db.wordFilter.create({ data: { phrase, phraseKey: foldVietnamese(phrase), action } });
  }

  it("a refused phrase in the title or the text refuses the thread and names the field", async () => {
    await filter("lừa đảo", "refuse");
    const member = await makeMember();
    const before = await snapshot(member);
    await expect(createThread(member, form({ title: "Cảnh báo LUA DAO qua mạng" }))).rejects.toMatchObject({
      message: expect.stringMatching(/không được phép: “lừa đảo”/),
      fieldErrors: { title: "Chứa cụm từ bị cấm." },
    });
    await expect(createThread(member, form({ source: "Đây là lừa đảo." }))).rejects.toMatchObject({ fieldErrors: { source: "Chứa cụm từ bị cấm." } });
    expect(await snapshot(member)).toEqual(before);
  });

  it("a held thread is shown only to its author and staff, listed nowhere, until a moderator approves it", async () => {
    await filter("kiếm tiền", "queue");
    const author = await makeMember();
    const before = await snapshot(author);
    const held = await createThread(author, form({ title: "Cách kiem tien online", source: "Nội dung cần duyệt xeuzqk." }));
    expect(held.status).toBe("pending");
    const thread = await db.thread.findUniqueOrThrow({ where: { id: held.threadId } });
    expect(thread.status).toBe("pending");
    // Counts nothing, lists nowhere, found by no reader's search.
    const after = await snapshot(author);
    expect(after.categories).toEqual(before.categories);
    expect(after.postCount).toBe(before.postCount);
    expect(await publicListings(thread.id, held.postId)).toEqual(UNLISTED);
    expect((await sitemapCounts()).threads).toBe(await db.thread.count({ where: { status: "visible" } }));
    expect(await search("xeuzqk")).toEqual([]);
    // Its author and staff see it; nobody may reply yet.
    const mod = await makeMember({ role: "moderator" });
    expect([canViewThread(null, thread), canViewThread(await makeMember(), thread), canViewThread(author, thread), canViewThread(mod, thread)]).toEqual([false, false, true, true]);
    expect(await search("xeuzqk", mod)).toEqual([held.postId]);
    await expect(createReply(author, { threadId: thread.id, source: "Chờ lâu quá", clientToken: token() })).rejects.toThrow(/chưa được duyệt/);
    await expect(createReply(await makeMember(), { threadId: thread.id, source: "Xin vào", clientToken: token() })).rejects.toThrow(/không tồn tại/);
    // Moving it keeps the category counts right.
    await applyThreadTool(mod, { tool: "move", threadId: thread.id, categoryId: news.id });
    await applyThreadTool(mod, { tool: "move", threadId: thread.id, categoryId: general.id });
    expect((await snapshot()).categories).toEqual(before.categories);

    await reviewPosts(mod, { postIds: [held.postId], decision: "approve" });
    const approved = await snapshot(author);
    expect(approved.categories).toEqual([before.categories[0] + 1, before.categories[1]]);
    expect(approved.postCount).toBe(before.postCount! + 1);
    expect(await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).toMatchObject({ status: "visible", replyCount: 0 });
    expect(await publicListings(thread.id, held.postId)).toEqual(LISTED);
    expect(await search("xeuzqk")).toEqual([held.postId]);
    expect(await db.notification.findFirst({ where: { userId: author.id }, orderBy: { id: "desc" } })).toMatchObject({ message: "Chủ đề của bạn đã được duyệt." });
  });

  it("a rejected thread stays hidden, with the reason for its author", async () => {
    await filter("bán hàng", "queue");
    const author = await makeMember();
    const before = await snapshot(author);
    const held = await createThread(author, form({ source: "Ban hang gia re" }));
    const mod = await makeMember({ role: "moderator" });
    await reviewPosts(mod, { postIds: [held.postId], decision: "reject", reason: "Quảng cáo" });
    const thread = await db.thread.findUniqueOrThrow({ where: { id: held.threadId } });
    expect(thread.status).toBe("hidden");
    expect(await db.post.findUniqueOrThrow({ where: { id: held.postId } })).toMatchObject({ status: "hidden", statusReason: "Quảng cáo" });
    expect(await publicListings(thread.id, held.postId)).toEqual(UNLISTED);
    expect(await snapshot(author)).toMatchObject({ categories: before.categories, postCount: before.postCount });
    expect([canViewThread(author, thread), canViewThread(null, thread)]).toEqual([true, false]);
  });

  it("a new member's first posts wait for approval, threads included; one approved thread vouches for them", async () => {
    await db.setting.create({ data: { key: "approveFirstReplies", value: "1" } });
    await db.setting.create({ data: { key: "newMemberReplyIntervalSeconds", value: "0" } });
    const newcomer = await makeMember({ createdAt: new Date() });
    const first = await createThread(newcomer, form());
    expect(first.status).toBe("pending");
    await reviewPosts(await makeMember({ role: "admin" }), { postIds: [first.postId], decision: "approve" });
    expect((await createThread(newcomer, form())).status).toBe("visible");
    // Staff are never held.
    expect((await createThread(await makeMember({ role: "moderator", createdAt: new Date() }), form())).status).toBe("visible");
  });
});
