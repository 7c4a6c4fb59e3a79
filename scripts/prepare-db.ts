// Brings the database up to date: applies migrations, creates the default
// categories and publishes the bundled article on first start. Safe to run on
// every start; it changes nothing that is already there.
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl } from "@/lib/database-url";
import { readArticleFile } from "@/lib/article-import/read-article-file";
import { publishArticle } from "@/lib/article-import/publish-article";
import { ensureSearchIndex } from "@/lib/search";
import { DEFAULT_CATEGORIES, SEED_ARTICLE_CATEGORY } from "@/lib/forum/default-categories";
import { prepareAdminSetup, setupPath } from "@/lib/accounts/setup-admin";
import { backfillDisplayNameKeys } from "@/lib/accounts/display-name-key";
import { ROOT, sqliteFilePath } from "./lib/run";
import { engineOrExit, migrateIfPending } from "./lib/migrate";
import { t } from "@/lib/i18n/text";
import { runInCliLocale } from "@/lib/i18n/cli-locale";

const SEED_ARTICLES_DIR = path.join(ROOT, "prisma", "seed-data");

export type PreparedDatabase = {
  /** `/setup?token=…` while the forum has no administrator (a new link each start), else null. */
  setupPath: string | null;
};

export async function prepareDatabase(): Promise<PreparedDatabase> {
  const url = databaseUrl();
  engineOrExit(url);
  const file = sqliteFilePath(url);
  if (file) fs.mkdirSync(path.dirname(file), { recursive: true });

  const db = createPrismaClient(url);
  try {
    // Only when something is pending: a server may be running on this database.
    await migrateIfPending(db, url);
    if (file) {
      // WAL lets readers carry on while a reply is being written; the setting
      // is stored in the database file, so once is enough.
      await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    }
    for (const [position, category] of DEFAULT_CATEGORIES.entries()) {
      await db.category.upsert({ where: { slug: category.slug }, create: { ...category, position }, update: {} });
    }
    // The bundled article is published once, on first start; later starts leave
    // it (and any edits moderators made) alone.
    if ((await db.thread.count({ where: { kind: "article" } })) === 0) {
      for (const name of fs.readdirSync(SEED_ARTICLES_DIR).filter((f) => f.endsWith(".txt")).sort()) {
        const article = readArticleFile(path.join(SEED_ARTICLES_DIR, name));
        const result = await publishArticle(db, article, { categorySlug: SEED_ARTICLE_CATEGORY });
        console.log(t("cli.preparePublished", { title: article.title, id: result.threadId }));
      }
    }
    // Members from before display names were keyed (or from bulk SQL).
    await backfillDisplayNameKeys(db);
    const indexed = await ensureSearchIndex(db);
    if (indexed > 0) console.log(t("cli.prepareIndexed", { count: indexed }));
    // A fresh install has no account with a known password: hand the operator
    // a one-time link that creates the first administrator.
    const token = await prepareAdminSetup(db);
    return { setupPath: token ? setupPath(token) : null };
  } finally {
    await db.$disconnect();
  }
}

/** The setup link as the operator should see it in the server log. */
export function announceSetupLink(origin: string, path: string | null): void {
  if (!path) return;
  const line = "═".repeat(72);
  console.log(`\n${line}\n${t("cli.setupLink")}\n\n  ${origin}${path}\n\n${t("cli.setupOr")}\n${line}\n`);
}

if (require.main === module) {
  runInCliLocale(() =>
    prepareDatabase()
      .then(({ setupPath }) => announceSetupLink(process.env.SITE_URL?.replace(/\/+$/, "") || `http://localhost:${process.env.PORT ?? "3000"}`, setupPath))
      .catch((error) => {
        console.error(error);
        process.exit(1);
      }),
  );
}
