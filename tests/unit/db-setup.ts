// Runs before each test file: gives it a private copy of the migrated template
// database, before any module that opens the database is imported.
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

const template = inject("templateDb");
if (template) {
  const file = path.join(path.dirname(template), `file-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
}
