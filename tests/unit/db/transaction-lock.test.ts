// Issue 12.1: one failed transaction end must not lock every later one. The
// faults are injected at the driver (better-sqlite3's prepare) the way a full
// disk shows itself — COMMIT answering SQLITE_FULL — and for real with a
// page limit on the database file (SQLite's own "database or disk is full").
import Database from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { isStorageUnavailable } from "@/lib/db/storage-errors";

const SqliteError = (Database as unknown as { SqliteError: new (message: string, code: string) => Error }).SqliteError;
const db = createPrismaClient();

/** Makes the next statement whose SQL is `sql` fail with `code`, once. */
function failNext(sql: string, code: string) {
  const prepare = Database.prototype.prepare;
  const spy = vi.spyOn(Database.prototype, "prepare").mockImplementation(function (this: Database.Database, text: string) {
    if (text === sql) {
      spy.mockRestore();
      throw new SqliteError("database or disk is full", code);
    }
    return prepare.call(this, text);
  });
}

/** Rejects instead of hanging, so a held lock fails the test rather than timing it out. */
function within<T>(promise: Promise<T>, ms = 3_000): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms: the transaction lock is held`)), ms))]);
}

const key = () => `k-${Math.random().toString(36).slice(2)}`;

afterEach(() => vi.restoreAllMocks());

// The lock in question is the better-sqlite3 adapter's own (lib/db/sqlite-adapter-safe.ts):
// on PostgreSQL every transaction has its own pooled connection, and a failed
// one is rolled back by the server (tests/unit/db/availability.test.ts covers
// that engine's failures).
describe.skipIf(/^postgres/.test(process.env.DATABASE_URL ?? ""))("transactions after a failure (disk full)", () => {
  it("a COMMIT that fails with SQLITE_FULL neither keeps its writes nor blocks the next transaction", async () => {
    const lost = key();
    failNext("COMMIT", "SQLITE_FULL");
    const error = await db.$transaction((tx) => tx.setting.create({ data: { key: lost, value: "1" } })).catch((e: unknown) => e);
    expect(isStorageUnavailable(error)).toBe(true);

    const next = key();
    await within(db.$transaction((tx) => tx.setting.create({ data: { key: next, value: "2" } })));
    expect(await db.setting.findUnique({ where: { key: lost } })).toBeNull();
    expect(await db.setting.findUnique({ where: { key: next } })).not.toBeNull();
  });

  it("a BEGIN that fails does not block the next transaction", async () => {
    failNext("BEGIN IMMEDIATE", "SQLITE_IOERR_WRITE");
    const error = await db.$transaction((tx) => tx.setting.create({ data: { key: key(), value: "1" } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    await within(db.$transaction((tx) => tx.setting.create({ data: { key: key(), value: "2" } })));
  });

  it("a ROLLBACK that fails (SQLite already rolled back) does not block the next transaction", async () => {
    failNext("ROLLBACK", "SQLITE_IOERR");
    await db.$transaction(async (tx) => {
      await tx.setting.create({ data: { key: key(), value: "1" } });
      throw new Error("the service gave up");
    }).catch(() => undefined);
    await within(db.$transaction((tx) => tx.setting.create({ data: { key: key(), value: "2" } })));
  });

  it("a database that is really full refuses with a storage error, and takes writes again once there is room", async () => {
    const [{ page_count }] = await db.$queryRawUnsafe<{ page_count: bigint }[]>("PRAGMA page_count");
    await db.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(page_count)}`);
    try {
      const big = "đầy ".repeat(50_000);
      const error = await db.$transaction((tx) => tx.setting.create({ data: { key: key(), value: big } })).catch((e: unknown) => e);
      expect(isStorageUnavailable(error)).toBe(true);
    } finally {
      await db.$queryRawUnsafe("PRAGMA max_page_count = 1073741823");
    }
    await within(db.$transaction((tx) => tx.setting.create({ data: { key: key(), value: "đầy ".repeat(50_000) } })));
  });
});
