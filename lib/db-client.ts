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
import pg from "pg";
import { isUnreachableError, markDatabaseDown } from "./db/availability";
import { PrismaClient } from "./generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/prisma-pg/client";
import { databaseEngine, databaseUrl } from "./database-url";
import { postgresPoolConfig } from "./db/postgres-pool";
import { attachSqliteAdapter } from "./db/sqlite-direct";
import { installPlanCache } from "./db/plan-cache";

export type Db = PrismaClient;

/**
 * Every transaction may wait this long for its turn (a pooled connection on
 * PostgreSQL, the one writer on SQLite) before it fails. Prisma's default of
 * 2 s refused replies during a burst of forty at once on a busy 2-core
 * machine (tests/unit/db/concurrent-posting.test.ts).
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 20_000 };

/**
 * A pool that marks the database down (lib/db/availability.ts) the moment a
 * connection cannot be made or a query dies with its connection — before the
 * error reaches the page, so the request gate answers that request with the
 * 503 page too, not only the ones after it (lib/http-gate/gate.ts).
 */
function watchedPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  const noteOutage = (error: unknown) => {
    if (isUnreachableError(error)) markDatabaseDown();
  };
  // pg calls connect() with a callback as well as without one (a promise).
  const connect = pool.connect.bind(pool) as (callback?: (error: Error | undefined, ...rest: unknown[]) => void) => Promise<pg.PoolClient> | void;
  pool.connect = ((callback?: (error: Error | undefined, ...rest: unknown[]) => void) => {
    if (callback) {
      return connect((error, ...rest) => {
        if (error) noteOutage(error);
        callback(error, ...rest);
      });
    }
    return (connect() as Promise<pg.PoolClient>).catch((error: unknown) => {
      noteOutage(error);
      throw error;
    });
  }) as typeof pool.connect;
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    client.query = ((...args: unknown[]) => {
      const result = query(...args);
      if (result instanceof Promise) result.catch(noteOutage); // the caller still gets the rejection
      return result;
    }) as typeof client.query;
  });
  return pool;
}

/**
 * `watchAvailability`: the server's own client (lib/db.ts) tells the request
 * gate when the database goes away; command-line tools report their one line
 * of error themselves and leave it off.
 */
export function createPrismaClient(url: string = databaseUrl(), options: { poolSize?: number; watchAvailability?: boolean } = {}): PrismaClient {
  // Reads' query plans kept (lib/db/plan-cache.ts); in place before the client's first query loads its compiler.
  void installPlanCache();
  if (databaseEngine(url) === "postgresql") {
    const config = postgresPoolConfig(url);
    if (options.poolSize) config.max = options.poolSize;
    const adapter = new PrismaPg(options.watchAvailability ? watchedPool(config) : config, {
      disposeExternalPool: true, // $disconnect() ends a watched pool, as the adapter's own
      // An idle connection dropped by a database restart is replaced by the
      // pool on the next query; it also tells that the database went away.
      onPoolError: (error) => {
        if (options.watchAvailability && isUnreachableError(error)) markDatabaseDown();
      },
    });
    return new PostgresPrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }) as unknown as PrismaClient;
  }
  // timeout: how long a writer waits for SQLite's lock before SQLITE_BUSY.
  // Safe: no failed BEGIN/COMMIT can leave the transaction lock held (lib/db/sqlite-adapter-safe.ts).
  const adapter = new SafeBetterSQLite3({ url, timeout: 10_000 });
  const client = new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS });
  // The hot paths' hand-written statements reach the same connection (lib/db/sqlite-direct.ts).
  attachSqliteAdapter(client, adapter);
  return client;
}
