-- Full-text search index over posts (lib/search/sqlite). Prisma's schema
-- cannot describe virtual tables; prisma.config.ts lists this table and its
-- shadow tables as external so Prisma neither diffs nor drops them.
--
-- One row per post, rowid = Post.id. Contentless (content=''): the text lives
-- in "Post"; the index keeps only what it needs to match, and
-- contentless_delete=1 lets a post's row be deleted or replaced.
-- title / body: lower-case text as written, matched with its accents.
-- title_folded / body_folded: the same without diacritics (đ → d), for queries
-- typed without accents. Folding is done in the application (lib/slug.ts), so
-- the tokenizer must not strip diacritics itself.
CREATE VIRTUAL TABLE "post_search" USING fts5(
    title,
    body,
    title_folded,
    body_folded,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- A purged post (or every post of a deleted thread, by cascade) leaves the
-- index in the same statement, whatever code deleted it.
CREATE TRIGGER "post_search_after_post_delete" AFTER DELETE ON "Post" BEGIN
    DELETE FROM "post_search" WHERE rowid = OLD."id";
END;

-- Posts that exist before this migration are indexed by `npm run search:rebuild`
-- (run automatically by scripts/prepare-db.ts when the index is empty).
