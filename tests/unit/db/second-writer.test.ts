// A second process writing the same SQLite file (the CLI while the server
// runs, the brief's non-negotiable 6): a transaction that reads, then writes, must not
// fail because the other process wrote in between. With a plain BEGIN, SQLite
// refuses the read-to-write upgrade at once (SQLITE_BUSY_SNAPSHOT, "database
// is locked") — how `npm run import:article` failed in CI on 3 December. The
// adapter begins IMMEDIATE (lib/db/sqlite-adapter-safe.ts): the other process
// waits for the lock instead, or is told it is busy; nothing is lost.
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl } from "@/lib/database-url";
import { isStorageUnavailable } from "@/lib/db/storage-errors";

const sqlite = !/^postgres/.test(process.env.DATABASE_URL ?? "");

describe.skipIf(!sqlite)("a second process writing the same SQLite file", () => {
  const db = createPrismaClient();
  // The "other process": its own connection, not waiting for the lock at all.
  const other = sqlite ? new Database(databaseUrl().replace(/^file:/, ""), { timeout: 0 }) : null;
  // WAL, as every forum database is (scripts/prepare-db.ts): readers do not block the writer, which is where the upgrade fails.
  other?.pragma("journal_mode = WAL");
  afterAll(async () => {
    other?.close();
    await db.$disconnect();
  });
  const key = () => `k-${Math.random().toString(36).slice(2)}`;

  it("a transaction that read first still writes when the other process wrote after its read", async () => {
    const mine = key();
    const theirs = key();
    let theirError: unknown = null;
    await db.$transaction(async (tx) => {
      await tx.setting.findMany({ take: 1 });
      try {
        other!.prepare("INSERT INTO Setting (key, value, updatedAt) VALUES (?, '1', 0)").run(theirs);
      } catch (error) {
        theirError = error;
      }
      await tx.setting.create({ data: { key: mine, value: "2" } });
    });
    expect(await db.setting.findUnique({ where: { key: mine } })).not.toBeNull();
    // The other process was told the database is busy (it did not wait), not handed a half-done state…
    expect((theirError as { code?: string } | null)?.code).toBe("SQLITE_BUSY");
    // …and writes once the transaction is over.
    other!.prepare("INSERT INTO Setting (key, value, updatedAt) VALUES (?, '1', 0)").run(theirs);
    expect(await db.setting.findUnique({ where: { key: theirs } })).not.toBeNull();
  });

  it("an extended busy code counts as 'the database is busy', so commands and forms retry or say so", () => {
    expect(isStorageUnavailable(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY_SNAPSHOT" }))).toBe(true);
    expect(isStorageUnavailable(Object.assign(new Error("UNIQUE constraint failed"), { code: "SQLITE_CONSTRAINT_UNIQUE" }))).toBe(false);
  });
});
