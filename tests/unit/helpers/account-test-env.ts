// For account-service tests: a private database (helpers/test-db.ts) and a
// mail outbox folder of their own (no SMTP), set up before the file's tests
// and removed after. `env.db` is read inside tests, once beforeAll has run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { Db } from "@/lib/db-client";
import { createTestDb } from "./test-db";

export function useAccountTestEnv(): { readonly db: Db; readonly outbox: string } {
  let test: ReturnType<typeof createTestDb> | undefined;
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-outbox-"));
  beforeAll(() => {
    test = createTestDb();
    process.env.MAIL_OUTBOX_DIR = outbox;
    delete process.env.SMTP_URL;
  });
  afterAll(async () => {
    await test?.cleanup();
    fs.rmSync(outbox, { recursive: true, force: true });
  });
  return {
    get db() {
      if (!test) throw new Error("useAccountTestEnv: the database exists once beforeAll has run");
      return test.db;
    },
    outbox,
  };
}
