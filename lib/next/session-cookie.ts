// Reading the session cookie's claims directly, instead of through
// next-auth's auth(). auth() runs Auth.js's whole session round on every
// request — a Request built from the headers, the callbacks, and a new token
// encrypted and set as a cookie to slide its expiry — which cost ~3.8 ms of
// the ~5.5 ms a member's session check took (issue 18, measured on the
// posting path). The slide buys nothing here: a session ends when its
// Session row does, 30 days after logging in (lib/accounts/sessions.ts),
// whatever the cookie says. So the check decrypts the cookie with next-auth's
// own decode (the same key derivation, expiry and clock tolerance) and the
// database decides the rest (lib/next/session.ts).
//
// The cookie is the one Auth.js writes: "__Secure-authjs.session-token" over
// HTTPS, "authjs.session-token" otherwise, split in ".0", ".1"… chunks when
// long; its salt is its name; the secrets are AUTH_SECRET_1..3, then
// AUTH_SECRET, tried in Auth.js's order (lib/utils/env.js in @auth/core).
import "server-only";
import { decode } from "next-auth/jwt";
import type { SessionClaims } from "./auth";
import { LruMap } from "@/lib/lru-map";

export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

type Cookie = { name: string; value: string };

/** The secrets Auth.js decrypts with, in its order (the rotated ones first). */
export function authSecrets(env: Record<string, string | undefined> = process.env): string[] {
  const secrets: string[] = [];
  if (env.AUTH_SECRET) secrets.push(env.AUTH_SECRET);
  for (const i of [1, 2, 3]) {
    const secret = env[`AUTH_SECRET_${i}`];
    if (secret) secrets.unshift(secret);
  }
  return secrets;
}

/** The session token under `name`, whole or joined from its chunks, or null. */
function tokenNamed(cookies: readonly Cookie[], name: string): string | null {
  const whole = cookies.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = cookies
    .map((c) => ({ c, index: c.name.startsWith(`${name}.`) ? Number(c.name.slice(name.length + 1)) : NaN }))
    .filter((x) => Number.isInteger(x.index) && x.index >= 0)
    .sort((a, b) => a.index - b.index);
  return chunks.length > 0 ? chunks.map((x) => x.c.value).join("") : null;
}

/**
 * Cookies already opened, by their exact text (and the secrets and name that
 * opened them). Decrypting one — the key derived from the secret, AES and
 * its HMAC through WebCrypto — was ~1.3 ms of every member request (7–9 % of
 * posting's CPU, docs/profiles/posting.md, 3 December), and a member sends
 * the same cookie with every request. The same ciphertext always opens to
 * the same claims, so a kept one only has its expiry checked again, exactly
 * as Auth.js checks it (`exp` with 15 s of tolerance). Only cookies that
 * opened are kept (a stream of forged ones costs a decryption each, as
 * before), at most MAX_OPENED, the least recently used dropped first. The
 * claims are still only claims: lib/next/session.ts checks them against the
 * database on every request.
 */
export const MAX_OPENED = 5_000;
const opened = new LruMap<string, { claims: SessionClaims; exp: number | undefined }>(MAX_OPENED);
/** Auth.js's clockTolerance for the session token (@auth/core jwt.js decode). */
const CLOCK_TOLERANCE_S = 15;

function stillValid(exp: number | undefined, nowMs: number): boolean {
  return exp === undefined || exp > Math.floor(nowMs / 1000) - CLOCK_TOLERANCE_S;
}

async function openToken(token: string, secrets: readonly string[], name: string, nowMs: number): Promise<SessionClaims> {
  const key = `${secrets.join("\u0000")}\u0001${name}\u0001${token}`;
  const kept = opened.get(key);
  if (kept) {
    if (stillValid(kept.exp, nowMs)) return { ...kept.claims };
    opened.delete(key);
    return {};
  }
  const payload = await decode({ token, secret: [...secrets], salt: name });
  if (!payload) return {};
  const { uid, sv, sid, exp } = payload as Record<string, unknown>;
  // A claim of the wrong type is no claim; a cookie without a Session row
  // id (issued before sessions had rows) still names its member, so the
  // check can tell them their session ended.
  const claims: SessionClaims = {
    uid: typeof uid === "number" ? uid : undefined,
    sv: typeof sv === "number" ? sv : undefined,
    sid: typeof sid === "string" ? sid : undefined,
  };
  opened.set(key, { claims, exp: typeof exp === "number" ? exp : undefined });
  return { ...claims };
}

/** How many opened cookies are kept (tests). */
export function openedCookieCount(): number {
  return opened.size;
}

/**
 * What the browser's session cookie claims, or {} when it has none, or one
 * that does not decrypt, has expired or holds something else. Nothing here
 * is trusted until checked against the database.
 */
export async function claimsFromCookies(cookies: readonly Cookie[], secrets: readonly string[] = authSecrets(), nowMs: number = Date.now()): Promise<SessionClaims> {
  if (secrets.length === 0) return {};
  for (const name of SESSION_COOKIE_NAMES) {
    const token = tokenNamed(cookies, name);
    if (!token) continue;
    try {
      return await openToken(token, secrets, name, nowMs);
    } catch {
      // Tampered, expired, or sealed with a secret no longer configured: no session.
      return {};
    }
  }
  return {};
}
