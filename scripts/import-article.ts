// npm run import:article -- FILE [--dry-run] [--category SLUG] [--images DIR]
// Publishes a scraped article as a thread (or updates the one published before
// from the same source). --images DIR: the image files the scrape names
// (e.g. 1753436238703.png) are taken from DIR and shown in place; a file not
// there keeps the placeholder. --dry-run prints the parsed article as JSON and writes
// nothing. Errors are one line on stderr with a non-zero exit. Messages are
// Vietnamese, or English under LANG=en… (lib/i18n/cli-locale.ts).
import { isStorageUnavailable } from "@/lib/db/storage-errors";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db-client";
import { databaseUrl } from "@/lib/database-url";
import { ArticleFileError, readArticleFile } from "@/lib/article-import/read-article-file";
import { ArticleParseError } from "@/lib/article-import/parse";
import { PublishError, publishArticle } from "@/lib/article-import/publish-article";
import { imagesFromDirectory } from "@/lib/article-import/article-images";
import { SEED_ARTICLE_CATEGORY } from "@/lib/forum/default-categories";
import { absoluteUrl, threadPath } from "@/lib/urls";
import { prepareDatabase } from "./prepare-db";
import { announceExpiry } from "@/lib/cache/expiry-broadcast";
import { CATEGORIES_TAG, NEWEST_POSTS_TAG, THREAD_LISTS_TAG, threadTag } from "@/lib/cache/tags";
import { runInCliLocale } from "@/lib/i18n/cli-locale";
import { t } from "@/lib/i18n/text";

function fail(message: string): never {
  console.error(t("cli.error", { message: message.split("\n")[0] }));
  process.exit(1);
}

async function main() {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { "dry-run": { type: "boolean", default: false }, category: { type: "string" }, images: { type: "string" } },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) fail(t("cli.importUsage"));

  let article;
  try {
    article = readArticleFile(file);
  } catch (error) {
    if (error instanceof ArticleParseError || error instanceof ArticleFileError) fail(error.message);
    throw error;
  }

  if (args.values["dry-run"]) {
    console.log(JSON.stringify(article, null, 2));
    return;
  }

  await prepareDatabase();
  const db = createPrismaClient(databaseUrl());
  try {
    const images = args.values.images ? await imagesFromDirectory(db, article, args.values.images) : null;
    if (images) {
      console.log(t("cli.importImages", { count: images.stored.size, dir: args.values.images ?? "" }) + (images.missing.length ? t("cli.importImagesMissing", { files: images.missing.join(", ") }) : ""));
      for (const r of images.refused) console.error(t("cli.importImageRefused", { file: r.filename, reason: r.reason }));
    }
    // The forum may be writing at the same moment (replies, view counts, alert
    // jobs): when the write lock is not obtained in time, wait and publish again —
    // publishing is keyed by the source address, so a second attempt updates
    // what a first one may have written, never doubles it.
    let result: Awaited<ReturnType<typeof publishArticle>> | undefined;
    for (let attempt = 1; !result; attempt++) {
      try {
        result = await publishArticle(db, article, { categorySlug: args.values.category ?? SEED_ARTICLE_CATEGORY, images: images?.stored });
      } catch (error) {
        if (!isStorageUnavailable(error) || attempt >= BUSY_ATTEMPTS) throw error;
        console.error(t("cli.importBusy", { seconds: attempt, next: attempt + 1, attempts: BUSY_ATTEMPTS }));
        await new Promise((resolve) => setTimeout(resolve, attempt * 1000));
      }
    }
    // Running servers expire these pages at once over Redis pub/sub when
    // REDIS_URL is set, and within 2 s from the database feed in any case
    // (lib/cache/expiry-broadcast.ts).
    await announceExpiry(db, [threadTag(result.threadId), NEWEST_POSTS_TAG, CATEGORIES_TAG, THREAD_LISTS_TAG]);
    const url = absoluteUrl(threadPath({ id: result.threadId, slug: result.slug }));
    console.log(result.created ? t("cli.importCreated", { id: result.threadId, url }) : t("cli.importUpdated", { id: result.threadId, url }));
  } catch (error) {
    if (error instanceof PublishError) fail(error.message);
    throw error;
  } finally {
    await db.$disconnect();
  }
}

/** Attempts when the database is busy (the write lock not obtained within the busy timeout). */
const BUSY_ATTEMPTS = 5;

// The handler inside the language's scope too: its line is in the same language.
runInCliLocale(() =>
  main().catch((error) => {
    // Prisma's messages start with a blank line ("\nInvalid `prisma…` invocation in"), then
    // the code frame, and say what went wrong last ("database is locked"): both ends, on one line.
    const message = error instanceof Error ? error.message : String(error);
    const lines = message.split("\n").map((l) => l.trim()).filter((l) => l !== "");
    const line = lines.length > 1 && lines[0].includes("invocation") ? `${lines[0]} … ${lines.at(-1)}` : (lines[0] ?? message);
    console.error(t("cli.error", { message: line }));
    if (error instanceof Error && process.env.DEBUG_CLI) console.error(error);
    process.exit(1);
  }),
);
