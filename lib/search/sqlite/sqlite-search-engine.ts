/**
 * The search engine on SQLite FTS5. All SQL specific to FTS5 lives in this
 * file; the tables are created by the migration "search_index":
 *
 *   post_search_title   T  title (as written), title_folded — opening posts only
 *   post_search_text    E  body as written (lower-case, accents kept)
 *   post_search_folded  F  body folded (no diacritics, đ → d)
 *
 * rowid is the post id everywhere. The tokenizer keeps diacritics, so a query
 * on T.title or E matches the reader's exact accents, and a query on
 * T.title_folded or F matches whatever accents they typed or left out.
 * Post status is not in the index: every post is indexed and the status is
 * filtered through the join with "Post", so hiding or restoring a post can
 * never leave a stale visibility behind.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import type { SearchQuery } from "../parse-query";
import { REBUILD_BATCH, indexableSelect, searchColumnsFor, searchDocumentFor, type IndexablePost } from "../search-document";
import { MatchTier, type SearchDb, type SearchEngine, type SearchHit, type SearchHits, type SearchRequest } from "../search-engine";
import { FTS_FOLDED, FTS_TEXT, FTS_TITLE } from "./fts-schema";
import { indexOpeningPost } from "../index-opening-post";

const T = Prisma.raw(FTS_TITLE);
const E = Prisma.raw(FTS_TEXT);
const F = Prisma.raw(FTS_FOLDED);

/** Posts read per tier before sorting by date (see search()). */
const RECENT_WINDOW = 5_000;


/**
 * FTS5 query strings built from the parsed words. Every word is wrapped in
 * double quotes, which makes it a plain string to FTS5 (never an operator or
 * a column name); parse-query only lets letters, digits and marks into a
 * word, so a word can never close its own quotes.
 */
export function ftsExpressions(query: SearchQuery) {
  const quote = (word: string) => `"${word.replaceAll('"', "")}"`;
  const phrase = quote(query.terms.join(" "));
  const foldedPhrase = quote(query.foldedTerms.join(" "));
  const allWords = `(${query.foldedTerms.map(quote).join(" AND ")})`;
  return {
    /** Title, the query's exact accents, words together. */
    titleExact: `title : ${phrase}`,
    titlePhrase: `title_folded : ${foldedPhrase}`,
    titleWords: `title_folded : ${allWords}`,
    /** Text (E), exact accents, words together. */
    textExact: phrase,
    /** Folded text (F). */
    foldedPhrase,
    foldedWords: allWords,
  };
}

type TierQuery = { tier: MatchTier; table: Prisma.Sql; match: string; exclude: Prisma.Sql[] };

/**
 * How each tier is read: a MATCH on one table, minus the posts that reach a
 * better tier. Exclusions within a table are FTS5's own NOT; across tables
 * they are id lists, built (once per statement) only when the tier is read —
 * which happens only when the better tiers did not fill the page.
 */
function tierQueries(query: SearchQuery): TierQuery[] {
  const x = ftsExpressions(query);
  const ids = (table: Prisma.Sql, match: string) => Prisma.sql`SELECT rowid FROM ${table} WHERE ${table} MATCH ${match}`;
  const titleExact = ids(T, x.titleExact);
  const textExact = ids(E, x.textExact);
  const titlePhrase = ids(T, x.titlePhrase);
  const foldedPhrase = ids(F, x.foldedPhrase);
  const titleWords = ids(T, x.titleWords);
  const tiers: TierQuery[] = [
    { tier: MatchTier.ExactTitle, table: T, match: x.titleExact, exclude: [] },
    { tier: MatchTier.ExactText, table: E, match: x.textExact, exclude: [titleExact] },
    { tier: MatchTier.PhraseTitle, table: T, match: `(${x.titlePhrase}) NOT (${x.titleExact})`, exclude: [textExact] },
    { tier: MatchTier.PhraseText, table: F, match: x.foldedPhrase, exclude: [textExact, titlePhrase] },
    { tier: MatchTier.WordsTitle, table: T, match: `(${x.titleWords}) NOT (${x.titlePhrase})`, exclude: [textExact, foldedPhrase] },
    { tier: MatchTier.WordsText, table: F, match: `${x.foldedWords} NOT ${x.foldedPhrase}`, exclude: [textExact, titleWords] },
  ];
  // One word is its own phrase: the "every word" tiers would be empty.
  return query.foldedTerms.length > 1 ? tiers : tiers.filter((t) => t.tier < MatchTier.WordsTitle);
}

async function removePost(tx: SearchDb, postId: number): Promise<void> {
  await tx.$executeRaw`DELETE FROM ${T} WHERE rowid = ${postId}`;
  await tx.$executeRaw`DELETE FROM ${E} WHERE rowid = ${postId}`;
  await tx.$executeRaw`DELETE FROM ${F} WHERE rowid = ${postId}`;
}

async function writeEntry(tx: SearchDb, post: IndexablePost & { id: number }): Promise<void> {
  const c = searchColumnsFor(searchDocumentFor(post));
  if (post.number === 1) await tx.$executeRaw`INSERT INTO ${T} (rowid, title, title_folded) VALUES (${post.id}, ${c.title}, ${c.titleFolded})`;
  await tx.$executeRaw`INSERT INTO ${E} (rowid, body) VALUES (${post.id}, ${c.body})`;
  await tx.$executeRaw`INSERT INTO ${F} (rowid, body) VALUES (${post.id}, ${c.bodyFolded})`;
}

async function indexPost(tx: SearchDb, postId: number): Promise<void> {
  const post = await tx.post.findUnique({ where: { id: postId }, select: indexableSelect });
  await removePost(tx, postId);
  if (post) await writeEntry(tx, post);
}

export const sqliteSearchEngine: SearchEngine = {
  indexPost,
  removePost,
  indexNewPost: writeEntry,

  indexThread: (tx, threadId) => indexOpeningPost(tx, threadId, indexPost),

  async search(db: SearchDb, request: SearchRequest, countLimit: number): Promise<SearchHits> {
    const { filters, query } = request;
    // Two plans (CROSS JOIN fixes SQLite's join order to the one written).
    // Forum-wide, FTS5 drives: it yields matches newest-posted
    // first and stops early. Within one thread or one member's posts, "Post"
    // drives through its (threadId, …) or (authorId, createdAt) index and the
    // matches are an id list to probe — reading a common word's every match
    // only to throw most away would be far slower. The unary + keeps SQLite
    // from choosing the status index instead.
    const narrow = filters.threadId !== undefined || filters.authorId !== undefined;
    const statuses = Prisma.join([...filters.statuses]);
    const conditions: Prisma.Sql[] = [narrow ? Prisma.sql`+p."status" IN (${statuses})` : Prisma.sql`p."status" IN (${statuses})`];
    if (filters.threadId !== undefined) conditions.push(Prisma.sql`p."threadId" = ${filters.threadId}`);
    if (filters.authorId !== undefined) conditions.push(Prisma.sql`p."authorId" = ${filters.authorId}`);
    if (filters.since !== undefined) conditions.push(Prisma.sql`p."createdAt" >= ${filters.since}`);
    // One primary-key probe per candidate post.
    if (filters.visibleThreadsOnly) conditions.push(Prisma.sql`(SELECT t."status" FROM "Thread" t WHERE t."id" = p."threadId") = 'visible'`);
    const where = Prisma.join(conditions, " AND ");
    const ids = (table: Prisma.Sql, match: string) => Prisma.sql`SELECT rowid FROM ${table} WHERE ${table} MATCH ${match}`;

    // Counted first: every match has all the words in its folded text or its
    // title. The count stops at countLimit (a common word's every match is
    // never counted); titles are added only while the text count is below it.
    // No match, no tier is read.
    const x = ftsExpressions(query);
    const [text] = narrow
      ? await db.$queryRaw<{ n: number | bigint }[]>`
          SELECT count(*) AS n FROM (
            SELECT 1 FROM "Post" p WHERE ${where} AND +p."id" IN (${ids(F, x.foldedWords)})
            LIMIT ${countLimit + 1})`
      : await db.$queryRaw<{ n: number | bigint }[]>`
          SELECT count(*) AS n FROM (
            SELECT 1 FROM ${F} CROSS JOIN "Post" p ON p."id" = ${F}.rowid
            WHERE ${F} MATCH ${x.foldedWords} AND ${where}
            LIMIT ${countLimit + 1})`;
    let total = Number(text.n);
    if (total <= countLimit) {
      // Titles are few: read them from their own table and probe the folded
      // text of each one, rather than listing a common word's every post.
      const [titles] = await db.$queryRaw<{ n: number | bigint }[]>`
        SELECT count(*) AS n FROM ${T} CROSS JOIN "Post" p ON p."id" = ${T}.rowid
        WHERE ${T} MATCH ${x.titleWords} AND ${where}
          AND NOT EXISTS (SELECT 1 FROM ${F} f WHERE f.${F} MATCH ${x.foldedWords} AND f.rowid = p."id")`;
      total += Number(titles.n);
    }
    // Best tier first; within a tier, newest first by date. Forum-wide, FTS5
    // hands each tier's posts over newest-posted first (rowid order) and stops
    // after RECENT_WINDOW of them, which are then sorted by date: a common
    // word's hundred thousand matches are never all read. Post ids follow
    // posting order, so the window holds the newest posts by date too —
    // exactly, unless thousands of posts were imported with older dates; it
    // is five times the most results a search ever shows.
    const wanted = request.page * request.perPage;
    const ranked: SearchHit[] = [];
    // Read no further than the page, nor past the last match.
    const reachable = Math.min(wanted, total);
    for (const { tier, table, match, exclude } of tierQueries(query)) {
      if (ranked.length >= reachable) break;
      const tierWhere = Prisma.join([where, ...exclude.map((list) => Prisma.sql`p."id" NOT IN (${list})`)], " AND ");
      const need = wanted - ranked.length;
      const rows = narrow
        ? await db.$queryRaw<{ id: number | bigint }[]>`
            SELECT p."id" AS id FROM "Post" p
            WHERE ${tierWhere} AND +p."id" IN (${ids(table, match)})
            ORDER BY p."createdAt" DESC, p."id" DESC
            LIMIT ${need}`
        : await db.$queryRaw<{ id: number | bigint }[]>`
            SELECT id FROM (
              SELECT p."id" AS id, p."createdAt" AS createdAt FROM ${table} CROSS JOIN "Post" p ON p."id" = ${table}.rowid
              WHERE ${table} MATCH ${match} AND ${tierWhere}
              ORDER BY ${table}.rowid DESC
              LIMIT ${Math.max(RECENT_WINDOW, countLimit)})
            ORDER BY createdAt DESC, id DESC
            LIMIT ${need}`;
      for (const row of rows) ranked.push({ postId: Number(row.id), tier });
    }

    return {
      hits: ranked.slice((request.page - 1) * request.perPage),
      total: Math.min(total, countLimit),
      totalIsLowerBound: total > countLimit,
    };
  },

  async rebuild(db: Db, onProgress) {
    const total = await db.post.count();
    return db.$transaction(
      async (tx) => {
        for (const table of [T, E, F]) await tx.$executeRaw`INSERT INTO ${table} (${table}) VALUES ('delete-all')`;
        let indexed = 0;
        let after = 0;
        for (;;) {
          const posts = await tx.post.findMany({
            where: { id: { gt: after } },
            orderBy: { id: "asc" },
            take: REBUILD_BATCH,
            select: indexableSelect,
          });
          if (posts.length === 0) break;
          // One multi-row INSERT per table and batch: a handful of parameters
          // a row, far below SQLite's limit of 32 766.
          const rows = posts.map((post) => ({ post, c: searchColumnsFor(searchDocumentFor(post)) }));
          const titles = rows.filter((r) => r.post.number === 1).map(({ post, c }) => Prisma.sql`(${post.id}, ${c.title}, ${c.titleFolded})`);
          if (titles.length > 0) await tx.$executeRaw`INSERT INTO ${T} (rowid, title, title_folded) VALUES ${Prisma.join(titles)}`;
          await tx.$executeRaw`INSERT INTO ${E} (rowid, body) VALUES ${Prisma.join(rows.map(({ post, c }) => Prisma.sql`(${post.id}, ${c.body})`))}`;
          await tx.$executeRaw`INSERT INTO ${F} (rowid, body) VALUES ${Prisma.join(rows.map(({ post, c }) => Prisma.sql`(${post.id}, ${c.bodyFolded})`))}`;
          indexed += posts.length;
          after = posts[posts.length - 1].id;
          onProgress?.(indexed, total);
        }
        // Merge each index's segments once, now that nothing else is writing.
        for (const table of [T, E, F]) await tx.$executeRaw`INSERT INTO ${table} (${table}) VALUES ('optimize')`;
        return { indexed };
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  },

  async isEmpty(db) {
    const rows = await db.$queryRaw<unknown[]>`SELECT rowid FROM ${F} LIMIT 1`;
    return rows.length === 0;
  },

  async check(db) {
    const [counts] = await db.$queryRaw<{ posts: number | bigint; entries: number | bigint }[]>`
      SELECT (SELECT count(*) FROM "Post") AS posts, (SELECT count(*) FROM ${F}) AS entries`;
    // A post is missing if either text table lacks it, or it opens a thread
    // and has no title entry; an entry is orphaned if its post is gone (or a
    // title entry sits on a reply).
    const missing = await db.$queryRaw<{ id: number | bigint }[]>`
      SELECT "id" AS id FROM "Post"
      WHERE "id" NOT IN (SELECT rowid FROM ${E}) OR "id" NOT IN (SELECT rowid FROM ${F})
         OR ("number" = 1 AND "id" NOT IN (SELECT rowid FROM ${T}))
      ORDER BY "id" LIMIT 100`;
    const orphaned = await db.$queryRaw<{ id: number | bigint }[]>`
      SELECT id FROM (
        SELECT rowid AS id FROM ${E} WHERE rowid NOT IN (SELECT "id" FROM "Post")
        UNION SELECT rowid FROM ${F} WHERE rowid NOT IN (SELECT "id" FROM "Post")
        UNION SELECT rowid FROM ${T} WHERE rowid NOT IN (SELECT "id" FROM "Post" WHERE "number" = 1))
      ORDER BY id LIMIT 100`;
    return {
      posts: Number(counts.posts),
      entries: Number(counts.entries),
      missing: missing.map((r) => Number(r.id)),
      orphaned: orphaned.map((r) => Number(r.id)),
    };
  },
};
