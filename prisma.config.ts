// Prisma configuration. The JavaScript schema engine ("engine: js") migrates
// through the driver adapter, so nothing is downloaded at install or run time.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseUrl } from "./lib/database-url";

// The schema's datasource reads DATABASE_URL; without it `prisma generate` falls
// back to downloading an engine, so always give it the resolved default.
process.env.DATABASE_URL ??= databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new PrismaBetterSQLite3({ url: databaseUrl() }),
});
