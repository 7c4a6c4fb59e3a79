// The session cookie read without next-auth's auth() (lib/next/session-cookie.ts):
// what next-auth's own encode writes is read back, and nothing else is.
import { describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { authSecrets, claimsFromCookies } from "@/lib/next/session-cookie";

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
