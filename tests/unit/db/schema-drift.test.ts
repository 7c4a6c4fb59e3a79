// The two engines' migration sets cannot drift from the one data model:
// 1. prisma/postgresql/schema.prisma is exactly what scripts/db/pg-schema.ts
//    derives from prisma/schema.prisma (the one source of truth);
// 2. the database this run's migrations built (the template every test file
//    copies) has the same tables, columns, keys and indexes as a database
//    built straight from the schema — compared through `prisma db pull`, on
//    the engine of this run (npm test runs the unit tests on both).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, derivePostgresSchema } from "@/scripts/db/pg-schema";
import { psql, serverUrl } from "../helpers/test-database";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const prisma = (args: string[], url: string) =>
  execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), args, {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });

/** Each model of a pulled schema as its sorted lines (column order is history, not shape); index tables left out. */
function shapeOf(pulled: string): Record<string, string[]> {
  const shape: Record<string, string[]> = {};
  for (const match of pulled.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    if (match[1].startsWith("post_search")) continue;
    shape[match[1]] = match[2]
      .split("\n")
      .map((line) => line.trim().replace(/\s+/g, " "))
      // The search index is made in raw SQL (external to Prisma), and so is the
      // back-relation PostgreSQL introspection sees from its foreign key.
      .filter((line) => line && !line.startsWith("///") && !line.startsWith("//") && !line.includes("post_search"))
      .sort();
  }
  return shape;
}

describe("one data model, two engines", () => {
  it("the PostgreSQL schema is the one derived from prisma/schema.prisma (run npm run db:pg-schema)", () => {
    expect(fs.readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derivePostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("the migrations build exactly the schema's tables, columns and indexes", () => {
    const migrated = process.env.DATABASE_URL!;
    const onPostgres = migrated.startsWith("postgres");
    const schemaFile = onPostgres ? POSTGRES_SCHEMA : SQLITE_SCHEMA;
    const ddl = prisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaFile, "--script"], migrated);
    let scratch: string;
    let cleanup: () => void;
    if (onPostgres) {
      const database = `${new URL(migrated).pathname.slice(1)}_fromschema`;
      psql(serverUrl(migrated, "postgres"), `CREATE DATABASE "${database}"`);
      scratch = serverUrl(migrated, database);
      execFileSync("psql", ["-X", "-q", "-v", "ON_ERROR_STOP=1", scratch], { input: ddl, stdio: ["pipe", "ignore", "pipe"] });
      cleanup = () => psql(serverUrl(migrated, "postgres"), `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    } else {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-drift-"));
      const file = path.join(dir, "from-schema.db");
      const sqlite = new Database(file);
      sqlite.exec(ddl);
      sqlite.close();
      scratch = `file:${file}`;
      cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
    }
    try {
      const fromMigrations = shapeOf(prisma(["db", "pull", "--print"], migrated));
      const fromSchema = shapeOf(prisma(["db", "pull", "--print"], scratch));
      expect(Object.keys(fromMigrations).length).toBeGreaterThan(15);
      expect(fromMigrations).toEqual(fromSchema);
    } finally {
      cleanup();
    }
  }, 90_000);
});
