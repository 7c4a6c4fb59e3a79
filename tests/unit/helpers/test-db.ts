// A throwaway SQLite database for unit tests of services that take `db` as a
// parameter: a fresh copy of the template that the vitest global setup
// migrated once with `prisma migrate deploy` (the same as tests/unit/db-setup.ts
// gives every test file), so there is one way to build a test database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db-client";

export function createTestDb(): { db: Db; cleanup: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-unit-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(inject("templateDb"), file);
  const db = createPrismaClient(`file:${file}`);
  return {
    db,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
