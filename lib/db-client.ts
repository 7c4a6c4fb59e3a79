// Builds a Prisma client on the better-sqlite3 driver adapter. Used by the app
// (through lib/db.ts) and by command-line scripts, which cannot import
// "server-only" modules outside the React server runtime.
import { SafeBetterSQLite3 } from "./db/sqlite-adapter-safe";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./database-url";

export type Db = PrismaClient;

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  // timeout: how long a writer waits for SQLite's lock before SQLITE_BUSY.
  // Safe: no failed BEGIN/COMMIT can leave the transaction lock held (lib/db/sqlite-adapter-safe.ts).
  const adapter = new SafeBetterSQLite3({ url, timeout: 10_000 });
  return new PrismaClient({ adapter });
}
