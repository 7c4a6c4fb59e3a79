// Reads a scraped article file from disk and parses it, refusing anything that
// is not a reasonable text file before reading it whole.
import fs from "node:fs";
import { t } from "@/lib/i18n/text";
import { MAX_ARTICLE_BYTES, decodeArticleBytes, parseArticle, type ParsedArticle } from "./parse";

/** The file itself cannot be used (missing, a folder, too large). */
export class ArticleFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ArticleFileError";
  }
}

export function readArticleFile(file: string): ParsedArticle {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ArticleFileError(t("cli.articleNotFound", { file }));
  }
  if (!stat.isFile()) throw new ArticleFileError(t("cli.articleNotAFile", { file }));
  // Checked before reading so a huge file is never loaded into memory.
  if (stat.size > MAX_ARTICLE_BYTES) {
    throw new ArticleFileError(t("cli.articleTooLarge", { size: (stat.size / 1024 / 1024).toFixed(1), limit: MAX_ARTICLE_BYTES / 1024 / 1024 }));
  }
  return parseArticle(decodeArticleBytes(fs.readFileSync(file)));
}
