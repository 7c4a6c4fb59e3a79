// A real, throwaway SQLite database for integration tests: the committed
// migrations applied in order (the same SQL `prisma migrate deploy` runs), the
// default categories, and a Prisma client on the driver adapter the app uses.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type Db } from "../../../lib/db-client";
import { DEFAULT_CATEGORIES } from "../../../lib/forum/default-categories";

const MIGRATIONS = path.resolve(__dirname, "../../../prisma/migrations");

export type TestDatabase = { db: Db; file: string; cleanup(): Promise<void> };

export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-search-"));
  const file = path.join(dir, "forum.db");
  const sqlite = new Database(file);
  for (const name of fs.readdirSync(MIGRATIONS).filter((n) => fs.statSync(path.join(MIGRATIONS, n)).isDirectory()).sort()) {
    sqlite.exec(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  sqlite.close();

  const db = createPrismaClient(`file:${file}`);
  for (const [position, category] of DEFAULT_CATEGORIES.entries()) {
    await db.category.create({ data: { ...category, position } });
  }
  return {
    db,
    file,
    async cleanup() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
