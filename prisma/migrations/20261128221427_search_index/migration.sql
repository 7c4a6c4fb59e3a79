-- Full-text search index over posts (lib/search/sqlite). Prisma's schema
-- cannot describe virtual tables; prisma.config.ts lists these tables and
-- their shadow tables as external so Prisma neither diffs nor drops them.
--
-- Three FTS5 tables, rowid = Post.id, each holding only what its queries
-- need, so a common word's list of posts in one never slows a query on
-- another (FTS5 keeps one list per word per table, whatever the column):
--   post_search_title   the thread's title, on its opening post only: as
--                       written and folded (small: one row per thread)
--   post_search_text    every post's text as written (lower-case, accents kept)
--   post_search_folded  every post's text folded: no diacritics, đ → d
-- Folding is done in the application (lib/slug.ts), so the tokenizer must not
-- strip diacritics itself. Contentless (content=''): the text lives in "Post";
-- contentless_delete=1 lets a post's row be deleted or replaced.
CREATE VIRTUAL TABLE "post_search_title" USING fts5(
    title,
    title_folded,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE VIRTUAL TABLE "post_search_text" USING fts5(
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE VIRTUAL TABLE "post_search_folded" USING fts5(
    body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- A purged post (or every post of a deleted thread, by cascade) leaves the
-- index in the same statement, whatever code deleted it.
CREATE TRIGGER "post_search_after_post_delete" AFTER DELETE ON "Post" BEGIN
    DELETE FROM "post_search_title" WHERE rowid = OLD."id";
    DELETE FROM "post_search_text" WHERE rowid = OLD."id";
    DELETE FROM "post_search_folded" WHERE rowid = OLD."id";
END;

-- Posts that exist before this migration are indexed when the database is next
-- prepared (scripts/prepare-db.ts fills an empty index), or by
-- `npm run search:rebuild`.
