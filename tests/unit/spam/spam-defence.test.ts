// Issue 11 item 14, spam defence: the challenge (valid, too early, expired,
// replayed, forged), the honeypot, the hold of repeated registrations from
// one address, and the link rule of new members' first posts on the three
// posting paths (forbidden and allowed).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { solve } from "../helpers/solve-challenge";
import { db } from "@/lib/db";
import { authenticateMember } from "@/lib/accounts/authenticate-member";
import { registerMember } from "@/lib/accounts/register-member";
import { createReply } from "@/lib/forum/create-reply";
import { createThread } from "@/lib/forum/create-thread";
import { editPost } from "@/lib/forum/edit-post";
import { issueFormChallenge, verifyFormChallenge, FORM_CHALLENGE_TTL_MS } from "@/lib/spam/form-challenge";
import { containsLink } from "@/lib/spam/links";
import { screenForm } from "@/lib/spam/screen-form";
import { listHeldMembers, reviewHeldMember } from "@/lib/moderation/held-accounts";
import { makeMember, makeThread, token } from "../forum/fixtures";

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-outbox-"));
beforeAll(() => {
  vi.stubEnv("AUTH_SECRET", "unit-test-secret-0123456789abcdef");
  vi.stubEnv("MAIL_OUTBOX_DIR", outbox);
  vi.stubEnv("SMTP_URL", "");
  vi.stubEnv("SPAM_FORM_WAIT_SECONDS", "5");
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(outbox, { recursive: true, force: true });
});

/** What the widget posts: base64 of { challenge, solution }. */
describe("the form challenge", () => {
  it("accepts a solved proof of work at once, and only once (replay refused)", async () => {
    const issued = await issueFormChallenge("register");
    const altcha = await solve(issued.altcha);
    expect(await verifyFormChallenge(db, { token: issued.token, altcha }, "register")).toEqual({ ok: true, via: "pow" });
    expect(await verifyFormChallenge(db, { token: issued.token, altcha }, "register")).toEqual({ ok: false, reason: "replayed" });
    expect(await db.spentChallenge.count()).toBeGreaterThan(0);
  });

  it("without JavaScript: refused before the wait, accepted after it, once", async () => {
    const rendered = new Date();
    const issued = await issueFormChallenge("register", rendered);
    const early = await verifyFormChallenge(db, { token: issued.token, altcha: null }, "register", new Date(rendered.getTime() + 2_000));
    expect(early).toEqual({ ok: false, reason: "too-early", waitSeconds: 3 });
    const later = new Date(rendered.getTime() + 5_000);
    expect(await verifyFormChallenge(db, { token: issued.token, altcha: "" }, "register", later)).toEqual({ ok: true, via: "wait" });
    expect(await verifyFormChallenge(db, { token: issued.token, altcha: "" }, "register", later)).toEqual({ ok: false, reason: "replayed" });
  });

  it("refuses an expired form", async () => {
    const rendered = new Date(Date.now() - FORM_CHALLENGE_TTL_MS - 1_000);
    const issued = await issueFormChallenge("register", rendered);
    expect(await verifyFormChallenge(db, { token: issued.token, altcha: null }, "register")).toEqual({ ok: false, reason: "expired" });
  });

  it("refuses forged tokens, another form's token, a wrong solution and another challenge's solution", async () => {
    const issued = await issueFormChallenge("register", new Date(Date.now() - 60_000));
    const [body, signature] = issued.token.split(".");
    const claims = JSON.parse(Buffer.from(body, "base64url").toString());
    const tampered = Buffer.from(JSON.stringify({ ...claims, t: 0 })).toString("base64url");
    expect(await verifyFormChallenge(db, { token: `${tampered}.${signature}`, altcha: null }, "register")).toMatchObject({ reason: "forged" });
    expect(await verifyFormChallenge(db, { token: "abc", altcha: null }, "register")).toMatchObject({ reason: "forged" });
    expect(await verifyFormChallenge(db, { token: "", altcha: null }, "register")).toMatchObject({ reason: "missing" });
    const post = await issueFormChallenge("post", new Date(Date.now() - 60_000));
    expect(await verifyFormChallenge(db, { token: post.token, altcha: null }, "register")).toMatchObject({ reason: "forged" });

    // A solution with a wrong key, and a genuine solution of a different challenge.
    const good = JSON.parse(Buffer.from(await solve(issued.altcha), "base64").toString());
    const wrong = Buffer.from(JSON.stringify({ ...good, solution: { ...good.solution, derivedKey: "00".repeat(32) } })).toString("base64");
    expect(await verifyFormChallenge(db, { token: issued.token, altcha: wrong }, "register")).toMatchObject({ reason: "forged" });
    const other = await issueFormChallenge("register");
    expect(await verifyFormChallenge(db, { token: issued.token, altcha: await solve(other.altcha) }, "register")).toMatchObject({ reason: "forged" });
    expect(await verifyFormChallenge(db, { token: issued.token, altcha: "bm90IGpzb24=" }, "register")).toMatchObject({ reason: "forged" });
    // A challenge signed with another key.
    vi.stubEnv("ALTCHA_HMAC_KEY", "someone-elses-key");
    const foreign = await issueFormChallenge("register");
    vi.stubEnv("ALTCHA_HMAC_KEY", "");
    expect(await verifyFormChallenge(db, { token: foreign.token, altcha: await solve(foreign.altcha) }, "register")).toMatchObject({ reason: "forged" });
    // None of these spent the genuine form: it still passes.
    expect(await verifyFormChallenge(db, { token: issued.token, altcha: null }, "register")).toEqual({ ok: true, via: "wait" });
  });
});

describe("the honeypot", () => {
  it("refuses a filled honeypot with a neutral message, spending nothing and logging once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const issued = await issueFormChallenge("register", new Date(Date.now() - 60_000));
    const caught = await screenForm(db, { website: "http://spam.example", formChallenge: issued.token }, "register", { ip: "198.51.100.7" });
    expect(caught).toEqual({ ok: false, message: "Không thể hoàn tất yêu cầu lúc này. Vui lòng thử lại sau.", keepToken: false });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).not.toContain("198.51.100.7");
    warn.mockRestore();
    expect(await screenForm(db, { website: "", formChallenge: issued.token }, "register", { ip: "198.51.100.7" })).toEqual({ ok: true });
  });
});

describe("registrations from one address", () => {
  let n = 0;
  const input = () => {
    n += 1;
    const id = `${n}${Math.random().toString(36).slice(2, 6)}`;
    return { displayName: `Người đăng ký ${id}`, username: `dangky${id}`, email: `dangky${id}@example.vn`, password: "Một-mật-khẩu-dài-99" };
  };

  it("holds the account once the address registered K in H hours: it cannot log in, a log entry says why", async () => {
    const ip = "192.0.2.44";
    const rule = { after: 2, hours: 24 };
    for (let i = 0; i < 2; i++) expect(await registerMember(db, input(), { ip, hold: rule })).toMatchObject({ ok: true });
    const third = input();
    expect(await registerMember(db, third, { ip, hold: rule })).toMatchObject({ ok: true, held: true });
    const held = await db.user.findUniqueOrThrow({ where: { usernameKey: third.username } });
    expect(held.heldAt).not.toBeNull();
    expect(await db.moderationLog.count({ where: { action: "member.hold", targetUserId: held.id } })).toBe(1);
    expect(await authenticateMember(db, { identifier: third.username, password: third.password }, { ip })).toEqual({ ok: false, reason: "held", memberId: held.id });
    // Another address is not held.
    const elsewhere = input();
    expect(await registerMember(db, elsewhere, { ip: "192.0.2.45", hold: rule })).not.toHaveProperty("held");
    // Off (0): never held.
    expect(await registerMember(db, input(), { ip, hold: { after: 0, hours: 24 } })).not.toHaveProperty("held");
  });
});

describe("the challenge on posting (setting postChallengeHours)", () => {
  it("a member in their first hours passes it to reply or open a thread; older members and staff do not need it", async () => {
    await db.setting.deleteMany();
    await db.setting.create({ data: { key: "postChallengeHours", value: "24" } });
    await db.setting.create({ data: { key: "newMemberReplyIntervalSeconds", value: "0" } });
    const thread = await makeThread();
    const young = await makeMember({ createdAt: new Date(Date.now() - 3_600_000) });
    await expect(createReply(young, { threadId: thread.id, source: "Chào mọi người", clientToken: token() })).rejects.toThrow(/Không xác minh được biểu mẫu/);
    const issued = await issueFormChallenge("post");
    const altcha = await solve(issued.altcha);
    const posted = await createReply(young, { threadId: thread.id, source: "Chào mọi người", clientToken: token(), formChallenge: issued.token, altcha });
    expect(posted.status).toBe("visible");
    // The same challenge again: refused.
    await expect(
      createReply(young, { threadId: thread.id, source: "Chào lần nữa", clientToken: token(), formChallenge: issued.token, altcha }),
    ).rejects.toThrow(/đã được gửi/);
    const category = await db.category.findFirstOrThrow();
    await expect(createThread(young, { categoryId: category.id, title: "Chủ đề đầu tiên", source: "Nội dung", clientToken: token() })).rejects.toThrow(/Không xác minh/);
    const older = await makeMember();
    expect((await createReply(older, { threadId: thread.id, source: "Tôi đã ở đây lâu", clientToken: token() })).status).toBe("visible");
    const youngMod = await makeMember({ role: "moderator", createdAt: new Date() });
    expect((await createReply(youngMod, { threadId: thread.id, source: "Điều hành viên mới", clientToken: token() })).status).toBe("visible");
    await db.setting.deleteMany();
  });
});

describe("reviewing held registrations", () => {
  it("members may not review; a moderator approves one (it can log in) and rejects another (anonymised, banned), logged", async () => {
    const ip = "192.0.2.99";
    const rule = { after: 1, hours: 24 };
    const stamp = Math.random().toString(36).slice(2, 7);
    const mk = (k: string) => ({ displayName: `Chờ duyệt ${k} ${stamp}`, username: `cho${k}${stamp}`, email: `cho${k}${stamp}@example.vn`, password: "Một-mật-khẩu-dài-99" });
    await registerMember(db, mk("a"), { ip, hold: rule });
    const [b, c] = [mk("b"), mk("c")];
    await registerMember(db, b, { ip, hold: rule });
    await registerMember(db, c, { ip, hold: rule });
    const heldB = await db.user.findUniqueOrThrow({ where: { usernameKey: b.username } });
    const heldC = await db.user.findUniqueOrThrow({ where: { usernameKey: c.username } });

    const member = await makeMember();
    await expect(reviewHeldMember(member, { userId: heldB.id, decision: "approve" })).rejects.toThrow(/không có quyền/);
    expect(await listHeldMembers(member)).toEqual([]);
    const mod = await makeMember({ role: "moderator" });
    expect((await listHeldMembers(mod)).map((m) => m.id)).toEqual(expect.arrayContaining([heldB.id, heldC.id]));
    await expect(reviewHeldMember(mod, { userId: heldB.id, decision: "maybe" })).rejects.toThrow(/duyệt hay từ chối/);

    await reviewHeldMember(mod, { userId: heldB.id, decision: "approve" });
    expect(await authenticateMember(db, { identifier: b.username, password: b.password }, { ip: "192.0.2.100" })).toMatchObject({ ok: true });
    await reviewHeldMember(mod, { userId: heldC.id, decision: "reject", reason: "Tài khoản ảo" });
    const rejected = await db.user.findUniqueOrThrow({ where: { id: heldC.id } });
    expect(rejected).toMatchObject({ email: null, passwordHash: null, displayName: "Thành viên đã xóa" });
    expect(rejected.bannedAt).not.toBeNull();
    expect(await db.moderationLog.count({ where: { targetUserId: { in: [heldB.id, heldC.id] }, action: { in: ["member.approve", "member.reject"] }, actorId: mod.id } })).toBe(2);
    await expect(reviewHeldMember(mod, { userId: heldB.id, decision: "approve" })).rejects.toThrow(/không còn chờ duyệt/);
  });
});

describe("links in new members' first posts", () => {
  beforeEach(async () => {
    await db.setting.deleteMany();
    await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
    await db.setting.create({ data: { key: "newMemberReplyIntervalSeconds", value: "0" } });
    await db.setting.create({ data: { key: "duplicateWindowMinutes", value: "0" } });
  });

  it("recognises links and leaves plain text and forum paths alone", () => {
    for (const text of ["xem https://spam.example", "www.khuyenmai.vn", "[rẻ](http://x.y)", "<ftp://a.b/c>", "vào banhang.com ngay", "ghé shop.xyz"]) {
      expect(containsLink(text), text).toBe(true);
    }
    for (const text of ["Bài viết hay, cảm ơn!", "xem [bài này](/posts/12)", "@nguyen.hoang đồng ý", "giá 3.5 triệu", "phiên bản 1.2.3"]) {
      expect(containsLink(text), text).toBe(false);
    }
  });

  it("refuses a reply, a thread and an edit with a link from a member with fewer than N posts, keeping the text", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const category = await db.category.findFirstOrThrow();
    const text = "Mua hàng giá rẻ tại https://spam.example";
    await expect(createReply(member, { threadId: thread.id, source: text, clientToken: token() })).rejects.toMatchObject({
      name: "InvalidInputError",
      message: expect.stringMatching(/chưa được đăng liên kết trong 3 bài đầu tiên/),
      fieldErrors: { source: "Chưa được chứa liên kết." },
    });
    await expect(createThread(member, { categoryId: category.id, title: "Khuyến mãi lớn", source: text, clientToken: token() })).rejects.toThrow(/liên kết/);
    const plain = await createReply(member, { threadId: thread.id, source: "Một trả lời không có liên kết.", clientToken: token() });
    await expect(editPost(member, { postId: plain.postId, source: `${text} (sửa)` })).rejects.toThrow(/liên kết/);
    expect((await db.post.findUniqueOrThrow({ where: { id: plain.postId } })).source).toBe("Một trả lời không có liên kết.");
    expect(await db.post.count({ where: { source: { contains: "spam.example" } } })).toBe(0);
  });

  it("allows links after N visible posts, for staff, and when the setting is 0", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    for (let i = 0; i < 3; i++) await createReply(member, { threadId: thread.id, source: `Trả lời số ${i + 1}`, clientToken: token() });
    const withLink = await createReply(member, { threadId: thread.id, source: "Nguồn: https://vnexpress.net/bai-viet", clientToken: token() });
    expect(withLink.status).toBe("visible");
    await editPost(member, { postId: withLink.postId, source: "Nguồn: https://tuoitre.vn/bai-khac" });

    const mod = await makeMember({ role: "moderator" });
    expect((await createReply(mod, { threadId: thread.id, source: "Xem quy định: https://banluan.vn/quy-dinh", clientToken: token() })).status).toBe("visible");

    await db.setting.create({ data: { key: "linkFreePosts", value: "0" } });
    const newcomer = await makeMember();
    const category = await db.category.findFirstOrThrow();
    expect((await createThread(newcomer, { categoryId: category.id, title: "Chia sẻ nguồn", source: "https://example.org", clientToken: token() })).status).toBe("visible");
  });
});
