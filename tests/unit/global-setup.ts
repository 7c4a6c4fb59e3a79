// Migrates one template database per vitest run, on the engine DATABASE_URL
// names (SQLite when unset); each test file then works on its own copy (see
// db-setup.ts), so files run in parallel safely. `npm test` runs the unit
// tests once per engine (scripts/test.ts).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { psql, serverUrl, type Template } from "./helpers/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    template: Template;
    tmpDir: string;
  }
}

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-unit-"));
  const root = path.resolve(import.meta.dirname, "../..");
  const configured = process.env.DATABASE_URL?.trim() ?? "";
  let template: Template;
  let url: string;
  if (/^postgres(ql)?:\/\//.test(configured)) {
    const database = `unit_${process.pid}_${Date.now().toString(36)}`;
    psql(serverUrl(configured, "postgres"), `CREATE DATABASE "${database}"`);
    template = { engine: "postgresql", serverUrl: configured, database };
    url = serverUrl(configured, database);
  } else {
    const file = path.join(dir, "template.db");
    template = { engine: "sqlite", file };
    url = `file:${file}`;
  }
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, CHECKPOINT_DISABLE: "1" },
    stdio: "ignore",
  });
  project.provide("template", template);
  project.provide("tmpDir", dir);
  return () => {
    if (template.engine === "postgresql") {
      const admin = serverUrl(configured, "postgres");
      const names = psql(admin, `SELECT datname FROM pg_database WHERE datname LIKE '${template.database}%'`).split("\n").filter(Boolean);
      for (const name of names) psql(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
