// Two-step login services against a real (temporary) database: TOTP window and
// replay, recovery codes once, the pending second step (expiry, single use,
// throttle), WebAuthn challenges, and the staff requirement in permissions.
import * as OTPAuth from "otpauth";
import { describe, expect, it } from "vitest";
import { createMember } from "@/lib/accounts/create-member";
import { challengeOf, consumeChallenge, storeChallenge } from "@/lib/accounts/two-factor/challenges";
import { beginTotpSetup, confirmTotpSetup, disableTwoFactor, pendingTotpSetup, regenerateRecoveryCodes } from "@/lib/accounts/two-factor/manage-totp";
import { finishPendingLogin, pendingMember, startPendingLogin } from "@/lib/accounts/two-factor/pending-login";
import { useRecoveryCode } from "@/lib/accounts/two-factor/recovery-codes";
import { relyingParty } from "@/lib/accounts/two-factor/relying-party";
import { completeSecondStep } from "@/lib/accounts/two-factor/second-step";
import { openSecret, sealSecret } from "@/lib/accounts/two-factor/secret-box";
import { hasTwoFactor } from "@/lib/accounts/two-factor/status";
import { useTotpCode } from "@/lib/accounts/two-factor/totp";
import { InvalidInputError, RateLimitedError } from "@/lib/errors";
import { canApprovePosts, canManageSettings, canModerate, canResetTwoFactor, isStaff, lacksRequiredTwoFactor, type Viewer } from "@/lib/permissions";
import { useAccountTestEnv } from "../helpers/account-test-env";

process.env.AUTH_SECRET ||= "unit-test-secret-for-two-factor-0123456789";
const PASSWORD = "Rừng-thông-xanh-42";
// The account services' shared setup: a private database and a mail outbox of its own.
const env = useAccountTestEnv();

let n = 0;
let ipCounter = 0;
/** Each test its own address, so the per-address throttle of one does not touch another. */
const freshIp = () => `10.0.0.${++ipCounter}`;

async function member(role: "member" | "moderator" | "admin" = "member") {
  n++;
  const result = await createMember(env.db, {
    displayName: `Hai bước ${n}`,
    username: `hb${n}`,
    email: `hb${n}@example.vn`,
    password: PASSWORD,
    role,
    emailVerified: true,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  const u = result.user;
  const viewer: Viewer = {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role,
    emailVerified: true,
    suspendedUntil: null,
    bannedAt: null,
    sanctionReason: null,
    createdAt: new Date(),
  };
  return viewer;
}

const ctx = (now?: Date) => ({ db: env.db, ip: freshIp(), now });

function codeAt(secret: string, when: Date): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: when.getTime(), period: 30, digits: 6, algorithm: "SHA1" });
}

/** A member with a confirmed authenticator; returns its secret and recovery codes. */
async function withTotp(role: "member" | "moderator" | "admin" = "member", at = new Date()) {
  const viewer = await member(role);
  await beginTotpSetup(viewer, { currentPassword: PASSWORD }, ctx(at));
  const setup = await pendingTotpSetup(viewer, { db: env.db });
  const codes = await confirmTotpSetup(viewer, { code: codeAt(setup!.secret, at) }, ctx(at));
  return { viewer, secret: setup!.secret, codes };
}

describe("the sealed TOTP secret", () => {
  it("opens with the same key and not with another", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(openSecret(sealed)).toBe("JBSWY3DPEHPK3PXP");
    const saved = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-secret-entirely-0123456789";
    try {
      expect(openSecret(sealed)).toBeNull();
    } finally {
      process.env.AUTH_SECRET = saved;
    }
    expect(openSecret("v1.garbage")).toBeNull();
  });
});

describe("setting up an authenticator", () => {
  it("needs the current password, and is active only once a code confirms it", async () => {
    const viewer = await member();
    await expect(beginTotpSetup(viewer, { currentPassword: "sai-mat-khau-roi" }, ctx())).rejects.toBeInstanceOf(InvalidInputError);
    expect(await pendingTotpSetup(viewer, { db: env.db })).toBeNull();

    await beginTotpSetup(viewer, { currentPassword: PASSWORD }, ctx());
    const setup = await pendingTotpSetup(viewer, { db: env.db });
    expect(setup?.uri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expect(await hasTwoFactor(env.db, viewer.id)).toBe(false);
    await expect(confirmTotpSetup(viewer, { code: "000000" === codeAt(setup!.secret, new Date()) ? "111111" : "000000" }, ctx())).rejects.toThrow(/Mã không đúng/);

    const codes = await confirmTotpSetup(viewer, { code: codeAt(setup!.secret, new Date()) }, ctx());
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await hasTwoFactor(env.db, viewer.id)).toBe(true);
    // Never shown again once confirmed; only hashes are stored.
    expect(await pendingTotpSetup(viewer, { db: env.db })).toBeNull();
    const stored = await env.db.recoveryCode.findMany({ where: { userId: viewer.id } });
    expect(stored.some((r) => codes.includes(r.codeHash))).toBe(false);
  });

  it("refuses a guest", async () => {
    await expect(beginTotpSetup(null, { currentPassword: PASSWORD }, ctx())).rejects.toThrow(/đăng nhập/);
  });
});

describe("authenticator codes", () => {
  it("are accepted one step either side of now, not two", async () => {
    const t0 = new Date("2026-06-01T10:00:00Z");
    const { viewer, secret } = await withTotp("member", t0);
    const later = new Date(t0.getTime() + 10 * 60_000);
    expect(await useTotpCode(env.db, viewer.id, codeAt(secret, new Date(later.getTime() - 60_000)), later)).toBe(false); // 2 steps back
    expect(await useTotpCode(env.db, viewer.id, codeAt(secret, new Date(later.getTime() + 60_000)), later)).toBe(false); // 2 steps ahead
    expect(await useTotpCode(env.db, viewer.id, codeAt(secret, new Date(later.getTime() - 30_000)), later)).toBe(true); // 1 step back
  });

  it("are accepted once: the same code, or an older one, is refused afterwards", async () => {
    const t0 = new Date("2026-06-02T10:00:00Z");
    const { viewer, secret } = await withTotp("member", t0);
    const now = new Date(t0.getTime() + 5 * 60_000);
    const code = codeAt(secret, now);
    expect(await useTotpCode(env.db, viewer.id, code, now)).toBe(true);
    expect(await useTotpCode(env.db, viewer.id, code, new Date(now.getTime() + 1000))).toBe(false);
    expect(await useTotpCode(env.db, viewer.id, codeAt(secret, new Date(now.getTime() - 30_000)), now)).toBe(false);
    // The code that confirmed the setup was spent too.
    const fresh = await withTotp("member", t0);
    expect(await useTotpCode(env.db, fresh.viewer.id, codeAt(fresh.secret, t0), t0)).toBe(false);
    expect(await useTotpCode(env.db, fresh.viewer.id, codeAt(fresh.secret, new Date(t0.getTime() + 30_000)), new Date(t0.getTime() + 30_000))).toBe(true);
  });

  it("of a member whose setup is not confirmed open nothing", async () => {
    const viewer = await member();
    await beginTotpSetup(viewer, { currentPassword: PASSWORD }, ctx());
    const setup = await pendingTotpSetup(viewer, { db: env.db });
    expect(await useTotpCode(env.db, viewer.id, codeAt(setup!.secret, new Date()))).toBe(false);
  });
});

describe("recovery codes", () => {
  it("work once each, for their own member only, typed however", async () => {
    const { viewer, codes } = await withTotp();
    const other = await withTotp();
    expect(await useRecoveryCode(env.db, other.viewer.id, codes[0])).toBe(false);
    expect(await useRecoveryCode(env.db, viewer.id, ` ${codes[0].toUpperCase().replace("-", " ")} `)).toBe(true);
    expect(await useRecoveryCode(env.db, viewer.id, codes[0])).toBe(false);
    expect(await useRecoveryCode(env.db, viewer.id, codes[1])).toBe(true);
  });

  it("die when a new set is made (re-authenticated)", async () => {
    const { viewer, codes } = await withTotp();
    await expect(regenerateRecoveryCodes(viewer, { currentPassword: "sai-mat-khau-roi" }, ctx())).rejects.toThrow(/Mật khẩu hiện tại không đúng/);
    const fresh = await regenerateRecoveryCodes(viewer, { currentPassword: PASSWORD }, ctx());
    expect(await useRecoveryCode(env.db, viewer.id, codes[2])).toBe(false);
    expect(await useRecoveryCode(env.db, viewer.id, fresh[0])).toBe(true);
  });
});

describe("the second step", () => {
  it("takes the pending token and a right code, once", async () => {
    const t0 = new Date("2026-06-03T10:00:00Z");
    const { viewer, secret } = await withTotp("member", t0);
    const now = new Date(t0.getTime() + 60_000);
    const pending = await startPendingLogin(env.db, viewer.id, now);
    expect(await pendingMember(env.db, pending, now)).toBe(viewer.id);
    const result = await completeSecondStep(env.db, { pending, method: "totp", code: codeAt(secret, now) }, { ip: freshIp(), now });
    expect(result).toEqual({ userId: viewer.id, method: "totp" });
    // Spent: the same token (even with a new right code) is refused.
    const next = new Date(now.getTime() + 30_000);
    await expect(completeSecondStep(env.db, { pending, method: "totp", code: codeAt(secret, next) }, { ip: freshIp(), now: next })).rejects.toThrow(/hết hạn/);
  });

  it("expires five minutes after the password", async () => {
    const { viewer, codes } = await withTotp();
    const now = new Date();
    const pending = await startPendingLogin(env.db, viewer.id, now);
    const late = new Date(now.getTime() + 5 * 60_000 + 1000);
    expect(await pendingMember(env.db, pending, late)).toBeNull();
    await expect(completeSecondStep(env.db, { pending, method: "recovery", code: codes[0] }, { ip: freshIp(), now: late })).rejects.toThrow(/hết hạn/);
    expect(await finishPendingLogin(env.db, pending, late)).toBe(false);
    // The recovery code was not spent by the refused attempt.
    expect(await useRecoveryCode(env.db, viewer.id, codes[0])).toBe(true);
  });

  it("says how many recovery codes are left after one is used", async () => {
    const { viewer, codes } = await withTotp();
    const pending = await startPendingLogin(env.db, viewer.id);
    const result = await completeSecondStep(env.db, { pending, method: "recovery", code: codes[3] }, { ip: freshIp() });
    expect(result).toEqual({ userId: viewer.id, method: "recovery", recoveryCodesLeft: 9 });
  });

  it("refuses bad input with a form error, changing nothing", async () => {
    await expect(completeSecondStep(env.db, { pending: 5, method: "sms", code: "" }, { ip: freshIp() })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(completeSecondStep(env.db, null, { ip: freshIp() })).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("is throttled per member after 5 wrong codes, even with the right one and from another address", async () => {
    const t0 = new Date("2026-06-04T10:00:00Z");
    const { viewer, secret } = await withTotp("member", t0);
    const now = new Date(t0.getTime() + 60_000);
    const pending = await startPendingLogin(env.db, viewer.id, now);
    const wrong = codeAt(secret, now) === "000000" ? "111111" : "000000";
    for (let i = 0; i < 5; i++) {
      await expect(completeSecondStep(env.db, { pending, method: "totp", code: wrong }, { ip: freshIp(), now })).rejects.toBeInstanceOf(InvalidInputError);
    }
    await expect(completeSecondStep(env.db, { pending, method: "totp", code: codeAt(secret, now) }, { ip: freshIp(), now })).rejects.toBeInstanceOf(RateLimitedError);
    // The refused right code was not spent: after the window it still works.
    const after = new Date(now.getTime() + 16 * 60_000);
    const pending2 = await startPendingLogin(env.db, viewer.id, after);
    expect((await completeSecondStep(env.db, { pending: pending2, method: "totp", code: codeAt(secret, after) }, { ip: freshIp(), now: after })).userId).toBe(viewer.id);
  });

  it("is throttled per address across members", async () => {
    const ip = freshIp();
    const saved = process.env.RATE_LIMIT_TWO_FACTOR_IP;
    process.env.RATE_LIMIT_TWO_FACTOR_IP = "3";
    try {
      for (let i = 0; i < 3; i++) {
        const { viewer } = await withTotp();
        const pending = await startPendingLogin(env.db, viewer.id);
        await expect(completeSecondStep(env.db, { pending, method: "recovery", code: "aaaaa-aaaaa" }, { ip })).rejects.toBeInstanceOf(InvalidInputError);
      }
      const { viewer, codes } = await withTotp();
      const pending = await startPendingLogin(env.db, viewer.id);
      await expect(completeSecondStep(env.db, { pending, method: "recovery", code: codes[0] }, { ip })).rejects.toBeInstanceOf(RateLimitedError);
    } finally {
      if (saved === undefined) delete process.env.RATE_LIMIT_TWO_FACTOR_IP;
      else process.env.RATE_LIMIT_TWO_FACTOR_IP = saved;
    }
  });
});

describe("turning two-step login off", () => {
  it("takes the password or a current code, and ends the other sessions", async () => {
    const t0 = new Date("2026-06-05T10:00:00Z");
    const { viewer, secret } = await withTotp("member", t0);
    await env.db.session.createMany({
      data: [
        { id: `keep-${viewer.id}`, userId: viewer.id, expiresAt: new Date(Date.now() + 3600_000) },
        { id: `other-${viewer.id}`, userId: viewer.id, expiresAt: new Date(Date.now() + 3600_000) },
      ],
    });
    const now = new Date(t0.getTime() + 120_000);
    await expect(disableTwoFactor(viewer, {}, { ...ctx(now), sessionId: `keep-${viewer.id}` })).rejects.toThrow(/mật khẩu/);
    await disableTwoFactor(viewer, { code: codeAt(secret, now) }, { ...ctx(now), sessionId: `keep-${viewer.id}` });
    expect(await hasTwoFactor(env.db, viewer.id)).toBe(false);
    expect(await env.db.recoveryCode.count({ where: { userId: viewer.id } })).toBe(0);
    expect((await env.db.session.findMany({ where: { userId: viewer.id } })).map((s) => s.id)).toEqual([`keep-${viewer.id}`]);
  });
});

describe("WebAuthn challenges", () => {
  it("are used once, for their purpose and member, before they expire", async () => {
    const viewer = await member();
    const now = new Date();
    await storeChallenge(env.db, "register", `reg-${viewer.id}`, viewer.id, now);
    expect(await consumeChallenge(env.db, "login", `reg-${viewer.id}`, null, now)).toBe(false);
    expect(await consumeChallenge(env.db, "register", `reg-${viewer.id}`, viewer.id + 1, now)).toBe(false);
    expect(await consumeChallenge(env.db, "register", `reg-${viewer.id}`, viewer.id, now)).toBe(true);
    expect(await consumeChallenge(env.db, "register", `reg-${viewer.id}`, viewer.id, now)).toBe(false);
    await storeChallenge(env.db, "login", `old-${viewer.id}`, null, now);
    expect(await consumeChallenge(env.db, "login", `old-${viewer.id}`, null, new Date(now.getTime() + 6 * 60_000))).toBe(false);
  });

  it("are read from the browser's clientDataJSON", () => {
    const data = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge: "abc_DEF-1" })).toString("base64url");
    expect(challengeOf(data)).toBe("abc_DEF-1");
    expect(challengeOf("not json")).toBeNull();
  });
});

describe("the relying party", () => {
  it("comes from WEBAUTHN_* first, then AUTH_URL, then the request's host", () => {
    const h = new Headers({ host: "localhost:3300" });
    expect(relyingParty(h, {})).toMatchObject({ rpID: "localhost", origin: "http://localhost:3300" });
    expect(relyingParty(h, { AUTH_URL: "https://banluan.vn/" })).toMatchObject({ rpID: "banluan.vn", origin: "https://banluan.vn" });
    expect(relyingParty(h, { WEBAUTHN_ORIGIN: "https://forum.banluan.vn", WEBAUTHN_RP_ID: "banluan.vn" })).toMatchObject({
      rpID: "banluan.vn",
      origin: "https://forum.banluan.vn",
    });
  });
});

describe("staff required to use two-step login (permissions)", () => {
  const base: Viewer = {
    id: 7,
    username: "mod",
    displayName: "Mod",
    role: "moderator",
    emailVerified: true,
    suspendedUntil: null,
    bannedAt: null,
    sanctionReason: null,
    createdAt: new Date(),
  };
  it.each([
    ["moderator, not required", { ...base }, true],
    ["moderator, required, without 2FA", { ...base, staffTwoFactorRequired: true, twoFactorEnabled: false }, false],
    ["moderator, required, with 2FA", { ...base, staffTwoFactorRequired: true, twoFactorEnabled: true }, true],
  ] as const)("%s → moderates: %s", (_label, viewer, allowed) => {
    expect(canModerate(viewer)).toBe(allowed);
    expect(canApprovePosts(viewer)).toBe(allowed);
    expect(isStaff(viewer)).toBe(allowed);
    expect(lacksRequiredTwoFactor(viewer)).toBe(!allowed);
  });

  it("applies to administrators too, and never to members", () => {
    const admin = { ...base, role: "admin" as const, staffTwoFactorRequired: true };
    expect(canManageSettings(admin)).toBe(false);
    expect(canManageSettings({ ...admin, twoFactorEnabled: true })).toBe(true);
    expect(lacksRequiredTwoFactor({ ...base, role: "member", staffTwoFactorRequired: true })).toBe(false);
  });

  it("only an administrator resets another member's two-step login", () => {
    const admin = { ...base, id: 1, role: "admin" as const };
    expect(canResetTwoFactor(admin, { id: 2, role: "member" })).toBe(true);
    expect(canResetTwoFactor(admin, { id: 1, role: "admin" })).toBe(false);
    expect(canResetTwoFactor(base, { id: 2, role: "member" })).toBe(false);
    expect(canResetTwoFactor(null, { id: 2, role: "member" })).toBe(false);
  });
});
