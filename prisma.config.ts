// Prisma configuration. The JavaScript schema engine ("engine: js") migrates
// through the driver adapter, so nothing is downloaded at install or run time.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/database-url";
import { FTS_TABLES } from "./lib/search/sqlite/fts-schema";

// The schema's datasource reads DATABASE_URL; without it `prisma generate` falls
// back to downloading an engine, so always give it the resolved default.
process.env.DATABASE_URL ??= databaseUrl();

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

export default defineConfig({
  experimental: { adapter: true, externalTables: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  // The full-text index (a virtual table and its shadow tables) is created by
  // a migration in raw SQL; Prisma must neither diff nor drop it.
  tables: { external: FTS_TABLES },
  adapter: async () => sqliteAdapter(),
});
