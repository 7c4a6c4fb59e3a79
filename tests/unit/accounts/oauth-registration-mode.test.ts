// Issue 20: Google/GitHub sign-ups obey "Đăng ký thành viên". Closed: a new
// identity creates nobody, while members already linked (or linked now through
// a verified email on both sides) still sign in. Approval: the new account
// waits for a moderator, logged like a form registration, and is not signed
// in until approved — nor when it signs in again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMember } from "@/lib/accounts/create-member";
import { resolveOAuthSignIn, type OAuthIdentity } from "@/lib/accounts/oauth-sign-in";
import { createTestDb } from "../helpers/test-db";

let env: ReturnType<typeof createTestDb>;
beforeAll(() => {
  env = createTestDb();
});
afterAll(() => env.cleanup());

let n = 0;
function identity(overrides: Partial<OAuthIdentity> = {}): OAuthIdentity {
  n++;
  return { provider: "google", providerAccountId: `g-${n}`, email: `g${n}@gmail.example`, emailVerified: true, name: `Người Google ${n}`, ...overrides };
}
const members = () => env.db.user.count();

describe("OAuth sign-ups and the registration setting", () => {
  it("open: a new identity becomes a member at once", async () => {
    const result = await resolveOAuthSignIn(env.db, identity(), new Date(), "open");
    expect(result.ok).toBe(true);
  });

  it("closed: a new identity is refused and nothing is written", async () => {
    const before = await members();
    const who = identity();
    await expect(resolveOAuthSignIn(env.db, who, new Date(), "closed")).resolves.toEqual({ ok: false, reason: "registration-closed" });
    expect(await members()).toBe(before);
    expect(await env.db.oAuthAccount.count({ where: { providerAccountId: who.providerAccountId } })).toBe(0);
  });

  it("closed: a member already linked still signs in, and a verified email still links", async () => {
    const who = identity();
    const first = await resolveOAuthSignIn(env.db, who, new Date(), "open");
    await expect(resolveOAuthSignIn(env.db, who, new Date(), "closed")).resolves.toEqual(first);

    n++;
    const created = await createMember(env.db, { displayName: `Có sẵn ${n}`, username: `cosan${n}`, email: `cosan${n}@example.vn`, password: "Một-mật-khẩu-dài-99", role: "member", emailVerified: true });
    if (!created.ok) throw new Error("fixture");
    await expect(resolveOAuthSignIn(env.db, identity({ email: created.user.email }), new Date(), "closed")).resolves.toEqual({ ok: true, userId: created.user.id });
  });

  it("approval: the account is created waiting, logged as a hold, and not signed in — now or later", async () => {
    const who = identity();
    await expect(resolveOAuthSignIn(env.db, who, new Date(), "approval")).resolves.toEqual({ ok: false, reason: "held" });
    const link = await env.db.oAuthAccount.findUniqueOrThrow({ where: { provider_providerAccountId: { provider: "google", providerAccountId: who.providerAccountId } } });
    const member = await env.db.user.findUniqueOrThrow({ where: { id: link.userId } });
    expect(member.heldAt).not.toBeNull();
    expect(member.emailVerifiedAt).not.toBeNull();
    const log = await env.db.moderationLog.findFirstOrThrow({ where: { targetUserId: member.id, action: "member.hold" } });
    expect(log.actorId).toBe(member.id);
    // Signing in again while it waits, whatever the setting is by then.
    await expect(resolveOAuthSignIn(env.db, who, new Date(), "open")).resolves.toEqual({ ok: false, reason: "held" });
    // Approved (held-accounts.ts clears heldAt): signed in.
    await env.db.user.update({ where: { id: member.id }, data: { heldAt: null } });
    await expect(resolveOAuthSignIn(env.db, who, new Date(), "approval")).resolves.toEqual({ ok: true, userId: member.id });
  });
});
