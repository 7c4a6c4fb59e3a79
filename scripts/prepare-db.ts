// Brings the database up to date: applies migrations, creates the default
// categories and publishes the bundled article on first start. Safe to run on
// every start; it changes nothing that is already there.
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl } from "@/lib/database-url";
import { readArticleFile } from "@/lib/article-import/read-article-file";
import { publishArticle } from "@/lib/article-import/publish-article";
import { DEFAULT_CATEGORIES, SEED_ARTICLE_CATEGORY } from "@/lib/forum/default-categories";
import { ROOT, baseEnv, bin, runOrExit, sqliteFilePath } from "./lib/run";

const SEED_ARTICLES_DIR = path.join(ROOT, "prisma", "seed-data");

export async function prepareDatabase(): Promise<void> {
  const url = databaseUrl();
  const file = sqliteFilePath(url);
  if (file) fs.mkdirSync(path.dirname(file), { recursive: true });

  runOrExit(bin("prisma"), ["migrate", "deploy"], baseEnv({ DATABASE_URL: url }));

  const db = createPrismaClient(url);
  try {
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
        console.log(`Đã đăng bài viết: ${article.title} (chủ đề #${result.threadId})`);
      }
    }
  } finally {
    await db.$disconnect();
  }
}

if (require.main === module) {
  prepareDatabase().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
