// The article's own image files (`import:article -- FILE --images DIR`, or
// files given with the admin form): those the scrape names are processed and
// stored like members' pictures; a file the scrape does not name is ignored,
// a named one that is missing keeps the honest placeholder.
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db-client";
import { ImageRefusedError, type ProcessRefusal } from "@/lib/uploads/process-image";
import { storeImage, type StoredImage } from "@/lib/uploads/store-image";
import type { ParsedArticle } from "./parse";

export type ArticleImages = { stored: Map<string, StoredImage>; missing: string[]; refused: { filename: string; reason: ProcessRefusal }[] };

export const namedImages = (article: ParsedArticle) => [...new Set(article.blocks.flatMap((b) => (b.type === "image" ? [b.filename] : [])))];

/** Reads each named file from `dir` (only its base name is used: a name from the scrape is never a path). */
export async function imagesFromDirectory(db: Db, article: ParsedArticle, dir: string): Promise<ArticleImages> {
  const files = new Map<string, Buffer>();
  for (const filename of namedImages(article)) {
    const file = path.join(dir, path.basename(filename));
    if (existsSync(file) && statSync(file).isFile()) files.set(filename, readFileSync(file));
  }
  return storeArticleImages(db, article, files);
}

export async function storeArticleImages(db: Db, article: ParsedArticle, files: ReadonlyMap<string, Buffer>): Promise<ArticleImages> {
  const result: ArticleImages = { stored: new Map(), missing: [], refused: [] };
  for (const filename of namedImages(article)) {
    const bytes = files.get(filename);
    if (!bytes) {
      result.missing.push(filename);
      continue;
    }
    try {
      result.stored.set(filename, await storeImage(db, bytes));
    } catch (error) {
      if (!(error instanceof ImageRefusedError)) throw error;
      result.refused.push({ filename, reason: error.reason });
    }
  }
  return result;
}
