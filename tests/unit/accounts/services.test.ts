// The account services against a real (temporary) database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateMember } from "@/lib/accounts/authenticate-member";
import { createMember } from "@/lib/accounts/create-member";
import { issueLoginTicket, redeemLoginTicket } from "@/lib/accounts/login-ticket";
import { resolveOAuthSignIn } from "@/lib/accounts/oauth-sign-in";
import { hashPassword, verifyPassword } from "@/lib/accounts/password";
import { resetPassword } from "@/lib/accounts/reset-password";
import { completeAdminSetup, prepareAdminSetup, setupAvailable } from "@/lib/accounts/setup-admin";
import { consumeToken, issueToken, peekToken } from "@/lib/accounts/tokens";
import { verifyEmail } from "@/lib/accounts/verify-email";
import { createTestDb } from "../helpers/test-db";

const PASSWORD = "Rừng-thông-xanh-42";
let env: ReturnType<typeof createTestDb>;
beforeAll(() => {
  env = createTestDb();
});
afterAll(() => env.cleanup());

let n = 0;
async function member(overrides: Partial<Parameters<typeof createMember>[1]> = {}) {
  n++;
  const result = await createMember(env.db, {
    displayName: `Thành viên ${n}`,
    username: `tv${n}`,
    email: `tv${n}@example.vn`,
    password: PASSWORD,
    role: "member",
    emailVerified: true,
    ...overrides,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.user;
}

describe("passwords", () => {
  it("are hashed with argon2id and verified", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, "sai")).toBe(false);
    expect(await verifyPassword(null, PASSWORD)).toBe(false);
    expect(await verifyPassword("not-a-hash", PASSWORD)).toBe(false);
  });
});

describe("creating members", () => {
  it("refuses duplicates without regard to case", async () => {
    const m = await member();
    const again = await createMember(env.db, {
      displayName: "X",
      username: m.username.toUpperCase(),
      email: m.email!.toUpperCase().replace("EXAMPLE.VN", "example.vn"),
      password: PASSWORD,
      role: "member",
      emailVerified: false,
    });
    expect(again.ok).toBe(false);
    if (!again.ok) expect(Object.keys(again.errors).sort()).toEqual(["email", "username"]);
  });
});

describe("authenticating", () => {
  it("accepts email or username, refuses wrong passwords alike, and throttles per account and address", async () => {
    const m = await member();
    const ip = "198.51.100.7";
    expect(await authenticateMember(env.db, { identifier: m.email!, password: PASSWORD }, { ip })).toEqual({ ok: true, userId: m.id });
    expect(await authenticateMember(env.db, { identifier: m.username.toUpperCase(), password: PASSWORD }, { ip })).toEqual({ ok: true, userId: m.id });
    expect(await authenticateMember(env.db, { identifier: "nobody", password: PASSWORD }, { ip })).toEqual({ ok: false, reason: "invalid" });
    for (let i = 0; i < 5; i++) {
      expect((await authenticateMember(env.db, { identifier: m.username, password: "sai-mat-khau" }, { ip })).ok).toBe(false);
    }
    const throttled = await authenticateMember(env.db, { identifier: m.username, password: PASSWORD }, { ip });
    expect(throttled.ok === false && throttled.reason).toBe("throttled");
    // From another address the member still gets in.
    expect((await authenticateMember(env.db, { identifier: m.username, password: PASSWORD }, { ip: "198.51.100.8" })).ok).toBe(true);
  });

  // Issue 11, defect 12: check and record were two steps, so 16 parallel
  // wrong guesses had 7 passwords checked against a limit of 5.
  it("checks at most 5 passwords when 16 wrong guesses arrive at once", async () => {
    const m = await member();
    const ip = "198.51.100.16";
    const results = await Promise.all(
      Array.from({ length: 16 }, () => authenticateMember(env.db, { identifier: m.username, password: "sai-mat-khau" }, { ip })),
    );
    const checked = results.filter((r) => r.ok === false && r.reason === "invalid").length;
    expect(checked).toBe(5);
    expect(results.filter((r) => r.ok === false && r.reason === "throttled")).toHaveLength(11);
    // The right password is refused too until the window passes.
    const after = await authenticateMember(env.db, { identifier: m.username, password: PASSWORD }, { ip });
    expect(after.ok === false && after.reason).toBe("throttled");
  });

  it("a right password gives back the place it reserved: successes never count as failures", async () => {
    const m = await member();
    const ip = "198.51.100.17";
    for (let i = 0; i < 8; i++) expect((await authenticateMember(env.db, { identifier: m.username, password: PASSWORD }, { ip })).ok).toBe(true);
    expect(await env.db.rateLimitHit.count({ where: { bucket: { contains: `u${m.id}` } } })).toBe(0);
  });

  it("throttles an address after 30 failures whatever the account", async () => {
    const ip = "198.51.100.99";
    for (let i = 0; i < 30; i++) await authenticateMember(env.db, { identifier: `unknown${i}`, password: "x" }, { ip });
    const m = await member();
    const result = await authenticateMember(env.db, { identifier: m.username, password: PASSWORD }, { ip });
    expect(result.ok === false && result.reason).toBe("throttled");
  });

  it("tells a sanctioned member why, only after the right password", async () => {
    const m = await member();
    const until = new Date(Date.now() + 86_400_000);
    await env.db.user.update({ where: { id: m.id }, data: { suspendedUntil: until, sanctionReason: "Spam" } });
    expect(await authenticateMember(env.db, { identifier: m.username, password: "sai" }, { ip: "1" })).toEqual({ ok: false, reason: "invalid" });
    const result = await authenticateMember(env.db, { identifier: m.username, password: PASSWORD }, { ip: "1" });
    expect(result).toEqual({ ok: false, reason: "sanctioned", sanction: { kind: "suspended", until, reason: "Spam" } });
  });
});

describe("single-use tokens", () => {
  it("login tickets work once and not for sanctioned members", async () => {
    const m = await member();
    const ticket = await issueLoginTicket(env.db, m.id);
    expect((await redeemLoginTicket(env.db, ticket))?.id).toBe(m.id);
    expect(await redeemLoginTicket(env.db, ticket)).toBeNull();
    const second = await issueLoginTicket(env.db, m.id);
    await env.db.user.update({ where: { id: m.id }, data: { bannedAt: new Date() } });
    expect(await redeemLoginTicket(env.db, second)).toBeNull();
  });

  it("expire, and are stored only as hashes", async () => {
    const t0 = new Date("2026-01-01T00:00:00Z");
    const raw = await issueToken(env.db, "reset-password", { userId: null }, t0);
    expect(await env.db.authToken.count({ where: { tokenHash: raw } })).toBe(0);
    expect((await peekToken(env.db, "reset-password", raw, new Date(t0.getTime() + 59 * 60_000))).ok).toBe(true);
    expect(await consumeToken(env.db, "reset-password", raw, new Date(t0.getTime() + 61 * 60_000))).toEqual({ ok: false, problem: "expired" });
    expect((await peekToken(env.db, "verify-email", raw, t0)).ok).toBe(false); // wrong purpose
  });

  it("email verification marks the address verified, or switches to a new one", async () => {
    const m = await member({ emailVerified: false });
    const raw = await issueToken(env.db, "verify-email", { userId: m.id, email: m.email });
    expect(await verifyEmail(env.db, raw)).toEqual({ ok: true, changed: false, email: m.email, callbackPath: null, userId: m.id });
    expect((await env.db.user.findUniqueOrThrow({ where: { id: m.id } })).emailVerifiedAt).not.toBeNull();
    expect(await verifyEmail(env.db, raw)).toEqual({ ok: false, problem: "used" });

    const change = await issueToken(env.db, "verify-email", { userId: m.id, email: "moi@example.vn" });
    expect(await verifyEmail(env.db, change)).toEqual({ ok: true, changed: true, email: "moi@example.vn", callbackPath: null, userId: m.id });
    expect((await env.db.user.findUniqueOrThrow({ where: { id: m.id } })).email).toBe("moi@example.vn");
  });

  it("a password reset sets the password and ends every session", async () => {
    const m = await member();
    const before = (await env.db.user.findUniqueOrThrow({ where: { id: m.id } })).sessionVersion;
    const raw = await issueToken(env.db, "reset-password", { userId: m.id, email: m.email });
    expect((await resetPassword(env.db, { token: raw, password: "Mật-khẩu-mới-toanh-99" })).ok).toBe(true);
    const after = await env.db.user.findUniqueOrThrow({ where: { id: m.id } });
    expect(after.sessionVersion).toBe(before + 1);
    expect(await verifyPassword(after.passwordHash, "Mật-khẩu-mới-toanh-99")).toBe(true);
    expect((await resetPassword(env.db, { token: raw, password: "Lại-mật-khẩu-khác-1" })).ok).toBe(false);
  });
});

describe("first administrator", () => {
  it("a new link each start while there is no admin; gone once one exists", async () => {
    const { db, cleanup } = createTestDb();
    try {
      const first = (await prepareAdminSetup(db))!;
      const second = (await prepareAdminSetup(db))!;
      expect(await setupAvailable(db, first)).toBe(false);
      expect(await setupAvailable(db, second)).toBe(true);
      const input = { displayName: "Quản Trị", username: "quan.tri", email: "qt@example.vn", password: PASSWORD };
      const done = await completeAdminSetup(db, second, input);
      expect(done.ok).toBe(true);
      expect((await db.user.findFirstOrThrow({ where: { username: "quan.tri" } })).role).toBe("admin");
      expect(await setupAvailable(db, second)).toBe(false);
      expect(await prepareAdminSetup(db)).toBeNull();
    } finally {
      await cleanup();
    }
  });
});

describe("OAuth sign-in", () => {
  const google = (id: string, email: string | null, emailVerified = true) => ({ provider: "google", providerAccountId: id, email, emailVerified, name: "Lê Văn Tám" });

  it("creates a member, then finds the same one by the linked identity", async () => {
    const first = await resolveOAuthSignIn(env.db, google("g-1", "tam@gmail.example"));
    expect(first.ok).toBe(true);
    const again = await resolveOAuthSignIn(env.db, google("g-1", "tam@gmail.example"));
    expect(again).toEqual(first);
    const user = await env.db.user.findUniqueOrThrow({ where: { id: first.ok ? first.userId : 0 } });
    expect([user.username, user.passwordHash, user.emailVerifiedAt !== null]).toEqual(["le.van.tam", null, true]);
  });

  it("links by email only when both sides verified it", async () => {
    const verified = await member();
    expect(await resolveOAuthSignIn(env.db, google("g-2", verified.email))).toEqual({ ok: true, userId: verified.id });
    const unverified = await member({ emailVerified: false });
    expect(await resolveOAuthSignIn(env.db, google("g-3", unverified.email))).toEqual({ ok: false, reason: "email-in-use" });
    const other = await member();
    expect(await resolveOAuthSignIn(env.db, google("g-4", other.email, false))).toEqual({ ok: false, reason: "email-in-use" });
  });
});
