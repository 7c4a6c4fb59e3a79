// The session cookie read without next-auth's auth() (lib/next/session-cookie.ts):
// what next-auth's own encode writes is read back, and nothing else is.
import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { authSecrets, claimsFromCookies, MAX_OPENED, openedCookieCount } from "@/lib/next/session-cookie";

const SECRET = "mot-bi-mat-du-dai-de-ky-phien-dang-nhap-0123456789";
const CLAIMS = { uid: 42, sv: 3, sid: "hang-phien-ngau-nhien" };

async function sealed(salt: string, options: { secret?: string; maxAge?: number; token?: Record<string, unknown> } = {}) {
  return encode({ token: options.token ?? CLAIMS, secret: options.secret ?? SECRET, salt, maxAge: options.maxAge ?? 3600 });
}

describe("claimsFromCookies", () => {
  it("reads what next-auth writes, over HTTP and over HTTPS", async () => {
    expect(await claimsFromCookies([{ name: "authjs.session-token", value: await sealed("authjs.session-token") }], [SECRET])).toEqual(CLAIMS);
    const secure = await sealed("__Secure-authjs.session-token");
    expect(await claimsFromCookies([{ name: "theme", value: "dark" }, { name: "__Secure-authjs.session-token", value: secure }], [SECRET])).toEqual(CLAIMS);
  });

  it("joins a token split in chunks, in their order", async () => {
    const token = await sealed("authjs.session-token");
    const cut = Math.floor(token.length / 2);
    const cookies = [
      { name: "authjs.session-token.1", value: token.slice(cut) },
      { name: "authjs.session-token.0", value: token.slice(0, cut) },
    ];
    expect(await claimsFromCookies(cookies, [SECRET])).toEqual(CLAIMS);
  });

  it("refuses a token sealed with another secret, under another name, tampered with or expired", async () => {
    const other = await sealed("authjs.session-token", { secret: "mot-bi-mat-khac-hoan-toan-khong-lien-quan-98765" });
    expect(await claimsFromCookies([{ name: "authjs.session-token", value: other }], [SECRET])).toEqual({});
    // The salt is the cookie's name: a token moved to the other name does not open.
    const moved = await sealed("authjs.session-token");
    expect(await claimsFromCookies([{ name: "__Secure-authjs.session-token", value: moved }], [SECRET])).toEqual({});
    const token = await sealed("authjs.session-token");
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await claimsFromCookies([{ name: "authjs.session-token", value: tampered }], [SECRET])).toEqual({});
    // Past the 15 s of clock tolerance Auth.js allows.
    const expired = await sealed("authjs.session-token", { maxAge: -60 });
    expect(await claimsFromCookies([{ name: "authjs.session-token", value: expired }], [SECRET])).toEqual({});
    expect(await claimsFromCookies([{ name: "authjs.session-token", value: "khong-hop-le" }], [SECRET])).toEqual({});
  });

  it("no cookie, or no secret configured: no claims", async () => {
    expect(await claimsFromCookies([], [SECRET])).toEqual({});
    expect(await claimsFromCookies([{ name: "authjs.session-token", value: await sealed("authjs.session-token") }], [])).toEqual({});
  });

  it("claims of the wrong type are dropped one by one (an old cookie without a Session row id keeps its member)", async () => {
    const old = await sealed("authjs.session-token", { token: { uid: 7, sv: 1 } });
    expect(await claimsFromCookies([{ name: "authjs.session-token", value: old }], [SECRET])).toEqual({ uid: 7, sv: 1, sid: undefined });
    const odd = await sealed("authjs.session-token", { token: { uid: "7", sv: 1, sid: 5 } });
    expect(await claimsFromCookies([{ name: "authjs.session-token", value: odd }], [SECRET])).toEqual({ uid: undefined, sv: 1, sid: undefined });
  });
});

describe("claimsFromCookies keeps the cookies it opened", () => {
  const cookie = (value: string) => [{ name: "authjs.session-token", value }];

  it("a kept cookie still expires: its expiry is checked on every request, with Auth.js's 15 s of tolerance", async () => {
    const token = await sealed("authjs.session-token", { maxAge: 60 });
    const now = Date.now();
    expect(await claimsFromCookies(cookie(token), [SECRET], now)).toEqual(CLAIMS);
    expect(await claimsFromCookies(cookie(token), [SECRET], now + 30_000)).toEqual(CLAIMS);
    expect(await claimsFromCookies(cookie(token), [SECRET], now + 70_000)).toEqual(CLAIMS); // within the tolerance
    expect(await claimsFromCookies(cookie(token), [SECRET], now + 80_000)).toEqual({});
  });

  it("is kept for the secrets that opened it: with another secret list it does not open", async () => {
    const token = await sealed("authjs.session-token");
    expect(await claimsFromCookies(cookie(token), [SECRET])).toEqual(CLAIMS);
    expect(await claimsFromCookies(cookie(token), ["mot-bi-mat-khac-hoan-toan-khong-lien-quan-98765"])).toEqual({});
    // Nor under the other cookie name (the salt).
    expect(await claimsFromCookies([{ name: "__Secure-authjs.session-token", value: token }], [SECRET])).toEqual({});
  });

  it("keeps nothing for a cookie that did not open, and what it hands out cannot change what it kept", async () => {
    const before = openedCookieCount();
    for (let i = 0; i < 20; i++) expect(await claimsFromCookies(cookie(`gia-mao-${i}`), [SECRET])).toEqual({});
    expect(openedCookieCount()).toBe(before);
    const token = await sealed("authjs.session-token");
    const first = await claimsFromCookies(cookie(token), [SECRET]);
    first.uid = 1;
    expect(await claimsFromCookies(cookie(token), [SECRET])).toEqual(CLAIMS);
  });

  it("holds at most MAX_OPENED cookies", async () => {
    const tokens = await Promise.all(Array.from({ length: MAX_OPENED + 10 }, (_, i) => sealed("authjs.session-token", { token: { ...CLAIMS, uid: i + 1 } })));
    for (const token of tokens) await claimsFromCookies(cookie(token), [SECRET]);
    expect(openedCookieCount()).toBe(MAX_OPENED);
    // The most recent is still held and right; the oldest opens again by decrypting, still right.
    expect(await claimsFromCookies(cookie(tokens.at(-1)!), [SECRET])).toEqual({ ...CLAIMS, uid: MAX_OPENED + 10 });
    expect(await claimsFromCookies(cookie(tokens[0]), [SECRET])).toEqual({ ...CLAIMS, uid: 1 });
    expect(openedCookieCount()).toBe(MAX_OPENED);
  }, 60_000);
});

describe("authSecrets", () => {
  it("follows Auth.js: the numbered (rotated) secrets first, AUTH_SECRET last", () => {
    expect(authSecrets({ AUTH_SECRET: "a" })).toEqual(["a"]);
    expect(authSecrets({ AUTH_SECRET: "a", AUTH_SECRET_1: "one", AUTH_SECRET_3: "three" })).toEqual(["three", "one", "a"]);
    expect(authSecrets({})).toEqual([]);
  });

  it("a token sealed with a rotated-out secret still opens while that secret is listed", async () => {
    const token = await sealed("authjs.session-token", { secret: "bi-mat-cu-truoc-khi-doi-khoa-0123456789abcdef" });
    const secrets = authSecrets({ AUTH_SECRET: SECRET, AUTH_SECRET_1: "bi-mat-cu-truoc-khi-doi-khoa-0123456789abcdef" });
    expect(await claimsFromCookies([{ name: "authjs.session-token", value: token }], secrets)).toEqual(CLAIMS);
  });
});
