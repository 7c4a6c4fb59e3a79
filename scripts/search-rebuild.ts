// npm run search:rebuild [-- --db file:./data/other.db] [--check]
//
// Rebuilds the full-text search index from the posts, in one transaction (the
// forum keeps answering searches from the old index until it commits), then
// checks that every post has exactly one entry. --check only checks.
// The database is DATABASE_URL (or the default), unless --db names another.
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl } from "@/lib/database-url";
import { migrateIfPending } from "./lib/migrate";
import { runInCliLocale } from "@/lib/i18n/cli-locale";
import { t } from "@/lib/i18n/text";
import { formatNumber } from "@/lib/format";

async function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: { db: { type: "string" }, check: { type: "boolean", default: false } } }));
  } catch (error) {
    console.error(t("cli.error", { message: (error as Error).message }));
    process.exit(1);
  }
  const url = values.db ?? databaseUrl();
  // The search engine follows DATABASE_URL (lib/search): point it at --db.
  process.env.DATABASE_URL = url;
  const { searchEngine } = await import("@/lib/search");

  const db = createPrismaClient(url);
  try {
    // The index table comes with a migration; an older database gets it first.
    await migrateIfPending(db, url);
    if (!values.check) {
      const started = performance.now();
      let lastReport = 0;
      const { indexed } = await searchEngine.rebuild(db, (done, total) => {
        if (done - lastReport >= 50_000 || done === total) {
          lastReport = done;
          console.log(t("cli.searchProgress", { done: formatNumber(done), total: formatNumber(total) }));
        }
      });
      const seconds = (performance.now() - started) / 1000;
      console.log(t("cli.searchRebuilt", { count: formatNumber(indexed), seconds: seconds.toFixed(1) }));
    }
    const check = await searchEngine.check(db);
    if (check.missing.length > 0 || check.orphaned.length > 0) {
      console.error(
        t("cli.searchDrift", {
          posts: check.posts,
          entries: check.entries,
          missing: check.missing.slice(0, 10).join(", ") || "—",
          orphaned: check.orphaned.slice(0, 10).join(", ") || "—",
        }) + (values.check ? t("cli.searchDriftHint") : ""),
      );
      process.exitCode = 1;
    } else {
      console.log(t("cli.searchMatches", { posts: formatNumber(check.posts), entries: formatNumber(check.entries) }));
    }
  } finally {
    await db.$disconnect();
  }
}

runInCliLocale(() =>
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  }),
);
