// A throwaway database for unit tests of services that take `db` as a
// parameter: a fresh copy of the template that the vitest global setup
// migrated once (the same as tests/unit/db-setup.ts gives every test file),
// on the run's engine, so there is one way to build a test database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { copyTemplate, dropDatabase } from "./test-database";

export function createTestDb(): { db: Db; url: string; cleanup: () => Promise<void> } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-unit-"));
  const url = copyTemplate(inject("template"), dir);
  const db = createPrismaClient(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      dropDatabase(url);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
