// Administrators publish a scraped article by pasting its text: the same
// parser and publisher as `npm run import:article`, plus the permission check
// and an entry in the moderation log.
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { logModAction } from "@/lib/mod-log/log-action";
import { assertCan, canPublishArticle, type Viewer } from "@/lib/permissions";
import { ArticleParseError, MAX_ARTICLE_BYTES, parseArticle, type ParsedArticle } from "./parse";
import { PublishError, publishArticle, type PublishResult } from "./publish-article";
import { readFormImages, storeFormImages, unusedImages, type ArticleDryRun } from "./form-images";
import { z } from "zod";
import { t } from "@/lib/i18n/text";
import { parseInput } from "@/lib/validation/parse-input";

/** The admin form: the pasted page, optionally the category to publish in, and the image files the page names. */
const pastedArticleSchema = z.object({ text: z.string().default(""), categorySlug: z.string().default(""), images: z.array(z.unknown()).default([]) });

/** A published article, and the chosen files it did not name (reported back by name). */
export type FormPublishResult = PublishResult & { unusedImages: string[] };

/** Parses pasted text, refusing what the command would refuse, with the same messages. */
export function parsePastedArticle(text: string): ParsedArticle {
  if (new TextEncoder().encode(text).length > MAX_ARTICLE_BYTES) {
    throw new InvalidInputError(t("cli.articlePastedTooLarge", { limit: MAX_ARTICLE_BYTES / 1024 / 1024 }), { text: t("cli.articlePastedTooLargeField") });
  }
  try {
    return parseArticle(text);
  } catch (error) {
    if (error instanceof ArticleParseError) throw new InvalidInputError(error.message, { text: error.message });
    throw error;
  }
}

export async function publishPastedArticle(viewer: Viewer | null, input: unknown): Promise<FormPublishResult> {
  assertCan(canPublishArticle(viewer));
  const { text, categorySlug, images } = parseInput(pastedArticleSchema, input);
  const article = parsePastedArticle(text);
  // The files, matched by the names the page gives its images, as --images DIR does.
  const files = await readFormImages(images);
  const stored = await storeFormImages(article, files);
  try {
    const result = await publishArticle(db, article, {
      categorySlug,
      images: stored,
      afterPublish: (tx, result) =>
        logModAction(tx, {
          actorId: viewer!.id,
          action: "article.publish",
          targetType: "thread",
          targetId: result.threadId,
          details: { title: article.title, created: result.created },
        }),
    });
    return { ...result, unusedImages: unusedImages(article, files) };
  } catch (error) {
    if (error instanceof PublishError) throw new InvalidInputError(error.message, { categorySlug: error.message });
    throw error;
  }
}

/** The dry run of the form: what would be published, nothing written. */
export async function previewPastedArticle(viewer: Viewer | null, input: unknown): Promise<ArticleDryRun> {
  assertCan(canPublishArticle(viewer));
  const { text, images } = parseInput(pastedArticleSchema, input);
  const article = parsePastedArticle(text);
  const files = await readFormImages(images);
  return { article, chosenImages: [...files.keys()], unusedImages: unusedImages(article, files) };
}
