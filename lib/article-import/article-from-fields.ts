// Administrators publish an article by typing its fields (title, author, user
// title, lead, body, source, source URL) instead of pasting a scraped page.
// The fields become the same ParsedArticle the parser produces, so the same
// publisher writes it (and re-publishing the same source URL, or the same
// title and author, updates its thread).
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { logModAction } from "@/lib/mod-log/log-action";
import { assertCan, canPublishArticle, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { articleFieldsSchema, type ArticleFields } from "@/lib/validation/article-fields";
import type { ArticleBlock, ParsedArticle } from "./parse";
import { PublishError, publishArticle, type PublishResult } from "./publish-article";
import { readFormImages, storeFormImages, type ArticleDryRun } from "./form-images";

/** The body: one paragraph per non-empty line; a line starting with "## " is a heading. */
export function bodyBlocks(body: string): ArticleBlock[] {
  return body
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (l.startsWith("## ") && l.length > 3 ? { type: "heading", text: l.slice(3).trim() } : { type: "paragraph", text: l }));
}

/**
 * The body with the form's pictures placed in it: a line that is exactly a
 * chosen file's name (e.g. "so-do.png") becomes that picture, in place; the
 * chosen files no line names follow the body's last block, in the order chosen.
 */
export function bodyWithImages(body: string, imageNames: readonly string[]): ArticleBlock[] {
  const names = new Set(imageNames);
  const placed = new Set<string>();
  const blocks = bodyBlocks(body).map((b): ArticleBlock => {
    if (b.type === "paragraph" && names.has(b.text)) {
      placed.add(b.text);
      return { type: "image", filename: b.text };
    }
    return b;
  });
  return [...blocks, ...imageNames.filter((n) => !placed.has(n)).map((filename): ArticleBlock => ({ type: "image", filename }))];
}

export function articleFromFields(fields: ArticleFields, imageNames: readonly string[] = []): ParsedArticle {
  return {
    title: fields.title,
    author: fields.author,
    userTitle: fields.userTitle,
    replyCount: null,
    lead: fields.lead,
    blocks: bodyWithImages(fields.body, imageNames),
    source: fields.source,
    sourceUrl: fields.sourceUrl,
    publishedAt: null,
  };
}

/** The form's image files (not part of the typed fields' schema). */
const imagesOf = (input: unknown): unknown[] => {
  const images = typeof input === "object" && input !== null ? (input as { images?: unknown }).images : undefined;
  return Array.isArray(images) ? images : [];
};

export async function previewArticleFromFields(viewer: Viewer | null, input: unknown): Promise<ArticleDryRun> {
  assertCan(canPublishArticle(viewer));
  const fields = parseInput(articleFieldsSchema, input);
  // Where the chosen pictures will go (their placeholders); nothing is stored by a dry run.
  const chosenImages = [...(await readFormImages(imagesOf(input))).keys()];
  return { article: articleFromFields(fields, chosenImages), chosenImages, unusedImages: [] };
}

export async function publishArticleFromFields(viewer: Viewer | null, input: unknown): Promise<PublishResult> {
  assertCan(canPublishArticle(viewer));
  const fields = parseInput(articleFieldsSchema, input);
  const files = await readFormImages(imagesOf(input));
  const article = articleFromFields(fields, [...files.keys()]);
  const stored = await storeFormImages(article, files);
  try {
    return await publishArticle(db, article, {
      categorySlug: fields.categorySlug,
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
  } catch (error) {
    if (error instanceof PublishError) throw new InvalidInputError(error.message, { categorySlug: error.message });
    throw error;
  }
}
