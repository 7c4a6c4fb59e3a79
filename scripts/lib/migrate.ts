// Brings the configured database's schema up to date, safely while a server
// runs on it: checks first (scripts/lib/migrations.ts) and runs Prisma's
// migrate deploy only when a committed migration is not yet applied. Any
// failure to reach the database is one clear line and a non-zero exit, before
// anything is written.
import type { Db } from "@/lib/db-client";
import { DatabaseUrlError, databaseEngine, postgresAddress, redactedUrl } from "@/lib/database-url";
import { baseEnv, bin, runOrExit } from "./run";
import { pendingMigrations } from "./migrations";
import { t } from "@/lib/i18n/text";

export function fail(message: string): never {
  console.error(t("cli.error", { message }));
  process.exit(1);
}

/** The engine of `url`, or exit with the one-line explanation of accepted forms. */
export function engineOrExit(url: string) {
  try {
    return databaseEngine(url);
  } catch (error) {
    if (error instanceof DatabaseUrlError) fail(error.message);
    throw error;
  }
}

/** Fails with one line naming host and port when PostgreSQL cannot be reached. */
export async function checkReachable(db: Db, url: string): Promise<void> {
  if (engineOrExit(url) !== "postgresql") return;
  try {
    await db.$queryRawUnsafe("SELECT 1");
  } catch (error) {
    const text = String((error as Error)?.message ?? error);
    // Prisma wraps the driver's words: "Raw query failed. Code: … Message: `…`".
    const reason = /Message: `([^`]*)`/.exec(text)?.[1] ?? text.split("\n").filter(Boolean).pop() ?? "";
    fail(t("cli.pgUnreachable", { address: postgresAddress(url), url: redactedUrl(url), reason: reason.trim() }));
  }
}

/** Applies pending migrations (none pending: nothing is run). Returns their names. */
export async function migrateIfPending(db: Db, url: string): Promise<string[]> {
  await checkReachable(db, url);
  const pending = await pendingMigrations(db, url);
  if (pending.length > 0) {
    console.log(t("cli.migrateApplying", { count: pending.length, names: pending.join(", ") }));
    // Our own connection must not hold the SQLite file while Prisma's schema
    // engine migrates it (it fails with WASM_ERROR … SocketTimeout otherwise);
    // the client reconnects by itself on its next query.
    await db.$disconnect();
    runOrExit(bin("prisma"), ["migrate", "deploy"], baseEnv({ DATABASE_URL: url }));
  }
  return pending;
}
