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

/** The body: one paragraph per non-empty line; a line starting with "## " is a heading. */
export function bodyBlocks(body: string): ArticleBlock[] {
  return body
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (l.startsWith("## ") && l.length > 3 ? { type: "heading", text: l.slice(3).trim() } : { type: "paragraph", text: l }));
}

export function articleFromFields(fields: ArticleFields): ParsedArticle {
  return {
    title: fields.title,
    author: fields.author,
    userTitle: fields.userTitle,
    replyCount: null,
    lead: fields.lead,
    blocks: bodyBlocks(fields.body),
    source: fields.source,
    sourceUrl: fields.sourceUrl,
    publishedAt: null,
  };
}

export async function previewArticleFromFields(viewer: Viewer | null, input: unknown): Promise<ParsedArticle> {
  assertCan(canPublishArticle(viewer));
  return articleFromFields(parseInput(articleFieldsSchema, input));
}

export async function publishArticleFromFields(viewer: Viewer | null, input: unknown): Promise<PublishResult> {
  assertCan(canPublishArticle(viewer));
  const fields = parseInput(articleFieldsSchema, input);
  const article = articleFromFields(fields);
  try {
    return await publishArticle(db, article, {
      categorySlug: fields.categorySlug,
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
