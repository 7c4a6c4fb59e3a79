// A throwaway SQLite database with the real schema (the migrations' SQL), for
// unit tests of services that take `db` as a parameter.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createPrismaClient, type Db } from "@/lib/db-client";

const MIGRATIONS = path.resolve(__dirname, "..", "..", "..", "prisma", "migrations");

export function createTestDb(): { db: Db; cleanup: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-unit-"));
  const file = path.join(dir, "test.db");
  const raw = new Database(file);
  for (const name of fs.readdirSync(MIGRATIONS).filter((n) => fs.statSync(path.join(MIGRATIONS, n)).isDirectory()).sort()) {
    raw.exec(fs.readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  }
  raw.close();
  const db = createPrismaClient(`file:${file}`);
  return {
    db,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
