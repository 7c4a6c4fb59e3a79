// PostgreSQL connection settings shared by the app's client and Prisma's
// migration config. Discrete fields rather than a connection string: Prisma's
// pg adapter builds its shadow database as `{ ...config, database }`, which a
// connectionString would silently override (see docs/TOOLCHAIN notes).
import pg from "pg";
import { parse } from "pg-connection-string";

/** Pool size per process (DATABASE_POOL_SIZE, default 10). */
export function poolSize(): number {
  const n = Number(process.env.DATABASE_POOL_SIZE);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

/** Upper bound of any one statement (DATABASE_STATEMENT_TIMEOUT_MS, default 15 s). */
export function statementTimeoutMs(): number {
  const n = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS);
  return Number.isInteger(n) && n > 0 ? n : 15_000;
}

export function postgresPoolConfig(url: string): pg.PoolConfig {
  const c = parse(url);
  return {
    host: c.host ?? undefined,
    port: c.port ? Number(c.port) : undefined,
    user: c.user ?? undefined,
    password: c.password ?? undefined,
    database: c.database ?? undefined,
    ssl: c.ssl ? (c.ssl as pg.PoolConfig["ssl"]) : undefined,
    max: poolSize(),
    statement_timeout: statementTimeoutMs(),
    // A transaction left open by a crashed request must not hold row locks
    // (a thread's post counter) for ever.
    idle_in_transaction_session_timeout: 30_000,
    // Fail fast while the database is down: the request gets the 503 page
    // instead of queueing behind a dead pool.
    connectionTimeoutMillis: 5_000,
    application_name: "banluan",
  };
}
