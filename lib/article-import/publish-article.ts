// Publishes a parsed article as a thread, or updates the thread published
// before from the same source. Takes the database as a parameter so the CLI,
// the first-start seed and the admin form all publish the same way.
import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { indexPost } from "@/lib/search";
import { foldVietnamese, slugify } from "@/lib/slug";
import type { ParsedArticle } from "./parse";
import { t } from "@/lib/i18n/text";
import { keyIfFree } from "@/lib/accounts/display-name-key";
import { mimeTypeForFilename, renderArticleHtml } from "./render-html";
import type { StoredImage } from "@/lib/uploads/store-image";
import type { PictureView } from "@/lib/uploads/picture-html";

export type PublishResult = { threadId: number; slug: string; created: boolean };

export class PublishError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PublishError";
  }
}

/**
 * The same source must map to the same thread: the original URL when the page
 * carried one, otherwise the title and author (folded, so a re-scrape with
 * different Unicode normalisation or spacing still matches).
 */
export function importKeyFor(article: Pick<ParsedArticle, "sourceUrl" | "title" | "author">): string {
  if (article.sourceUrl) return `url:${article.sourceUrl}`;
  const fold = (s: string) => foldVietnamese(s).replace(/\s+/g, " ").trim();
  return `text:${fold(article.title)}|${fold(article.author)}`;
}

/** "Nguyễn Hoàng" → "nguyen.hoang": letters, digits and dots, as usernames allow. */
export function usernameBaseFor(displayName: string): string {
  const base = slugify(displayName, 24).replace(/-/g, ".");
  return base.length >= 3 ? base : `tac.gia.${base}`.replace(/\.+$/, "");
}

export async function publishArticle(
  db: Db,
  article: ParsedArticle,
  options: {
    categorySlug: string;
    /** Runs inside the publishing transaction (e.g. to log who published). */
    afterPublish?: (tx: Prisma.TransactionClient, result: PublishResult) => Promise<void>;
    /** Image files named in the scrape, processed and stored (lib/uploads/store-image.ts), by file name. */
    images?: ReadonlyMap<string, StoredImage>;
  },
): Promise<PublishResult> {
  const importKey = importKeyFor(article);
  const html = renderArticleHtml(article.blocks);
  const source = JSON.stringify(article.blocks);
  const publishedAt = article.publishedAt ? new Date(article.publishedAt) : null;
  const images = article.blocks.flatMap((b) => (b.type === "image" ? [b.filename] : []));

  return db.$transaction(async (tx) => {
    const existing = await tx.thread.findUnique({ where: { importKey } });
    const authorId = await upsertArticleAuthor(tx, article, existing?.authorId ?? null);
    const threadData = {
      title: article.title,
      slug: slugify(article.title),
      kind: "article",
      lead: article.lead,
      sourceName: article.source,
      sourceUrl: article.sourceUrl,
      publishedAt,
    };

    let threadId: number;
    let postId: number;
    if (existing) {
      threadId = existing.id;
      await tx.thread.update({ where: { id: threadId }, data: { ...threadData, authorId } });
      const post = await tx.post.update({
        where: { threadId_number: { threadId, number: 1 } },
        data: { source, html, format: "article", authorId },
      });
      postId = post.id;
    } else {
      const category = await tx.category.findUnique({ where: { slug: options.categorySlug } });
      if (!category) throw new PublishError(t("cli.articleNoCategory", { slug: options.categorySlug }));
      const createdAt = publishedAt ?? new Date();
      const thread = await tx.thread.create({
        data: { ...threadData, importKey, authorId, categoryId: category.id, createdAt, lastPostAt: createdAt },
      });
      threadId = thread.id;
      const post = await tx.post.create({
        data: { threadId, authorId, number: 1, format: "article", source, html, createdAt },
      });
      postId = post.id;
      await tx.category.update({ where: { id: category.id }, data: { threadCount: { increment: 1 } } });
      await tx.user.update({ where: { id: authorId }, data: { postCount: { increment: 1 } } });
    }

    // An imported author "joined" no later than their article (issue 20,
    // defect 6: the profile said "Tham gia" today above a post of 2025). Only
    // a profile made by the importer (no password, no e-mail) is moved.
    if (publishedAt) {
      await tx.user.updateMany({ where: { id: authorId, passwordHash: null, email: null, createdAt: { gt: publishedAt } }, data: { createdAt: publishedAt } });
    }

    // Attachments mirror the image blocks: the page names the files; the
    // bytes are not in the scrape (storagePath stays null) unless the import
    // was given them (--images DIR): then the picture shows in place. A
    // re-import without a file keeps the picture stored before.
    await tx.attachment.deleteMany({ where: { postId, filename: { notIn: images } } });
    const shown = new Map<string, PictureView>();
    for (const [position, filename] of images.entries()) {
      const stored = options.images?.get(filename);
      const picture = stored
        ? { storagePath: stored.hash, contentHash: stored.hash, variants: stored.variants, width: stored.width, height: stored.height, mimeType: stored.mimeType, byteSize: stored.byteSize }
        : {};
      const row = await tx.attachment.upsert({
        where: { postId_filename: { postId, filename } },
        create: { postId, filename, position, mimeType: mimeTypeForFilename(filename), ...picture },
        update: { position, ...picture },
        select: { id: true, alt: true, variants: true, removedAt: true, removedReason: true },
      });
      if (row.variants) shown.set(filename, row);
    }
    if (shown.size > 0) await tx.post.update({ where: { id: postId }, data: { html: renderArticleHtml(article.blocks, shown) } });

    // The opening post's index entry carries the thread's title and lead too,
    // so one call covers a new article and every re-import's changes.
    await indexPost(tx, postId);

    const result = { threadId, slug: threadData.slug, created: !existing };
    await options.afterPublish?.(tx, result);
    return result;
  });
}

/**
 * The article's author becomes a member profile without a password (it cannot
 * log in until an administrator gives it one). A re-import keeps the same
 * member; a new import reuses an imported (password-less) member of the same
 * display name rather than creating a twin.
 */
async function upsertArticleAuthor(tx: Prisma.TransactionClient, article: ParsedArticle, currentAuthorId: number | null): Promise<number> {
  const profile = { displayName: article.author, userTitle: article.userTitle };
  if (currentAuthorId !== null) {
    const current = await tx.user.findUnique({ where: { id: currentAuthorId } });
    if (current && current.displayName === article.author) {
      if (current.passwordHash === null) await tx.user.update({ where: { id: current.id }, data: profile });
      return current.id;
    }
  }
  const twin = await tx.user.findFirst({
    where: { displayName: article.author, passwordHash: null, email: null },
    orderBy: { id: "asc" },
  });
  if (twin) {
    await tx.user.update({ where: { id: twin.id }, data: profile });
    return twin.id;
  }
  const base = usernameBaseFor(article.author);
  for (let n = 1; ; n++) {
    const username = n === 1 ? base : `${base}.${n}`;
    const taken = await tx.user.findUnique({ where: { usernameKey: username.toLowerCase() } });
    if (!taken) {
      // The byline is the page's: when a member already holds a look-alike
      // name, the imported author goes without a key rather than renamed.
      const displayNameKey = await keyIfFree(tx, article.author);
      const user = await tx.user.create({ data: { ...profile, displayNameKey, username, usernameKey: username.toLowerCase() } });
      return user.id;
    }
  }
}
