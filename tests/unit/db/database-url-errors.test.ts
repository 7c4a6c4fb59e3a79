// The database named wrongly or not answering: every command that opens it
// stops with one Vietnamese line naming what is wrong and a non-zero exit,
// before anything is migrated or written.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closedPort } from "../helpers/ports";
import { databaseEngine, postgresAddress, redactedUrl } from "@/lib/database-url";

const ROOT = path.resolve(__dirname, "../../..");
const run = (script: string, args: string[], url: string) =>
  spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [script, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    timeout: 60_000,
  });


describe("DATABASE_URL", () => {
  it("names the engine, or refuses another scheme with the two accepted forms", () => {
    expect(databaseEngine("file:./data/banluan.db")).toBe("sqlite");
    expect(databaseEngine("postgresql://u@h/db")).toBe("postgresql");
    expect(databaseEngine("postgres://u@h/db")).toBe("postgresql");
    expect(() => databaseEngine("mysql://u@h/db")).toThrow(/file:.*postgresql:\/\//);
    expect(postgresAddress("postgresql://u:p@db.example:6543/x")).toBe("db.example:6543");
    expect(redactedUrl("postgresql://u:secret@h/x")).toBe("postgresql://u:***@h/x");
  });

  it("a wrong scheme: one line from db:prepare and import:article, exit 1", () => {
    for (const [script, args] of [["scripts/prepare-db.ts", []], ["scripts/import-article.ts", ["tests/fixtures/articles/xe-dien-mien-tay.txt"]]] as const) {
      const result = run(script, [...args], "mysql://u@h/db");
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split("\n")).toEqual([expect.stringMatching(/^Lỗi: DATABASE_URL không hợp lệ .*file:.*postgresql:\/\//)]);
    }
  });

  it("PostgreSQL not answering: one line naming host and port, exit 1", async () => {
    const port = await closedPort();
    const result = run("scripts/prepare-db.ts", [], `postgresql://banluan:pw@127.0.0.1:${port}/banluan`);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Lỗi: không kết nối được PostgreSQL tại 127\\.0\\.0\\.1:${port} .*npm run pg:start`));
    expect(lines[0]).not.toContain(":pw@");
  });
});
