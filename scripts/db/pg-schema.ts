// prisma/schema.prisma (SQLite) is the one source of truth for the data
// model. Prisma needs one provider per schema file, so the PostgreSQL schema
// is derived from it here: same models, another provider and client folder.
// `npm run db:pg-schema` writes it; a unit test fails when the committed copy
// differs from what this produces (tests/unit/db/schema-sync.test.ts).
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
export const SQLITE_SCHEMA = path.join(ROOT, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(ROOT, "prisma", "postgresql", "schema.prisma");

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:pg-schema\` — do not edit.
// Change the models in prisma/schema.prisma, run the command, then add a
// migration for each engine (see CONTRIBUTING.md, "Changing the schema").
`;

export function derivePostgresSchema(sqlite: string): string {
  const swapped = sqlite
    .replace(/(datasource db \{[^}]*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(generator client \{[^}]*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, '$1"../../lib/generated/prisma-pg"');
  if (!swapped.includes('"postgresql"') || !swapped.includes("prisma-pg")) {
    throw new Error("prisma/schema.prisma: datasource or generator block not in the expected shape");
  }
  return HEADER + swapped;
}

if (require.main === module) {
  const next = derivePostgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  const check = process.argv.includes("--check");
  const current = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
  if (check) {
    if (current !== next) {
      console.error("prisma/postgresql/schema.prisma is out of date: run npm run db:pg-schema");
      process.exit(1);
    }
  } else if (current !== next) {
    fs.writeFileSync(POSTGRES_SCHEMA, next);
    console.log("Wrote prisma/postgresql/schema.prisma");
  }
}
