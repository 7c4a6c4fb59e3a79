// Issue 20, item 16: opening the verification link of a new account logs the
// member in (a login ticket next-auth redeems), in any browser; a used or
// expired link, an account waiting for approval, a member with two-step login
// or a sanctioned one is not logged in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMember } from "@/lib/accounts/create-member";
import { redeemLoginTicket } from "@/lib/accounts/login-ticket";
import { registerMember } from "@/lib/accounts/register-member";
import { issueToken, TOKEN_TTL_MS } from "@/lib/accounts/tokens";
import { verifyAndLogIn } from "@/lib/accounts/verify-and-log-in";
import { createTestDb } from "../helpers/test-db";

let env: ReturnType<typeof createTestDb>;
beforeAll(() => {
  env = createTestDb();
  process.env.MAIL_OUTBOX_DIR = "/tmp/banluan-verify-log-in-outbox";
  delete process.env.SMTP_URL;
});
afterAll(() => env.cleanup());

let n = 0;
/** A new, unverified member and the link of their verification mail. */
async function registered(callbackPath: string | null = "/threads/mot-chu-de.7", now = new Date()) {
  n++;
  const created = await createMember(env.db, {
    displayName: `Người mới ${n}`,
    username: `nguoimoi${n}`,
    email: `nguoimoi${n}@example.vn`,
    password: "Một-mật-khẩu-dài-99",
    role: "member",
    emailVerified: false,
  });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  const link = await issueToken(env.db, "verify-email", { userId: created.user.id, email: created.user.email, callbackPath }, now);
  return { user: created.user, link };
}

describe("the verification link of a new account", () => {
  it("verifies, logs in with a ticket next-auth redeems, and keeps the thread to return to", async () => {
    const { user, link } = await registered();
    const outcome = await verifyAndLogIn(env.db, link, null);
    expect(outcome).toMatchObject({ status: "verified", callbackPath: "/threads/mot-chu-de.7", alreadyLoggedIn: false });
    expect(outcome.ticket).toEqual(expect.any(String));
    expect((await env.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    // The ticket is what a password login hands to next-auth: it opens this member's session, once.
    expect((await redeemLoginTicket(env.db, outcome.ticket!))?.id).toBe(user.id);
    expect(await redeemLoginTicket(env.db, outcome.ticket!)).toBeNull();
  });

  it("logs in a browser that did not register (no tie to the registering browser), without a callback too", async () => {
    const { link } = await registered(null);
    const outcome = await verifyAndLogIn(env.db, link, null);
    expect(outcome.status).toBe("verified");
    expect(outcome.callbackPath).toBeNull();
    expect(outcome.ticket).not.toBeNull();
  });

  it("logs nobody in a second time: a used link", async () => {
    const { user, link } = await registered();
    await verifyAndLogIn(env.db, link, null);
    await expect(verifyAndLogIn(env.db, link, null)).resolves.toEqual({ status: "used", callbackPath: null, ticket: null, alreadyLoggedIn: false });
    expect(await env.db.authToken.count({ where: { purpose: "login-ticket", userId: user.id } })).toBe(1);
  });

  it("logs nobody in with an expired or unknown link", async () => {
    const { user, link } = await registered("/threads/x.1", new Date(Date.now() - TOKEN_TTL_MS["verify-email"] - 1000));
    const before = await env.db.authToken.count({ where: { purpose: "login-ticket" } });
    await expect(verifyAndLogIn(env.db, link, null)).resolves.toEqual({ status: "expired", callbackPath: null, ticket: null, alreadyLoggedIn: false });
    await expect(verifyAndLogIn(env.db, "x".repeat(43), null)).resolves.toMatchObject({ status: "invalid", ticket: null });
    expect((await env.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
    expect(await env.db.authToken.count({ where: { purpose: "login-ticket" } })).toBe(before);
  });

  it("registration needs approval: verified but not logged in, the page says it waits", async () => {
    n++;
    const input = { displayName: `Chờ duyệt ${n}`, username: `choduyet${n}`, email: `choduyet${n}@example.vn`, password: "Một-mật-khẩu-dài-99" };
    const result = await registerMember(env.db, input, { ip: "198.51.100.77", holdAll: true, callbackPath: "/threads/a.2" });
    expect(result).toMatchObject({ ok: true, held: true });
    const user = await env.db.user.findUniqueOrThrow({ where: { username: input.username } });
    const link = await issueToken(env.db, "verify-email", { userId: user.id, email: user.email, callbackPath: "/threads/a.2" });
    await expect(verifyAndLogIn(env.db, link, null)).resolves.toEqual({ status: "held", callbackPath: null, ticket: null, alreadyLoggedIn: false });
    expect((await env.db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
  });

  it("never skips a second step, never logs in a banned member", async () => {
    const withTotp = await registered();
    await env.db.totpSecret.create({ data: { userId: withTotp.user.id, secretSealed: "x", confirmedAt: new Date() } });
    await expect(verifyAndLogIn(env.db, withTotp.link, null)).resolves.toMatchObject({ status: "verified", ticket: null, alreadyLoggedIn: false });
    const banned = await registered();
    await env.db.user.update({ where: { id: banned.user.id }, data: { bannedAt: new Date() } });
    await expect(verifyAndLogIn(env.db, banned.link, null)).resolves.toMatchObject({ status: "verified", ticket: null });
  });

  it("keeps the session of a browser already logged in as the member, and never switches another member's", async () => {
    const same = await registered();
    await expect(verifyAndLogIn(env.db, same.link, same.user.id)).resolves.toMatchObject({ status: "verified", ticket: null, alreadyLoggedIn: true });
    const other = await registered();
    await expect(verifyAndLogIn(env.db, other.link, same.user.id)).resolves.toMatchObject({ status: "verified", ticket: null, alreadyLoggedIn: false });
  });

  it("an e-mail change logs nobody in", async () => {
    const { user } = await registered();
    await env.db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    const link = await issueToken(env.db, "verify-email", { userId: user.id, email: `moi${n}@example.vn` });
    await expect(verifyAndLogIn(env.db, link, null)).resolves.toEqual({ status: "changed", callbackPath: null, ticket: null, alreadyLoggedIn: false });
  });
});
