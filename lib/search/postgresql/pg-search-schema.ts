// The SQL that writes one post's entry in "post_search" (migration
// "search_index"), shared by the engine (pg-search-engine.ts) and the e2e
// fixtures that write posts directly (tests/e2e/helpers/forum-db.ts), so both
// index a post exactly alike. The vectors are computed by the database:
// 'simple' keeps the reader's accents, 'banluan_folded' (simple + unaccent)
// folds them.
import { searchColumnsFor, searchDocumentFor, type IndexablePost } from "../search-document";

export const POST_SEARCH_COLUMNS = `"post_id", "title_exact", "title_folded", "body_exact", "body_folded"`;

/** One entry's VALUES tuple, from the placeholders of its three parameters (see entryParams). */
export function entryTuple(id: string, title: string, body: string): string {
  return `(${id}, to_tsvector('simple', ${title}::text), to_tsvector('banluan_folded', ${title}::text), to_tsvector('simple', ${body}::text), to_tsvector('banluan_folded', ${body}::text))`;
}

/** The parameters of one entry: post id, title (opening posts only, else null), text. */
export function entryParams(post: IndexablePost & { id: number }): [number, string | null, string] {
  const c = searchColumnsFor(searchDocumentFor(post));
  return [post.id, post.number === 1 ? c.title : null, c.body];
}

/** Writes (or rewrites) one entry; parameters $1–$3 are entryParams. */
export const POST_SEARCH_UPSERT = `INSERT INTO "post_search" (${POST_SEARCH_COLUMNS})
    VALUES ${entryTuple("$1", "$2", "$3")}
    ON CONFLICT ("post_id") DO UPDATE SET
      "title_exact" = EXCLUDED."title_exact", "title_folded" = EXCLUDED."title_folded",
      "body_exact" = EXCLUDED."body_exact", "body_folded" = EXCLUDED."body_folded"`;

/** Inserts many entries at once (rebuild): the statement and its parameters. */
export function entriesInsert(posts: (IndexablePost & { id: number })[]): { sql: string; params: (number | string | null)[] } {
  const tuples = posts.map((_, i) => entryTuple(`$${3 * i + 1}`, `$${3 * i + 2}`, `$${3 * i + 3}`));
  return { sql: `INSERT INTO "post_search" (${POST_SEARCH_COLUMNS}) VALUES ${tuples.join(", ")}`, params: posts.flatMap(entryParams) };
}
