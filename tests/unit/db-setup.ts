// Runs before each test file: gives it a private copy of the migrated template
// database, before any module that opens the database is imported.
import { inject } from "vitest";
import { copyTemplate } from "./helpers/test-database";

const template = inject("template");
if (template) process.env.DATABASE_URL = copyTemplate(template, inject("tmpDir"));
