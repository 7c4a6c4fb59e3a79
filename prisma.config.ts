// Prisma configuration. The JavaScript schema engine ("engine: js") migrates
// through the driver adapter, so nothing is downloaded at install or run time.
// The engine follows DATABASE_URL (lib/database-url.ts): SQLite uses
// prisma/schema.prisma and prisma/migrations; PostgreSQL uses the schema
// derived from it (prisma/postgresql/schema.prisma) and its own migrations.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { databaseEngine, databaseUrl } from "./lib/database-url";
import { postgresPoolConfig } from "./lib/db/postgres-pool";
import { FTS_TABLES } from "./lib/search/sqlite/fts-schema";

// The schema's datasource reads DATABASE_URL; without it `prisma generate` falls
// back to downloading an engine, so always give it the resolved default.
process.env.DATABASE_URL ??= databaseUrl();
const engine = databaseEngine(process.env.DATABASE_URL);

/**
 * The better-sqlite3 adapter, with one fix for `prisma migrate dev`: Prisma
 * replays each migration on the (in-memory) shadow database as a single raw
 * statement, which better-sqlite3 refuses for multi-statement scripts ("P3006
 * … failed to apply cleanly to the shadow database"). Parameterless
 * statements on the shadow database run as a script instead.
 */
function sqliteAdapter() {
  const factory = new PrismaBetterSQLite3({ url: databaseUrl() });
  return {
    provider: "sqlite" as const,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    connectToShadowDb: async () => {
      const shadow = await factory.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      shadow.executeRaw = async (query) => {
        if (query.args.length > 0) return executeRaw(query);
        await shadow.executeScript(query.sql);
        return 0;
      };
      return shadow;
    },
  };
}

/**
 * The schema engine reads catalog columns of types the pg adapter cannot map
 * (prisma/orm#27403: "Column type 'name' could not be deserialized"): `name`
 * (OID 19) and, when introspecting (db pull), `"char"` (18) and `name[]`
 * (1003). They are text: report them as text (25) and text[] (1009).
 */
type QueryResultLike = { fields?: { dataTypeID: number }[] };
const AS_TEXT: Record<number, number> = { 18: 25, 19: 25, 1003: 1009 };
function asText<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) field.dataTypeID = AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
  return result;
}
class MigrationPool extends pg.Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return result && typeof result.then === "function" ? result.then(asText) : result;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  connect(...args: any[]): any {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const connected = (super.connect as any)(...args);
    if (!connected || typeof connected.then !== "function") return connected;
    return connected.then((client: pg.PoolClient) => {
      const query = client.query.bind(client) as (...a: unknown[]) => unknown;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (client as any).query = (...a: unknown[]) => {
        const r = query(...a) as Promise<unknown> | undefined;
        return r && typeof r.then === "function" ? r.then(asText) : r;
      };
      return client;
    });
  }
}

function postgresAdapter() {
  // Migrations run as one connection's series of statements; no pool needed.
  return new PrismaPg(new MigrationPool({ ...postgresPoolConfig(databaseUrl()), max: 2, allowExitOnIdle: true, idleTimeoutMillis: 200 }), { disposeExternalPool: true });
}

const sqlite = engine === "sqlite";
export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  engine: "js",
  schema: sqlite ? path.join("prisma", "schema.prisma") : path.join("prisma", "postgresql", "schema.prisma"),
  migrations: { path: sqlite ? path.join("prisma", "migrations") : path.join("prisma", "postgresql", "migrations") },
  // The full-text index (SQLite: a virtual table and its shadow tables) is
  // created by a migration in raw SQL; Prisma must neither diff nor drop it.
  // On PostgreSQL the index is a table of its own, also created in raw SQL.
  tables: { external: sqlite ? FTS_TABLES : ["public.post_search"] },
  adapter: async () => (sqlite ? sqliteAdapter() : postgresAdapter()),
});
