// Moderation services against a real SQLite database: what staff can do, and
// that members, suspended members and guests calling the same services
// directly change nothing and leave nothing in the log.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { editPost } from "@/lib/forum/edit-post";
import { hidePost, purgePost, restorePost } from "@/lib/moderation/hide-post";
import { createReport, listOpenReports, resolveReports, AUTO_HIDE_REASON } from "@/lib/moderation/reports";
import { listPendingPosts, reviewPosts } from "@/lib/moderation/approval-queue";
import { addWordFilter } from "@/lib/moderation/word-filter";
import { matchWordFilter } from "@/lib/forum/word-filter-check";
import { applyThreadTool } from "@/lib/moderation/thread-tools";
import { liftSanction, sanctionMember } from "@/lib/moderation/sanctions";
import type { Viewer } from "@/lib/permissions";
import { makeMember, makeThread, token } from "../forum/fixtures";

async function replyIn(threadId: number, author?: Viewer, source = `Nội dung ${Math.random()}`) {
  const who = author ?? (await makeMember());
  const reply = await createReply(who, { threadId, source, clientToken: token() });
  return { ...reply, author: who };
}

const logCount = () => db.moderationLog.count();

beforeEach(async () => {
  await db.setting.deleteMany();
  await db.wordFilter.deleteMany();
});

describe("hide, restore, purge", () => {
  it("a moderator hides with a reason, the author is told, the count follows, the log records it", async () => {
    const thread = await makeThread();
    const mod = await makeMember({ role: "moderator" });
    const { postId, author } = await replyIn(thread.id);
    await hidePost(mod, { postId, reason: "Quảng cáo" });
    const post = await db.post.findUniqueOrThrow({ where: { id: postId } });
    expect(post).toMatchObject({ status: "hidden", statusReason: "Quảng cáo", statusById: mod.id });
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).replyCount).toBe(0);
    expect(await db.notification.findFirst({ where: { userId: author.id, kind: "post.hidden" } })).toMatchObject({ message: expect.stringContaining("Quảng cáo") });
    expect(await db.moderationLog.findFirst({ where: { action: "post.hide", targetId: postId } })).toMatchObject({ actorId: mod.id, reason: "Quảng cáo" });

    await restorePost(mod, { postId });
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).status).toBe("visible");
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).replyCount).toBe(1);
  });

  it("refuses members, suspended members and guests; nothing changes and nothing is logged", async () => {
    const thread = await makeThread();
    const { postId } = await replyIn(thread.id);
    const before = await logCount();
    for (const viewer of [null, await makeMember(), await makeMember({ suspendedUntil: new Date(Date.now() + 86_400_000) })]) {
      await expect(hidePost(viewer, { postId, reason: "Không thích" })).rejects.toThrow(/quyền/);
      await expect(purgePost(viewer, { postId, reason: "Không thích" })).rejects.toThrow(/quyền/);
      await expect(applyThreadTool(viewer, { tool: "lock", threadId: thread.id })).rejects.toThrow(/quyền/);
    }
    await expect(purgePost(await makeMember({ role: "moderator" }), { postId, reason: "Chỉ admin" })).rejects.toThrow(/quyền/);
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).status).toBe("visible");
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).locked).toBe(false);
    expect(await logCount()).toBe(before);
  });

  it("requires a reason to hide", async () => {
    const thread = await makeThread();
    const { postId } = await replyIn(thread.id);
    await expect(hidePost(await makeMember({ role: "moderator" }), { postId, reason: " " })).rejects.toThrow(/ít nhất 3/);
  });

  it("an admin purges for good and the counts stay equal to the rows", async () => {
    const thread = await makeThread();
    const { postId } = await replyIn(thread.id);
    await purgePost(await makeMember({ role: "admin" }), { postId, reason: "Dữ liệu cá nhân" });
    expect(await db.post.findUnique({ where: { id: postId } })).toBeNull();
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).replyCount).toBe(0);
  });
});

describe("reports", () => {
  it("one open report per member per post; three members auto-hide; dismissing restores and tells reporters", async () => {
    const thread = await makeThread();
    const { postId } = await replyIn(thread.id);
    const [a, b, c] = [await makeMember(), await makeMember(), await makeMember()];
    await createReport(a, { postId, reason: "spam", note: "Link lạ" });
    await expect(createReport(a, { postId, reason: "offensive" })).rejects.toThrow(/đã báo cáo/);
    await expect(createReport(null, { postId, reason: "spam" })).rejects.toThrow(/đăng nhập/);
    await expect(createReport(a, { postId, reason: "nonsense" })).rejects.toThrow(/chọn lý do/);
    await createReport(b, { postId, reason: "spam" });
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).status).toBe("visible");
    expect(await createReport(c, { postId, reason: "off-topic" })).toMatchObject({ autoHidden: true });
    expect(await db.post.findUniqueOrThrow({ where: { id: postId } })).toMatchObject({ status: "hidden", statusReason: AUTO_HIDE_REASON });

    const mod = await makeMember({ role: "moderator" });
    const queue = await listOpenReports(mod);
    expect(queue[0].post.id).toBe(postId);
    expect(queue[0].reasons).toEqual({ Spam: 2, "Lạc đề": 1 });
    await expect(listOpenReports(a)).rejects.toThrow(/quyền/);

    await resolveReports(mod, { postId, outcome: "dismiss", note: "Không vi phạm" });
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).status).toBe("visible");
    expect(await db.notification.count({ where: { kind: "report.resolved", userId: { in: [a.id, b.id, c.id] } } })).toBe(3);
    expect(await db.report.count({ where: { postId, status: "open" } })).toBe(0);
  });

  it("resolving with hide hides the post with the moderator's note as the reason", async () => {
    const thread = await makeThread();
    const { postId } = await replyIn(thread.id);
    await createReport(await makeMember(), { postId, reason: "offensive" });
    const mod = await makeMember({ role: "moderator" });
    await expect(resolveReports(await makeMember(), { postId, outcome: "hide" })).rejects.toThrow(/quyền/);
    await resolveReports(mod, { postId, outcome: "hide", note: "Xúc phạm thành viên khác" });
    expect(await db.post.findUniqueOrThrow({ where: { id: postId } })).toMatchObject({ status: "hidden", statusReason: "Xúc phạm thành viên khác" });
  });
});

describe("approval queue", () => {
  it("holds a new member's first reply, invisible to counts, then bulk approval publishes", async () => {
    await db.setting.create({ data: { key: "approveFirstReplies", value: "1" } });
    const thread = await makeThread();
    const first = await replyIn(thread.id);
    const second = await replyIn(thread.id);
    expect(first.status).toBe("pending");
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).replyCount).toBe(0);
    const mod = await makeMember({ role: "moderator" });
    const pending = await listPendingPosts(mod);
    expect(pending.map((p) => p.id)).toEqual(expect.arrayContaining([first.postId, second.postId]));
    await expect(reviewPosts(await makeMember(), { postIds: [first.postId], decision: "approve" })).rejects.toThrow(/quyền/);
    await reviewPosts(mod, { postIds: [first.postId, second.postId], decision: "approve" });
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).replyCount).toBe(2);
    // Once approved, the member posts freely.
    await db.setting.upsert({ where: { key: "replyIntervalSeconds" }, create: { key: "replyIntervalSeconds", value: "0" }, update: {} });
    expect((await replyIn(thread.id, first.author)).status).toBe("visible");
  });

  it("rejecting needs a reason", async () => {
    await db.setting.create({ data: { key: "approveFirstReplies", value: "1" } });
    const thread = await makeThread();
    const { postId } = await replyIn(thread.id);
    const mod = await makeMember({ role: "moderator" });
    await expect(reviewPosts(mod, { postIds: [postId], decision: "reject" })).rejects.toThrow(/lý do/);
    await reviewPosts(mod, { postIds: [postId], decision: "reject", reason: "Lạc đề" });
    expect(await db.post.findUniqueOrThrow({ where: { id: postId } })).toMatchObject({ status: "hidden", statusReason: "Lạc đề" });
  });
});

describe("word filter", () => {
  it("matches with or without diacritics, ignoring case, whole words only", () => {
    const rules = [{ phrase: "đồ ngốc", phraseKey: "do ngoc", action: "refuse" }, { phrase: "cá độ", phraseKey: "ca do", action: "queue" }];
    expect(matchWordFilter("Bạn là ĐỒ NGỐC", rules)).toEqual({ action: "refuse", phrase: "đồ ngốc" });
    expect(matchWordFilter("ban la do   ngoc", rules)).toEqual({ action: "refuse", phrase: "đồ ngốc" });
    expect(matchWordFilter("Vào trang CA DO bóng đá", rules)).toEqual({ action: "queue", phrase: "cá độ" });
    expect(matchWordFilter("cá độ và đồ ngốc", rules)?.action).toBe("refuse");
    expect(matchWordFilter("đồ ngốcnghếch, cá đội", rules)).toBeNull();
  });

  it("refuses or queues replies; only admins manage the list", async () => {
    const admin = await makeMember({ role: "admin" });
    await expect(addWordFilter(await makeMember({ role: "moderator" }), { phrase: "lừa đảo", action: "refuse" })).rejects.toThrow(/quyền/);
    await addWordFilter(admin, { phrase: "lừa đảo", action: "refuse" });
    await addWordFilter(admin, { phrase: "kiếm tiền online", action: "queue" });
    await expect(addWordFilter(admin, { phrase: "LUA DAO", action: "queue" })).rejects.toThrow(/đã có/);
    const thread = await makeThread();
    await expect(replyIn(thread.id, undefined, "Trang này LUA DAO đấy")).rejects.toThrow(/không được phép: “lừa đảo”/);
    expect((await replyIn(thread.id, undefined, "Cách kiem tien Online nhanh")).status).toBe("pending");
    const author = await makeMember();
    const { postId } = await replyIn(thread.id, author, "Bình thường");
    await expect(editPost(author, { postId, source: "Bình thường, lừa đảo" })).rejects.toThrow(/không được phép/);
  });
});

describe("thread tools", () => {
  it("lock, move and rename are applied and logged; the slug follows the title", async () => {
    const thread = await makeThread();
    const mod = await makeMember({ role: "moderator" });
    await applyThreadTool(mod, { tool: "lock", threadId: thread.id });
    await expect(applyThreadTool(mod, { tool: "lock", threadId: thread.id })).rejects.toThrow(/khóa sẵn/);
    const other = await db.category.create({ data: { slug: `khac-${thread.id}`, name: "Khác" } });
    await applyThreadTool(mod, { tool: "move", threadId: thread.id, categoryId: other.id });
    const renamed = await applyThreadTool(mod, { tool: "rename", threadId: thread.id, title: "Đường đến Điện Biên" });
    expect(renamed.slug).toBe("duong-den-dien-bien");
    const after = await db.thread.findUniqueOrThrow({ where: { id: thread.id } });
    expect(after).toMatchObject({ locked: true, categoryId: other.id, title: "Đường đến Điện Biên" });
    expect((await db.category.findUniqueOrThrow({ where: { id: other.id } })).threadCount).toBe(1);
    const actions = (await db.moderationLog.findMany({ where: { targetType: "thread", targetId: thread.id } })).map((l) => l.action);
    expect(actions).toEqual(["thread.lock", "thread.move", "thread.rename"]);
  });
});

describe("sanctions", () => {
  it("a suspension is recorded on the member (sessions check it every request) and can be lifted", async () => {
    const mod = await makeMember({ role: "moderator" });
    const member = await makeMember();
    const until = new Date(Date.now() + 3 * 86_400_000);
    await sanctionMember(mod, { kind: "suspend", userId: member.id, reason: "Spam liên tục", endsAt: until.toISOString() });
    const user = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(await db.sanction.count({ where: { userId: member.id, kind: "suspend" } })).toBe(1);
    expect(user.suspendedUntil?.getTime()).toBe(until.getTime());
    expect(user.sanctionReason).toBe("Spam liên tục");
    await liftSanction(mod, { userId: member.id });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ suspendedUntil: null, bannedAt: null });
  });

  it("members cannot sanction; moderators cannot sanction moderators; the past is not an end date", async () => {
    const mod = await makeMember({ role: "moderator" });
    const otherMod = await makeMember({ role: "moderator" });
    const member = await makeMember();
    const before = await logCount();
    await expect(sanctionMember(await makeMember(), { kind: "ban", userId: member.id, reason: "Vì sao không" })).rejects.toThrow(/quyền/);
    await expect(sanctionMember(mod, { kind: "ban", userId: otherMod.id, reason: "Tranh chấp" })).rejects.toThrow(/quyền/);
    await expect(sanctionMember(mod, { kind: "suspend", userId: member.id, reason: "Quá khứ", endsAt: "2020-01-01" })).rejects.toThrow(/tương lai/);
    expect(await logCount()).toBe(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).bannedAt).toBeNull();
  });
});
