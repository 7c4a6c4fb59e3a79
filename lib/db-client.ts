// Builds the Prisma client for the configured engine (lib/database-url.ts):
// SQLite through the better-sqlite3 driver adapter, PostgreSQL through the pg
// adapter. Used by the app (through lib/db.ts) and by command-line scripts,
// which cannot import "server-only" modules outside the React server runtime.
//
// Each engine has its own generated client (the query compiler is built per
// provider) from the same models; the two expose the same API for what the
// forum uses, so the rest of the code sees one type, `Db`.
import { SafeBetterSQLite3 } from "./db/sqlite-adapter-safe";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { databaseEngine, databaseUrl } from "./database-url";
import { postgresPoolConfig } from "./db/postgres-pool";

export type Db = PrismaClient;

/**
 * Every transaction may wait this long for its turn (a pooled connection on
 * PostgreSQL, the one writer on SQLite) before it fails. Prisma's default of
 * 2 s refused replies during a burst of forty at once on a busy 2-core
 * machine (tests/unit/db/concurrent-posting.test.ts).
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

export function createPrismaClient(url: string = databaseUrl(), options: { poolSize?: number } = {}): PrismaClient {
  if (databaseEngine(url) === "postgresql") {
    const config = postgresPoolConfig(url);
    if (options.poolSize) config.max = options.poolSize;
    const adapter = new PrismaPg(config, {
      // An idle connection dropped by a database restart is replaced by the
      // pool on the next query; there is nothing to do but not crash.
      onPoolError: () => {},
    });
    return new PostgresPrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as PrismaClient;
  }
  // timeout: how long a writer waits for SQLite's lock before SQLITE_BUSY.
  // Safe: no failed BEGIN/COMMIT can leave the transaction lock held (lib/db/sqlite-adapter-safe.ts).
  const adapter = new SafeBetterSQLite3({ url, timeout: 10_000 });
  return new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
}
