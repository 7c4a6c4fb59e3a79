// Builds a Prisma client on the better-sqlite3 driver adapter. Used by the app
// (through lib/db.ts) and by command-line scripts, which cannot import
// "server-only" modules outside the React server runtime.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/prisma/client";
import { databaseUrl } from "./database-url";

export type Db = PrismaClient;

export function createPrismaClient(url: string = databaseUrl()): PrismaClient {
  // timeout: how long a writer waits for SQLite's lock before SQLITE_BUSY.
  const adapter = new PrismaBetterSQLite3({ url, timeout: 10_000 });
  return new PrismaClient({ adapter });
}
