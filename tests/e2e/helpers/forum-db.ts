// Writes forum content straight into the e2e server's database (SQLite or
// PostgreSQL, see e2e-db.ts), for journeys that need members, threads or
// replies the UI cannot create yet (or that only a moderator could: hidden
// replies). Every post is added to the search index in the same transaction,
// with the statements the app's engine uses (lib/search: the FTS5 tables on
// SQLite, post_search on PostgreSQL), and counters are kept as the services
// keep them.
import { renderMarkdown } from "../../../lib/markdown/render";
import { entryParams, POST_SEARCH_UPSERT } from "../../../lib/search/postgresql/pg-search-schema";
import { searchColumnsFor, searchDocumentFor } from "../../../lib/search/search-document";
import { FTS_INSERT } from "../../../lib/search/sqlite/fts-schema";
import { slugify } from "../../../lib/slug";
import { openE2eDb } from "./e2e-db";

const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");

export type ForumDb = ReturnType<typeof openForumDb>;

export function openForumDb() {
  const db = openE2eDb();

  const index = (postId: number, post: { number: number; source: string; html: string }, thread: { title: string; lead: string | null }) => {
    const indexable = { ...post, id: postId, format: "markdown", thread };
    if (db.engine === "postgresql") {
      db.prepare(POST_SEARCH_UPSERT).run(...entryParams(indexable));
      return;
    }
    const c = searchColumnsFor(searchDocumentFor(indexable));
    if (post.number === 1) db.prepare(FTS_INSERT.title).run(postId, c.title, c.titleFolded);
    db.prepare(FTS_INSERT.text).run(postId, c.body);
    db.prepare(FTS_INSERT.folded).run(postId, c.bodyFolded);
  };

  return {
    close: () => db.close(),

    createMember(options: { username: string; displayName: string; role?: "member" | "moderator" | "admin" }): number {
      const now = iso(new Date());
      const result = db
        .prepare(`INSERT INTO "User" ("username", "usernameKey", "displayName", "role", "emailVerifiedAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`)
        .run(options.username, options.username.toLowerCase(), options.displayName, options.role ?? "member", now, now, now);
      return Number(result.lastInsertRowid);
    },

    /** `article` makes it an article thread (lead and publication date), as the importer writes one. */
    createThread(options: { title: string; authorId: number; body: string; categorySlug?: string; createdAt?: Date; article?: { lead: string; publishedAt: Date } }) {
      return db.transaction(() => {
        const at = iso(options.createdAt ?? new Date());
        const category = db.prepare(`SELECT "id" FROM "Category" WHERE "slug" = ?`).get(options.categorySlug ?? "thao-luan-chung") as { id: number };
        const slug = slugify(options.title);
        const threadId = Number(
          db
            .prepare(
              `INSERT INTO "Thread" ("categoryId", "authorId", "title", "slug", "kind", "lead", "publishedAt", "lastPostAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(
              category.id,
              options.authorId,
              options.title,
              slug,
              options.article ? "article" : "discussion",
              options.article?.lead ?? null,
              options.article ? iso(options.article.publishedAt) : null,
              at,
              at,
              at,
            ).lastInsertRowid,
        );
        const html = renderMarkdown(options.body);
        const postId = Number(
          db
            .prepare(`INSERT INTO "Post" ("threadId", "authorId", "number", "format", "source", "html", "status", "createdAt", "updatedAt") VALUES (?, ?, 1, 'markdown', ?, ?, 'visible', ?, ?)`)
            .run(threadId, options.authorId, options.body, html, at, at).lastInsertRowid,
        );
        db.prepare(`UPDATE "Category" SET "threadCount" = "threadCount" + 1 WHERE "id" = ?`).run(category.id);
        db.prepare(`UPDATE "User" SET "postCount" = "postCount" + 1 WHERE "id" = ?`).run(options.authorId);
        index(postId, { number: 1, source: options.body, html }, { title: options.title, lead: options.article?.lead ?? null });
        return { threadId, postId, slug, path: `/threads/${slug}.${threadId}` };
      })();
    },

    addReply(options: { threadId: number; authorId: number; text: string; status?: "visible" | "hidden" | "pending" | "deleted"; createdAt?: Date }): number {
      return db.transaction(() => {
        const status = options.status ?? "visible";
        const at = iso(options.createdAt ?? new Date());
        const thread = db.prepare(`SELECT "title", "lead", "lastNumber" FROM "Thread" WHERE "id" = ?`).get(options.threadId) as {
          title: string;
          lead: string | null;
          lastNumber: number;
        };
        const number = thread.lastNumber + 1;
        const visible = status === "visible" ? 1 : 0;
        db
          .prepare(
            `UPDATE "Thread" SET "lastNumber" = ?, "replyCount" = "replyCount" + ?, "lastPostAt" = CASE WHEN ? = 1 AND ? > "lastPostAt" THEN ? ELSE "lastPostAt" END WHERE "id" = ?`,
          )
          .run(number, visible, visible, at, at, options.threadId);
        const html = renderMarkdown(options.text);
        const postId = Number(
          db
            .prepare(
              `INSERT INTO "Post" ("threadId", "authorId", "number", "format", "source", "html", "status", "statusReason", "createdAt", "updatedAt") VALUES (?, ?, ?, 'markdown', ?, ?, ?, ?, ?, ?)`,
            )
            .run(options.threadId, options.authorId, number, options.text, html, status, status === "hidden" ? "Thử nghiệm" : null, at, at).lastInsertRowid,
        );
        if (visible) db.prepare(`UPDATE "User" SET "postCount" = "postCount" + 1 WHERE "id" = ?`).run(options.authorId);
        index(postId, { number, source: options.text, html }, thread);
        return postId;
      })();
    },
  };
}

/** A word no other test writes: letters only, so it is one search term. */
export function uniqueWord(prefix = "tu"): string {
  let s = "";
  for (let i = 0; i < 8; i++) s += String.fromCharCode(97 + Math.floor(Math.random() * 26));
  return `${prefix}${s}`;
}
