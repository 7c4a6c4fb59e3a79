// Hand-written statements on the SQLite connection Prisma's adapter already
// holds, for the few hot paths where Prisma's per-query cost (its query
// compiler in WebAssembly, the adapter preparing every statement anew) is
// most of the work — posting a reply (lib/forum/reply-sqlite.ts).
//
// Same connection, so the same data, the same single writer and the same
// lock as Prisma's transactions (lib/db/sqlite-adapter-safe.ts): a direct
// section never runs inside someone's interactive transaction, and its own
// BEGIN … COMMIT runs synchronously, holding SQLite's write lock for
// microseconds instead of across several awaited round trips.
//
// PostgreSQL clients have no handle: callers keep their Prisma code there.
import type BetterSqlite3 from "better-sqlite3";
import type { SafeBetterSQLite3, SqliteDirect } from "./sqlite-adapter-safe";

// A symbol shared by every bundle of the process (the app and the server's
// background loop may each load this module; the client on globalThis is one).
const KEY = Symbol.for("banluan.sqlite-direct");

type Tagged = { [KEY]?: SafeBetterSQLite3 };

export function attachSqliteAdapter(client: object, adapter: SafeBetterSQLite3): void {
  (client as Tagged)[KEY] = adapter;
}

/** The connection's direct handle, or null (PostgreSQL, or Prisma has not connected yet). */
export function sqliteDirect(client: object): SqliteDirect | null {
  if (process.env.SQLITE_DIRECT === "0") return null; // the Prisma path, for comparison
  return (client as Tagged)[KEY]?.direct ?? null;
}

/** Prepared statements, made once per connection. */
export function preparedOn<K extends string>(cache: WeakMap<BetterSqlite3.Database, Record<K, BetterSqlite3.Statement>>, client: BetterSqlite3.Database, make: (c: BetterSqlite3.Database) => Record<K, BetterSqlite3.Statement>): Record<K, BetterSqlite3.Statement> {
  let statements = cache.get(client);
  if (!statements) {
    statements = make(client);
    // Prisma's adapter opens the connection with 64-bit integers as BigInt; these read plain numbers.
    for (const statement of Object.values<BetterSqlite3.Statement>(statements)) if (statement.reader) statement.safeIntegers(false);
    cache.set(client, statements);
  }
  return statements;
}

/** A date as Prisma's SQLite adapter stores it (iso8601 with "+00:00"), so rows read the same either way. */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}
