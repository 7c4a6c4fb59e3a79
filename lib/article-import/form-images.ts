// The image files an administrator gives with the publish form (/mod/articles,
// /mod/articles/fields): read from the form, checked against the forum's size
// limit, then stored exactly as `import:article -- FILE --images DIR` stores
// them (storeArticleImages, article-images.ts), by the file names the article
// names. Every check happens before anything is published: a refused file
// refuses the whole form, naming the file and why; a file the article does
// not name is reported back by name, never attached.
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { getSettings } from "@/lib/settings";
import { detectImageType } from "@/lib/uploads/detect-type";
import { UPLOAD_MESSAGES } from "@/lib/uploads/messages";
import type { StoredImage } from "@/lib/uploads/store-image";
import { displayName, filesOf, refusalMessage } from "@/lib/uploads/upload-pictures";
import { namedImages, storeArticleImages } from "./article-images";
import type { ParsedArticle } from "./parse";
import { t } from "@/lib/i18n/text";

const refuse = (message: string) => new InvalidInputError(message, { images: message });

/** The form's files by their base name (a name is never a path). Refuses an empty or too large file. Nothing is stored. */
export async function readFormImages(values: readonly unknown[]): Promise<Map<string, Buffer>> {
  const files = filesOf(values);
  const read = new Map<string, Buffer>();
  if (files.length === 0) return read;
  const { maxImageMegabytes } = await getSettings();
  for (const file of files) {
    const name = displayName(file.name);
    if (file.size > maxImageMegabytes * 1024 * 1024) throw refuse(UPLOAD_MESSAGES.tooLarge(name, maxImageMegabytes));
    const bytes = Buffer.from(await file.arrayBuffer());
    if (bytes.length === 0) throw refuse(UPLOAD_MESSAGES.empty(name));
    read.set(name, bytes);
  }
  return read;
}

/** The chosen files the article does not name, by name. */
export const unusedImages = (article: ParsedArticle, files: ReadonlyMap<string, Buffer>): string[] => {
  const named = new Set(namedImages(article));
  return [...files.keys()].filter((name) => !named.has(name));
};

/** Stores the files the article names; the first that is not a picture refuses the form (nothing published yet). */
export async function storeFormImages(article: ParsedArticle, files: ReadonlyMap<string, Buffer>): Promise<Map<string, StoredImage>> {
  if (files.size === 0) return new Map();
  // The type from the bytes first, for every named file: a refusal stores nothing.
  const named = new Set(namedImages(article));
  for (const [name, bytes] of files) {
    const detected = named.has(name) ? detectImageType(bytes) : null;
    if (detected && !detected.ok) throw refuse(refusalMessage(detected.reason, name));
  }
  const result = await storeArticleImages(db, article, files);
  const refused = result.refused[0];
  if (refused) throw refuse(refusalMessage(refused.reason, refused.filename));
  return result.stored;
}

/** What the form says after publishing with files the article did not name. */
export function unusedImagesMessage(unused: readonly string[]): string {
  return t("cli.articleUnusedImages", { files: unused.map((n) => `“${n}”`).join(", ") });
}

/** A dry run of an article form: the article, and what became of the chosen files (nothing stored). */
export type ArticleDryRun = { article: ParsedArticle; chosenImages: string[]; unusedImages: string[] };

/** What "Xem thử" says of the chosen files: not kept by a dry run, and those the article does not name. */
export function dryRunImagesMessage({ chosenImages, unusedImages }: Pick<ArticleDryRun, "chosenImages" | "unusedImages">): string | undefined {
  if (chosenImages.length === 0) return undefined;
  const unused = unusedImages.length ? t("cli.articleDryRunUnused", { files: unusedImages.map((n) => `“${n}”`).join(", ") }) : "";
  return t("cli.articleDryRunImages") + unused;
}
