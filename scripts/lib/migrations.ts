// Whether the database needs `prisma migrate deploy`, decided without running
// it: the migration folders of the configured engine against the rows of
// Prisma's own _prisma_migrations table. Running migrate deploy against a
// SQLite file a live server holds fails (WASM_ERROR … SocketTimeout), so the
// commands that prepare the database (npm start, import:article, user:create,
// search:rebuild, db:prepare) only run it when something is pending.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db-client";
import { databaseEngine } from "@/lib/database-url";
import { ROOT } from "./run";

export function migrationsDir(url: string): string {
  return databaseEngine(url) === "postgresql" ? path.join(ROOT, "prisma", "postgresql", "migrations") : path.join(ROOT, "prisma", "migrations");
}

export function committedMigrations(url: string): string[] {
  const dir = migrationsDir(url);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

/** Committed migrations the database has not applied (all of them on a new database). */
export async function pendingMigrations(db: Db, url: string): Promise<string[]> {
  let applied: Set<string>;
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`,
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    // No table yet: a new database, everything is pending. Anything else
    // (the server unreachable) is the caller's to report.
    if (/_prisma_migrations|no such table|does not exist/i.test(String((error as Error)?.message ?? error))) applied = new Set();
    else throw error;
  }
  return committedMigrations(url).filter((name) => !applied.has(name));
}
