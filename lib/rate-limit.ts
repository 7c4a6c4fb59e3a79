// Throttling, stored in the database (RateLimitHit) so it holds across
// restarts and across several app instances sharing one database — an
// in-memory counter would reset on every deploy and split per process.
//
// Each rule is a sliding window: a request is allowed while fewer than `limit`
// hits with the same bucket were recorded in the last `windowMs`. When it is
// refused, `retryAt` is the moment the oldest counted hit leaves the window.
// Limits can be raised or lowered per rule with RATE_LIMIT_<RULE> (e.g.
// RATE_LIMIT_REGISTER_IP=50); docs/configuration.md lists them.
import type { Db } from "@/lib/db-client";
import { SITE_TIME_ZONE } from "@/lib/format";
import { databaseEngine } from "@/lib/database-url";
import { INTL_TAGS, type Locale } from "@/lib/i18n/locales";
import { currentLocale } from "@/lib/i18n/request-locale";
import { t } from "@/lib/i18n/text";

export type RateRule = { name: string; limit: number; windowMs: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function rule(name: string, limit: number, windowMs: number): RateRule {
  const override = process.env[`RATE_LIMIT_${name.toUpperCase().replace(/-/g, "_")}`];
  const parsed = override ? Number.parseInt(override, 10) : NaN;
  return { name, limit: Number.isFinite(parsed) && parsed > 0 ? parsed : limit, windowMs };
}

/** Read on each call so a test (or an operator's env change) takes effect. */
export function rules() {
  return {
    /** Failed logins for one account from one address. */
    loginAccountIp: rule("login-account-ip", 5, 15 * MINUTE),
    /** Failed logins from one address, whatever the account. */
    loginIp: rule("login-ip", 30, HOUR),
    /**
     * Failed logins for one account from anywhere: a ceiling for when client
     * addresses cannot be trusted (no TRUST_PROXY) and an attacker rotates a
     * forged X-Forwarded-For. High, so a stranger cannot lock a member out.
     */
    loginAccount: rule("login-account", 100, HOUR),
    /** Accounts created from one address. */
    registerIp: rule("register-ip", 10, HOUR),
    /** Registration attempts from one address, whatever their outcome: taken names cannot be probed fast. */
    registerAttemptIp: rule("register-attempt-ip", 30, HOUR),
    /** Account emails (verification, reset, email change) requested from one address. */
    mailIp: rule("mail-ip", 20, HOUR),
    /** Account emails sent to one address: nobody can flood someone's inbox. */
    mailRecipient: rule("mail-recipient", 5, HOUR),
    /** "Send again" for the verification email, per member. */
    verifyResend: rule("verify-resend", 1, MINUTE),
    /** Wrong second-step codes (authenticator, recovery, passkey) for one member, from anywhere. */
    twoFactorMember: rule("two-factor-member", 5, 15 * MINUTE),
    /** Wrong second-step codes from one address, whatever the member. */
    twoFactorIp: rule("two-factor-ip", 30, HOUR),
    /** Live previews of the composer (issue 20.15), per member: typing with pauses stays well under it. */
    livePreview: rule("live-preview", 60, MINUTE),
  };
}

export type RateDecision = { limited: false } | { limited: true; retryAt: Date };

function bucketOf(rule: RateRule, key: string): string {
  return `${rule.name}:${key}`;
}

/** Whether the next hit would exceed the rule, without recording anything. */
export async function checkRateLimit(db: Db, rule: RateRule, key: string, now: Date = new Date()): Promise<RateDecision> {
  const bucket = bucketOf(rule, key);
  const since = new Date(now.getTime() - rule.windowMs);
  const count = await db.rateLimitHit.count({ where: { bucket, createdAt: { gt: since } } });
  if (count < rule.limit) return { limited: false };
  // The hit whose expiry brings the count back under the limit.
  const [releasing] = await db.rateLimitHit.findMany({
    where: { bucket, createdAt: { gt: since } },
    orderBy: { createdAt: "asc" },
    skip: count - rule.limit,
    take: 1,
    select: { createdAt: true },
  });
  const retryAt = new Date((releasing?.createdAt ?? now).getTime() + rule.windowMs);
  return { limited: true, retryAt };
}

/** Records one hit, and forgets this bucket's hits that left the window. */
export async function recordRateLimitHit(db: Db, rule: RateRule, key: string, now: Date = new Date()): Promise<void> {
  const bucket = bucketOf(rule, key);
  await db.rateLimitHit.deleteMany({ where: { bucket, createdAt: { lte: new Date(now.getTime() - rule.windowMs) } } });
  await db.rateLimitHit.create({ data: { bucket, createdAt: now } });
}

/** Check, and record the hit when allowed: for actions where every attempt counts. */
export async function consumeRateLimit(db: Db, rule: RateRule, key: string, now: Date = new Date()): Promise<RateDecision> {
  return reserveRateLimits(db, [[rule, key]], now);
}

const onPostgres = () => {
  try {
    return databaseEngine() === "postgresql";
  } catch {
    return false;
  }
};

export type Reservation = { limited: false; release: () => Promise<void> } | { limited: true; retryAt: Date };

/**
 * Takes a place under every rule at once, atomically: the hit is written
 * first, then ranked among the bucket's hits by id (ids only grow), and it
 * counts only when its rank is within the limit. Checking first and recording
 * afterwards lets parallel requests all pass the check before any records
 * (16 simultaneous wrong passwords had 7 checked against a limit of 5);
 * ranking after writing gives each hit a place no other can take.
 *
 * Refused: every hit just written is removed again (a refused attempt costs
 * nothing and is not counted), so nothing beyond the limit is kept.
 * Allowed: the hits stay, unless the caller releases them — a login whose
 * password was right gives back what it reserved as a possible failure.
 */
export async function reserveRateLimits(db: Db, checks: Array<[RateRule, string]>, now: Date = new Date()): Promise<Reservation> {
  const taken: number[] = [];
  let refusedRules: Array<[RateRule, string]> = [];
  for (const [r, key] of checks) {
    const bucket = bucketOf(r, key);
    const since = new Date(now.getTime() - r.windowMs);
    await db.rateLimitHit.deleteMany({ where: { bucket, createdAt: { lte: since } } });
    // Write and rank as one step per bucket. On PostgreSQL ids are handed out
    // before commit, so a hit with a lower id may commit after a higher one
    // was ranked, and both would miss each other: a lock on the bucket (held
    // to the end of this short transaction) puts them in one order. SQLite's
    // single writer already does.
    const { id, rank } = await db.$transaction(async (tx) => {
      if (onPostgres()) await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${bucket}))`;
      const hit = await tx.rateLimitHit.create({ data: { bucket, createdAt: now }, select: { id: true } });
      return { id: hit.id, rank: await tx.rateLimitHit.count({ where: { bucket, createdAt: { gt: since }, id: { lte: hit.id } } }) };
    });
    taken.push(id);
    if (rank > r.limit) refusedRules = [...refusedRules, [r, key]];
  }
  const release = async () => {
    await db.rateLimitHit.deleteMany({ where: { id: { in: taken } } });
  };
  if (refusedRules.length === 0) return { limited: false, release };
  await release();
  const decision = await checkRateLimits(db, refusedRules, now);
  // Refused by rank yet the bucket now has room (others released theirs meanwhile): try again in a moment.
  return decision.limited ? decision : { limited: true, retryAt: new Date(now.getTime() + 1000) };
}

/** The first refusal among several rules (the one that lasts longest wins). */
export async function checkRateLimits(
  db: Db,
  checks: Array<[RateRule, string]>,
  now: Date = new Date(),
): Promise<RateDecision> {
  let worst: RateDecision = { limited: false };
  for (const [r, key] of checks) {
    const d = await checkRateLimit(db, r, key, now);
    if (d.limited && (!worst.limited || d.retryAt > worst.retryAt)) worst = d;
  }
  return worst;
}

export async function clearRateLimit(db: Db, rule: RateRule, key: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { bucket: bucketOf(rule, key) } });
}

// One clock per language (24-hour in both: vi-VN, en-GB), made when first asked for.
const clocks = new Map<Locale, Intl.DateTimeFormat>();
function clock(): Intl.DateTimeFormat {
  const locale = currentLocale();
  let format = clocks.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_TAGS[locale], { timeZone: SITE_TIME_ZONE, hour: "2-digit", minute: "2-digit" });
    clocks.set(locale, format);
  }
  return format;
}

/** "Vui lòng thử lại sau 15 phút (lúc 10:42)." */
export function retryAfterMessage(retryAt: Date, now: Date = new Date()): string {
  const seconds = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
  const time = clock().format(retryAt);
  return seconds < 60 ? t("services.retryAfterSeconds", { seconds, time }) : t("services.retryAfterMinutes", { minutes: Math.ceil(seconds / 60), time });
}
