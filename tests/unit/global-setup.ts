// Migrates one template SQLite database per vitest run; each test file then
// works on its own copy (see db-setup.ts), so files run in parallel safely.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: string;
  }
}

export default function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-unit-"));
  const template = path.join(dir, "template.db");
  const root = path.resolve(import.meta.dirname, "../..");
  execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${template}`, CHECKPOINT_DISABLE: "1" },
    stdio: "ignore",
  });
  project.provide("templateDb", template);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
