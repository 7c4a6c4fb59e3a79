// Single-use tokens sent by email (verify, reset), printed at first start
// (setup-admin), or handed from the login form to next-auth (login-ticket).
// Only a SHA-256 of the token is stored: tokens are 256 random bits, so a fast
// hash is enough (nothing to brute-force), and a leaked database yields no
// usable link.
import crypto from "node:crypto";
import type { Db } from "@/lib/db-client";
import { t } from "@/lib/i18n/text";

export type TokenPurpose = "verify-email" | "reset-password" | "setup-admin" | "login-ticket" | "two-factor-pending";

const MINUTE = 60_000;
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  "verify-email": 24 * 60 * MINUTE,
  "reset-password": 60 * MINUTE,
  "setup-admin": 24 * 60 * MINUTE,
  // Lives only between the login form's check and next-auth's callback.
  "login-ticket": 2 * MINUTE,
  // Between a right password and the second step (lib/accounts/two-factor/pending-login.ts).
  "two-factor-pending": 5 * MINUTE,
};

export function hashToken(raw: string): string {
  return crypto.createHash("sha256").update(raw, "utf8").digest("hex");
}

export async function issueToken(
  db: Db,
  purpose: TokenPurpose,
  target: { userId?: number | null; email?: string | null; /** verify-email: the page to return to afterwards. */ callbackPath?: string | null },
  now: Date = new Date(),
): Promise<string> {
  const raw = crypto.randomBytes(32).toString("base64url");
  await db.authToken.create({
    data: {
      purpose,
      tokenHash: hashToken(raw),
      userId: target.userId ?? null,
      email: target.email ?? null,
      callbackPath: target.callbackPath ?? null,
      expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]),
    },
  });
  return raw;
}

/** Marks every still-usable token of this purpose for the member as used: the newest link wins. */
export async function revokeTokens(db: Db, purpose: TokenPurpose, userId: number | null, now: Date = new Date()): Promise<void> {
  await db.authToken.updateMany({ where: { purpose, userId, usedAt: null }, data: { usedAt: now } });
}

export type TokenProblem = "invalid" | "expired" | "used";

async function lookup(db: Db, purpose: TokenPurpose, raw: string) {
  if (typeof raw !== "string" || raw.length < 20 || raw.length > 200) return null;
  const token = await db.authToken.findUnique({ where: { tokenHash: hashToken(raw) } });
  return token && token.purpose === purpose ? token : null;
}

/** Looks at a token without using it (to show the reset form only for a good link). */
export async function peekToken(db: Db, purpose: TokenPurpose, raw: string, now: Date = new Date()) {
  const token = await lookup(db, purpose, raw);
  if (!token) return { ok: false as const, problem: "invalid" as TokenProblem };
  if (token.usedAt) return { ok: false as const, problem: "used" as TokenProblem };
  if (token.expiresAt <= now) return { ok: false as const, problem: "expired" as TokenProblem };
  return { ok: true as const, token };
}

/**
 * Uses a token once. The conditional update makes two simultaneous uses of the
 * same link impossible: only one of them changes the row.
 */
export async function consumeToken(db: Db, purpose: TokenPurpose, raw: string, now: Date = new Date()) {
  const peek = await peekToken(db, purpose, raw, now);
  if (!peek.ok) return peek;
  const { count } = await db.authToken.updateMany({
    where: { id: peek.token.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return { ok: false as const, problem: "used" as TokenProblem };
  return peek;
}

/** Getters: each message is made when read, in the request's language. */
export const TOKEN_PROBLEM_MESSAGES: Record<TokenProblem, string> = {
  get invalid() {
    return t("services.accountsTokenInvalid");
  },
  get expired() {
    return t("services.accountsTokenExpired");
  },
  get used() {
    return t("services.accountsTokenUsed");
  },
};
