// Issue 11 item 15, "Dữ liệu của tôi": the export holds the member's own data
// and nobody else's, and account deletion — re-authentication required,
// request, cancel by logging in, completion after the grace period (posts
// kept or removed), a log entry at each step.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { db } from "@/lib/db";
import { createMember } from "@/lib/accounts/create-member";
import { completeAccountDeletion, purgeDueAccounts, requestAccountDeletion, settleDeletionOnLogin, DELETED_NAME } from "@/lib/accounts/account-deletion";
import { exportMemberZip } from "@/lib/accounts/export-member-data";
import { startSession } from "@/lib/accounts/sessions";
import { createReply } from "@/lib/forum/create-reply";
import { toggleReaction } from "@/lib/forum/toggle-reaction";
import type { Role, Viewer } from "@/lib/permissions";
import { makeMember, makeThread, token } from "../forum/fixtures";

const PASSWORD = "Một-mật-khẩu-dài-99";
let n = 0;

async function memberWithPassword(): Promise<Viewer> {
  n += 1;
  const id = `${n}${Math.random().toString(36).slice(2, 6)}`;
  const created = await createMember(db, { displayName: `Người dùng ${id}`, username: `nguoidung${id}`, email: `nguoidung${id}@example.vn`, password: PASSWORD, role: "member", emailVerified: true });
  if (!created.ok) throw new Error("createMember");
  const user = await db.user.update({ where: { id: created.user.id }, data: { createdAt: new Date(Date.now() - 30 * 86_400_000) } });
  return { id: user.id, username: user.username, displayName: user.displayName, role: user.role as Role, emailVerified: true, suspendedUntil: null, bannedAt: null, sanctionReason: null, createdAt: user.createdAt };
}

beforeAll(async () => {
  await db.setting.deleteMany();
  for (const key of ["replyIntervalSeconds", "newMemberReplyIntervalSeconds", "duplicateWindowMinutes", "linkFreePosts"]) {
    await db.setting.create({ data: { key, value: "0" } });
  }
});

describe("the data export", () => {
  it("holds the member's profile, posts as Markdown, likes, reports and drafts — and nothing of others' or any secret", async () => {
    const thread = await makeThread();
    const me = await memberWithPassword();
    const other = await memberWithPassword();
    const mine = await createReply(me, { threadId: thread.id, source: "Bài **của tôi** — có dấu tiếng Việt.", clientToken: token() });
    const theirs = await createReply(other, { threadId: thread.id, source: "Bài của người khác, riêng tư không?", clientToken: token() });
    await toggleReaction(me, { postId: theirs.postId });
    await toggleReaction(other, { postId: mine.postId });
    await db.report.create({ data: { postId: theirs.postId, reporterId: other.id, reason: "spam", note: "ghi chú của người khác" } });
    await db.report.create({ data: { postId: theirs.postId, reporterId: me.id, reason: "off-topic", note: "ghi chú của tôi" } });
    await db.draft.create({ data: { userId: me.id, threadId: thread.id, source: "nháp của tôi" } });
    await db.draft.create({ data: { userId: other.id, threadId: thread.id, source: "nháp của người khác" } });
    const sid = await startSession(db, me.id);

    const { zip, fileName } = await exportMemberZip(db, me, { sessionId: sid, siteUrl: "https://banluan.test" });
    expect(fileName).toMatch(new RegExp(`^banluan-du-lieu-${me.username}-\\d{4}-\\d\\d-\\d\\d\\.zip$`));
    const files = unzipSync(zip);
    const account = JSON.parse(strFromU8(files["account.json"]));
    expect(account.profile).toMatchObject({ id: me.id, username: me.username, email: expect.stringContaining("@example.vn") });
    expect(account.signInMethods.password).toBe(true);
    expect(account.sessions).toEqual([expect.objectContaining({ thisBrowser: true })]);
    expect(account.reactions).toEqual([expect.objectContaining({ postId: theirs.postId })]);
    expect(account.reportsMade).toEqual([expect.objectContaining({ note: "ghi chú của tôi" })]);
    expect(account.drafts).toEqual([expect.objectContaining({ source: "nháp của tôi" })]);
    const md = strFromU8(files[`posts/${thread.id}-${mine.number}.md`]);
    expect(md).toContain('thread: "Chủ đề thử nghiệm"');
    expect(md).toContain(`url: "https://banluan.test/posts/${mine.postId}"`);
    expect(md).toContain("Bài **của tôi** — có dấu tiếng Việt.");
    expect(Object.keys(files).filter((f) => f.startsWith("posts/"))).toEqual([`posts/${thread.id}-${mine.number}.md`]);

    const everything = Object.values(files).map((f) => strFromU8(f)).join("\n");
    for (const secret of ["passwordHash", "tokenHash", sid, "$argon2", "nháp của người khác", "ghi chú của người khác", "Bài của người khác", other.username]) {
      expect(everything, secret).not.toContain(secret);
    }
  });

  it("refuses a guest", async () => {
    await expect(exportMemberZip(db, null)).rejects.toThrow(/đăng nhập/);
  });
});

describe("account deletion", () => {
  it("requires the current password (wrong or missing: refused, nothing changes)", async () => {
    const me = await memberWithPassword();
    await expect(requestAccountDeletion(db, me, { mode: "keep" }, { ip: "203.0.113.9" })).rejects.toThrow(/mật khẩu hiện tại/);
    await expect(requestAccountDeletion(db, me, { mode: "keep", password: "sai-mat-khau-roi" }, { ip: "203.0.113.9" })).rejects.toThrow("Mật khẩu không đúng.");
    await expect(requestAccountDeletion(db, me, { mode: "xoa-het", password: PASSWORD }, { ip: "203.0.113.9" })).rejects.toThrow(/giữ hay xóa/);
    await expect(requestAccountDeletion(db, null, { mode: "keep", password: PASSWORD }, { ip: "203.0.113.9" })).rejects.toThrow(/đăng nhập/);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).deletionRequestedAt).toBeNull();
  });

  it("a member without a password types their username after a fresh provider login", async () => {
    const oauth = await makeMember();
    const stale = await startSession(db, oauth.id, new Date(Date.now() - 60 * 60_000));
    await expect(requestAccountDeletion(db, oauth, { mode: "keep", confirmUsername: oauth.username }, { ip: "x", sessionId: stale })).rejects.toThrow(/đăng nhập lại/);
    const fresh = await startSession(db, oauth.id);
    await expect(requestAccountDeletion(db, oauth, { mode: "keep", confirmUsername: "nguoi-khac" }, { ip: "x", sessionId: fresh })).rejects.toThrow(/tên đăng nhập/);
    await expect(requestAccountDeletion(db, oauth, { mode: "keep", confirmUsername: oauth.username.toUpperCase() }, { ip: "x", sessionId: fresh })).resolves.toMatchObject({ mode: "keep" });
  });

  it("request ends every session and logs it; logging in during the grace period cancels it", async () => {
    const me = await memberWithPassword();
    await startSession(db, me.id);
    await startSession(db, me.id);
    const before = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    const { dueAt } = await requestAccountDeletion(db, me, { mode: "keep", password: PASSWORD }, { ip: "203.0.113.10" });
    expect(dueAt.getTime() - Date.now()).toBeGreaterThan(13 * 86_400_000);
    const after = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.session.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.moderationLog.count({ where: { action: "account.delete-request", targetUserId: me.id } })).toBe(1);
    await expect(requestAccountDeletion(db, me, { mode: "keep", password: PASSWORD }, { ip: "203.0.113.10" })).rejects.toThrow(/đã có yêu cầu/);

    expect(await settleDeletionOnLogin(db, me.id)).toBe("cancelled");
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).deletionDueAt).toBeNull();
    expect(await db.moderationLog.count({ where: { action: "account.delete-cancel", targetUserId: me.id } })).toBe(1);
    expect(await settleDeletionOnLogin(db, me.id)).toBe("none");
  });

  it("after the grace period: anonymised, posts kept under “Thành viên đã xóa”, likes and sign-ins gone, logged", async () => {
    const thread = await makeThread();
    const me = await memberWithPassword();
    const other = await memberWithPassword();
    const reply = await createReply(me, { threadId: thread.id, source: "Tôi sẽ rời diễn đàn.", clientToken: token() });
    const theirs = await createReply(other, { threadId: thread.id, source: "Ở lại đi!", clientToken: token() });
    await toggleReaction(me, { postId: theirs.postId });
    await db.oAuthAccount.create({ data: { userId: me.id, provider: "google", providerAccountId: `g-${me.id}` } });
    await requestAccountDeletion(db, me, { mode: "keep", password: PASSWORD }, { ip: "203.0.113.11" });
    // Not yet due: the sweep leaves it alone.
    await purgeDueAccounts(db);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).deletedAt).toBeNull();

    await db.user.update({ where: { id: me.id }, data: { deletionDueAt: new Date(Date.now() - 1000) } });
    expect(await purgeDueAccounts(db)).toBeGreaterThanOrEqual(1);
    const gone = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(gone).toMatchObject({ displayName: DELETED_NAME, email: null, passwordHash: null, emailVerifiedAt: null, registrationIpHash: null });
    expect(gone.username).not.toBe(me.username);
    expect(gone.deletedAt).not.toBeNull();
    expect(await db.oAuthAccount.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.reaction.count({ where: { userId: me.id } })).toBe(0);
    expect((await db.post.findUniqueOrThrow({ where: { id: theirs.postId } })).reactionCount).toBe(0);
    const kept = await db.post.findUniqueOrThrow({ where: { id: reply.postId } });
    expect(kept).toMatchObject({ status: "visible", source: "Tôi sẽ rời diễn đàn.", ipHash: null });
    expect(await db.moderationLog.count({ where: { action: "account.delete-complete", targetUserId: me.id } })).toBe(1);
    // Logging in now: the account is gone.
    expect(await settleDeletionOnLogin(db, me.id)).toBe("deleted");
  });

  it("“remove my posts”: replies deleted in place and erased; an opening post others answered stays, erased; counters follow", async () => {
    const me = await memberWithPassword();
    const other = await memberWithPassword();
    const host = await makeThread();
    const reply = await createReply(me, { threadId: host.id, source: "Trả lời sẽ bị xóa", clientToken: token() });
    // A thread of mine that someone answered, and one nobody did.
    const category = await db.category.findFirstOrThrow();
    const { createThread } = await import("@/lib/forum/create-thread");
    const answered = await createThread(me, { categoryId: category.id, title: "Chủ đề có người trả lời", source: "Mở đầu của tôi", clientToken: token() });
    await createReply(other, { threadId: answered.threadId, source: "Tôi trả lời chủ đề này", clientToken: token() });
    const lonely = await createThread(me, { categoryId: category.id, title: "Chủ đề không ai trả lời", source: "Không ai đọc", clientToken: token() });
    const hostBefore = await db.thread.findUniqueOrThrow({ where: { id: host.id } });

    await requestAccountDeletion(db, me, { mode: "remove", password: PASSWORD }, { ip: "203.0.113.12" });
    await completeAccountDeletion(db, me.id);

    const erased = await db.post.findUniqueOrThrow({ where: { id: reply.postId } });
    expect(erased.status).toBe("deleted");
    expect(erased.source).not.toContain("Trả lời sẽ bị xóa");
    expect((await db.thread.findUniqueOrThrow({ where: { id: host.id } })).replyCount).toBe(hostBefore.replyCount - 1);
    const opening = await db.post.findUniqueOrThrow({ where: { id: answered.postId } });
    expect(opening.status).toBe("visible");
    expect(opening.source).not.toContain("Mở đầu của tôi");
    expect((await db.thread.findUniqueOrThrow({ where: { id: answered.threadId } })).status).toBe("visible");
    expect((await db.thread.findUniqueOrThrow({ where: { id: lonely.threadId } })).status).toBe("deleted");
    expect(await db.post.count({ where: { authorId: me.id, source: { in: ["Trả lời sẽ bị xóa", "Mở đầu của tôi", "Không ai đọc"] } } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).postCount).toBe(1);
  });
});

vi.setConfig({ testTimeout: 60_000 });
