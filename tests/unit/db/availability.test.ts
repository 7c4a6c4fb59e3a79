// What counts as "the database is down" (lib/db/availability.ts): the real
// error of a PostgreSQL client whose server does not answer, and nothing a
// request's own data can cause (a unique violation, a missing row).
import { describe, expect, it } from "vitest";
import { closedPort } from "../helpers/ports";
import { createPrismaClient } from "@/lib/db-client";
import { db } from "@/lib/db";
import { databaseDownSince, isUnreachableError, markDatabaseUp } from "@/lib/db/availability";


describe("database availability", () => {
  it("recognises an unreachable PostgreSQL server", async () => {
    const client = createPrismaClient(`postgresql://nobody@127.0.0.1:${await closedPort()}/nothing`);
    const error = await client.user.count().catch((e: unknown) => e);
    expect(isUnreachableError(error)).toBe(true);
    await client.$disconnect();
  });

  it("the pool marks the database down as the failing query returns, before the page that made it answers", async () => {
    markDatabaseUp();
    const client = createPrismaClient(`postgresql://nobody@127.0.0.1:${await closedPort()}/nothing`, { watchAvailability: true });
    try {
      await client.user.count().catch(() => undefined);
      // Set by the pool itself (lib/db-client.ts), not by onRequestError or the background ping.
      expect(databaseDownSince()).not.toBeNull();
    } finally {
      markDatabaseUp();
      await client.$disconnect();
    }
  });

  it("does not mistake a request's own errors for an outage", async () => {
    await db.setting.create({ data: { key: "availability-test", value: "1" } });
    const duplicate = await db.setting.create({ data: { key: "availability-test", value: "2" } }).catch((e: unknown) => e);
    expect(isUnreachableError(duplicate)).toBe(false);
    const missing = await db.setting.update({ where: { key: "no-such-key" }, data: { value: "x" } }).catch((e: unknown) => e);
    expect(isUnreachableError(missing)).toBe(false);
  });
});
