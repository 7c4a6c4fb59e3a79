-- Full-text search index over posts on PostgreSQL (lib/search/postgresql).
-- Prisma's schema cannot describe tsvector columns: prisma.config.ts lists
-- this table as external so Prisma neither diffs nor drops it.
--
-- One row per post, post_id = "Post".id, four vectors:
--   title_exact / title_folded   the thread's title, on the opening post only
--   body_exact  / body_folded    the post's readable text
-- "exact" keeps the accents as written (configuration simple: lower-case
-- words): "folded" goes through unaccent, so "dau tu" finds "đầu tư", Đ/đ
-- fold to d and decomposed (NFD) input matches too. The text itself lives in
-- "Post": the index holds only the vectors.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TEXT SEARCH CONFIGURATION banluan_folded (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION banluan_folded
    ALTER MAPPING FOR word, numword, hword, numhword, hword_part, hword_numpart
    WITH unaccent, simple;

CREATE TABLE "post_search" (
    "post_id"      INTEGER PRIMARY KEY REFERENCES "Post" ("id") ON DELETE CASCADE,
    "title_exact"  tsvector,
    "title_folded" tsvector,
    "body_exact"   tsvector NOT NULL,
    "body_folded"  tsvector NOT NULL
);
-- A title vector exists on opening posts only: partial indexes stay small.
CREATE INDEX "post_search_title_exact_idx" ON "post_search" USING GIN ("title_exact") WHERE "title_exact" IS NOT NULL;
CREATE INDEX "post_search_title_folded_idx" ON "post_search" USING GIN ("title_folded") WHERE "title_folded" IS NOT NULL;
CREATE INDEX "post_search_body_exact_idx" ON "post_search" USING GIN ("body_exact");
CREATE INDEX "post_search_body_folded_idx" ON "post_search" USING GIN ("body_folded");
