import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkRateLimit, clearRateLimit, consumeRateLimit, recordRateLimitHit, retryAfterMessage, rules, type RateRule } from "@/lib/rate-limit";
import { createTestDb } from "../helpers/test-db";

const t0 = new Date("2026-03-01T03:00:00Z"); // 10:00 in Vietnam
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const rule: RateRule = { name: "test", limit: 3, windowMs: 15 * 60_000 };

let env: ReturnType<typeof createTestDb>;
beforeAll(() => {
  env = createTestDb();
});
afterAll(() => env.cleanup());

describe("sliding-window rate limits in the database", () => {
  it("allows up to the limit, then refuses until the oldest hit leaves the window", async () => {
    const { db } = env;
    await recordRateLimitHit(db, rule, "k1", at(0));
    await recordRateLimitHit(db, rule, "k1", at(5));
    expect((await checkRateLimit(db, rule, "k1", at(6))).limited).toBe(false);
    await recordRateLimitHit(db, rule, "k1", at(6));
    const refused = await checkRateLimit(db, rule, "k1", at(7));
    expect(refused).toEqual({ limited: true, retryAt: at(15) });
    // Another key is not affected.
    expect((await checkRateLimit(db, rule, "k2", at(7))).limited).toBe(false);
    // Just after the first hit expires, one more is allowed, and then the next release is the second hit's.
    expect((await checkRateLimit(db, rule, "k1", at(15.01))).limited).toBe(false);
    await recordRateLimitHit(db, rule, "k1", at(15.01));
    expect(await checkRateLimit(db, rule, "k1", at(16))).toEqual({ limited: true, retryAt: at(20) });
  });

  it("consume records only allowed hits; clear forgets a bucket", async () => {
    const { db } = env;
    const results = [];
    for (let i = 0; i < 5; i++) results.push((await consumeRateLimit(db, rule, "c", at(i))).limited);
    expect(results).toEqual([false, false, false, true, true]);
    expect(await db.rateLimitHit.count({ where: { bucket: "test:c" } })).toBe(3);
    await clearRateLimit(db, rule, "c");
    expect((await checkRateLimit(db, rule, "c", at(5))).limited).toBe(false);
  });

  it("consume is atomic: of 12 parallel attempts exactly the limit pass, and only they are kept", async () => {
    const { db } = env;
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimit(db, rule, "par", at(0))));
    expect(results.filter((r) => !r.limited)).toHaveLength(3);
    expect(await db.rateLimitHit.count({ where: { bucket: "test:par" } })).toBe(3);
  });

  it("prunes a bucket's expired hits when recording", async () => {
    const { db } = env;
    await recordRateLimitHit(db, rule, "p", at(0));
    await recordRateLimitHit(db, rule, "p", at(100));
    expect(await db.rateLimitHit.count({ where: { bucket: "test:p" } })).toBe(1);
  });

  it("says when to try again, in Vietnam's time", () => {
    expect(retryAfterMessage(at(15), at(0))).toBe("Vui lòng thử lại sau 15 phút (lúc 10:15).");
    expect(retryAfterMessage(new Date(t0.getTime() + 42_000), t0)).toBe("Vui lòng thử lại sau 42 giây (lúc 10:00).");
  });

  it("has the documented defaults, overridable per rule from the environment", () => {
    const r = rules();
    expect([r.loginAccountIp.limit, r.loginAccountIp.windowMs]).toEqual([5, 15 * 60_000]);
    expect([r.loginIp.limit, r.loginIp.windowMs]).toEqual([30, 60 * 60_000]);
    process.env.RATE_LIMIT_REGISTER_IP = "42";
    try {
      expect(rules().registerIp.limit).toBe(42);
    } finally {
      delete process.env.RATE_LIMIT_REGISTER_IP;
    }
    expect(rules().registerIp.limit).toBe(10);
  });
});
