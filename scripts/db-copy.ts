// npm run db:copy -- --from file:./data/banluan.db --to postgresql://…
//
// Moves a forum to another database (usually SQLite → PostgreSQL): every row
// of every model, ids kept, the search index rebuilt, counts checked on both
// sides (scripts/db/copy-database.ts). The target must be empty. Stop the
// forum first (or accept that what is posted during the copy stays behind).
import { parseArgs } from "node:util";
import { engineOrExit, fail } from "./lib/migrate";
import { copyDatabase } from "./db/copy-database";
import { runInCliLocale } from "@/lib/i18n/cli-locale";
import { t } from "@/lib/i18n/text";

async function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (!values.from || !values.to) fail(t("cli.copyUsage"));
  engineOrExit(values.from);
  engineOrExit(values.to);
  if (values.from === values.to) fail(t("cli.copySame"));
  await copyDatabase(values.from, values.to);
}

runInCliLocale(() =>
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  }),
);
