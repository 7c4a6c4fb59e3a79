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
import { MatchTier, type RankedReader, type SearchDb, type SearchEngine, type SearchFilters, type SearchHits, type SearchMemo, type SearchRequest, type TierRead } from "../search-engine";
import { rankedSearch } from "../ranked-pages";
import { FTS_FOLDED, FTS_TEXT, FTS_TITLE } from "./fts-schema";
import { indexOpeningPost } from "../index-opening-post";

const T = Prisma.raw(FTS_TITLE);
const E = Prisma.raw(FTS_TEXT);
const F = Prisma.raw(FTS_FOLDED);


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

/** A better tier's matches, left out of a worse one: one MATCH on one table. */
type Match = { table: Prisma.Sql; match: string };
type TierQuery = Match & {
  tier: MatchTier;
  exclude: Match[];
  /**
   * Every post of this tier is among `own`'s matches and not among
   * `better`'s, and `better`'s are all among `own`'s: when both count alike
   * the tier is empty. Folding keeps each word's place, so the exact text's
   * matches are all in the folded text's, and an exact title's in the
   * folded title's (lower tiers only).
   */
  within?: { own: Match; better: Match };
};

/**
 * How each tier is read: a MATCH on one table, minus the posts that reach a
 * better tier. Exclusions within a table are FTS5's own NOT; across tables
 * they are MATCHes on the other tables, checked per candidate post.
 */
function tierQueries(query: SearchQuery): TierQuery[] {
  const x = ftsExpressions(query);
  const titleExact = { table: T, match: x.titleExact };
  const textExact = { table: E, match: x.textExact };
  const titlePhrase = { table: T, match: x.titlePhrase };
  const foldedPhrase = { table: F, match: x.foldedPhrase };
  const titleWords = { table: T, match: x.titleWords };
  const foldedWords = { table: F, match: x.foldedWords };
  const textWithin = { own: foldedWords, better: textExact };
  const titleWithin = { own: titleWords, better: titleExact };
  const tiers: TierQuery[] = [
    { tier: MatchTier.ExactTitle, ...titleExact, exclude: [] },
    { tier: MatchTier.ExactText, ...textExact, exclude: [titleExact] },
    { tier: MatchTier.PhraseTitle, table: T, match: `(${x.titlePhrase}) NOT (${x.titleExact})`, exclude: [textExact], within: titleWithin },
    { tier: MatchTier.PhraseText, ...foldedPhrase, exclude: [textExact, titlePhrase], within: textWithin },
    { tier: MatchTier.WordsTitle, table: T, match: `(${x.titleWords}) NOT (${x.titlePhrase})`, exclude: [textExact, foldedPhrase], within: titleWithin },
    { tier: MatchTier.WordsText, table: F, match: `${x.foldedWords} NOT ${x.foldedPhrase}`, exclude: [textExact, titleWords], within: textWithin },
  ];
  // One word is its own phrase: the "every word" tiers would be empty.
  return query.foldedTerms.length > 1 ? tiers : tiers.filter((t) => t.tier < MatchTier.WordsTitle);
}

/**
 * A tier with more matches than this (in its own table, before filters) is
 * read by walking "Post" in result order and checking each post against the
 * index; one with fewer is read from the index and sorted. Measured on the
 * 202 000-post benchmark database: sorting the 124 000 matches of "khong"
 * took 120 ms, walking to its first 21 took 0.2 ms; walking for "khinh khi
 * cau" (539 matches) took 280 ms, sorting them 1.5 ms. (An object so the
 * tests can send every tier down either plan.)
 */
export const tierPlans = { sortAtMost: 5_000 };

/** The ids of the posts that match `m`, as a list (in IN / NOT IN: built once per statement). */
const idsOf = (m: Match) => Prisma.sql`SELECT rowid FROM ${m.table} WHERE ${m.table} MATCH ${m.match}`;

/** Posts that match `m`, checked for the post `p` (FTS5 seeks the rowid in each word's list). */
const matches = (m: Match) => Prisma.sql`EXISTS (SELECT 1 FROM ${m.table} x WHERE x.${m.table} MATCH ${m.match} AND x.rowid = p."id")`;

/** The filters of a search as SQL on "Post" p. */
function filterSql(filters: SearchFilters, narrow: boolean): Prisma.Sql[] {
  const statuses = Prisma.join([...filters.statuses]);
  const conditions: Prisma.Sql[] = [narrow ? Prisma.sql`+p."status" IN (${statuses})` : Prisma.sql`p."status" IN (${statuses})`];
  if (filters.threadId !== undefined) conditions.push(Prisma.sql`p."threadId" = ${filters.threadId}`);
  if (filters.authorId !== undefined) conditions.push(Prisma.sql`p."authorId" = ${filters.authorId}`);
  if (filters.since !== undefined) conditions.push(Prisma.sql`p."createdAt" >= ${filters.since}`);
  // One primary-key probe per candidate post.
  if (filters.visibleThreadsOnly) conditions.push(Prisma.sql`(SELECT t."status" FROM "Thread" t WHERE t."id" = p."threadId") = 'visible'`);
  return conditions;
}

/** Narrow searches (one thread, one member): "Post" drives through its (threadId, …) or (authorId, createdAt) index. */
const isNarrow = (filters: SearchFilters) => filters.threadId !== undefined || filters.authorId !== undefined;

async function count(db: SearchDb, query: SearchQuery, filters: SearchFilters, countLimit: number): Promise<number> {
  const narrow = isNarrow(filters);
  const where = Prisma.join(filterSql(filters, narrow), " AND ");
  const x = ftsExpressions(query);
  // Every match has all the words in its folded text or its title. The
  // count stops at countLimit (a common word's every match is never
  // counted); titles are added only while the text count is below it.
  const [text] = narrow
    ? await db.$queryRaw<{ n: number | bigint }[]>`
        SELECT count(*) AS n FROM (
          SELECT 1 FROM "Post" p WHERE ${where} AND +p."id" IN (${idsOf({ table: F, match: x.foldedWords })})
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
  return total;
}

/**
 * How many posts a tier holds (up to sortAtMost + 1), before filters, with
 * the better tiers' matches left out — which decides its plan, or that it is
 * not read at all (0). The better tiers are left out as id lists (NOT IN:
 * each list is built once per statement), not probed per post: a lower tier
 * is often its own table's matches minus a better tier's, which for a word
 * typed with its accents is nothing — probing each of "không"'s 124 000
 * folded matches against the exact text took 1.1 s, the lists 50 ms. Narrow
 * searches (one thread or member) are not counted: they read few posts.
 */
async function tierSize(db: SearchDb, query: SearchQuery, filters: SearchFilters, tierId: MatchTier, memo: SearchMemo): Promise<number | null> {
  const tier = tierQueries(query).find((t) => t.tier === tierId);
  if (!tier) return 0;
  if (isNarrow(filters)) return null;
  // Two counts of the index alone, shared by the two text tiers (and the two
  // title ones), instead of the matches checked against a list: 3 ms for
  // 20 000 matches of a word typed with its accents, where each tier took 9.
  if (tier.within) {
    const { own, better } = tier.within;
    const key = `within:${own.match}|${better.match}`;
    if (!memo.has(key)) {
      memo.set(key, (async () => {
        const [row] = await db.$queryRaw<{ own: number | bigint; better: number | bigint }[]>`
          SELECT (SELECT count(*) FROM ${own.table} WHERE ${own.table} MATCH ${own.match}) AS own,
                 (SELECT count(*) FROM ${better.table} WHERE ${better.table} MATCH ${better.match}) AS better`;
        return Number(row.own) - Number(row.better);
      })());
    }
    if ((await memo.get(key)!) <= 0) return 0;
  }
  const left = tier.exclude.map((m) => Prisma.sql`AND ${tier.table}.rowid NOT IN (${idsOf(m)})`);
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT count(*) AS n FROM (
      SELECT 1 FROM ${tier.table} WHERE ${tier.table} MATCH ${tier.match} ${left.length > 0 ? Prisma.join(left, " ") : Prisma.empty}
      LIMIT ${tierPlans.sortAtMost + 1})`;
  return Number(row.n);
}

/**
 * One tier from a key, in either direction. Three plans (CROSS JOIN fixes
 * SQLite's join order to the one written; the unary + keeps it from
 * choosing the status index where another drives):
 * - one thread or member: "Post" drives through that index, the matches are
 *   an id list to probe, and the (few thousand) posts are sorted;
 * - forum-wide, a tier of few matches: FTS5 lists them, they are sorted;
 * - forum-wide, a tier of many: "Post" is walked newest first through
 *   (status, createdAt, id) from the key, each post checked against the
 *   index, until the page is full — a dense tier fills it within a few
 *   hundred posts, on page 1 as on page 5 000.
 */
async function readTier(db: SearchDb, query: SearchQuery, filters: SearchFilters, read: TierRead): Promise<{ id: number; createdAt: Date }[]> {
  const tier = tierQueries(query).find((t) => t.tier === read.tier);
  if (!tier || read.limit <= 0) return [];
  const forward = read.direction === "forward";
  const narrow = isNarrow(filters);
  const conditions = filterSql(filters, narrow);
  if (read.from) {
    conditions.push(forward ? Prisma.sql`(p."createdAt", p."id") < (${read.from.createdAt}, ${read.from.id})` : Prisma.sql`(p."createdAt", p."id") > (${read.from.createdAt}, ${read.from.id})`);
  }
  const order = forward ? Prisma.sql`p."createdAt" DESC, p."id" DESC` : Prisma.sql`p."createdAt" ASC, p."id" ASC`;
  let rows: { id: number | bigint; createdAt: Date | string | number }[];
  if (narrow) {
    const where = Prisma.join([...conditions, ...tier.exclude.map((m) => Prisma.sql`p."id" NOT IN (${idsOf(m)})`)], " AND ");
    rows = await db.$queryRaw`
      SELECT p."id" AS id, p."createdAt" AS createdAt FROM "Post" p
      WHERE ${where} AND +p."id" IN (${idsOf(tier)})
      ORDER BY ${order} LIMIT ${read.limit}`;
  } else {
    const size = read.size ?? (await tierSize(db, query, filters, read.tier, new Map())) ?? 0;
    if (size === 0) return [];
    if (size <= tierPlans.sortAtMost) {
      const where = Prisma.join([...conditions, ...tier.exclude.map((m) => Prisma.sql`${tier.table}.rowid NOT IN (${idsOf(m)})`)], " AND ");
      rows = await db.$queryRaw`
        SELECT p."id" AS id, p."createdAt" AS createdAt FROM ${tier.table} CROSS JOIN "Post" p ON p."id" = ${tier.table}.rowid
        WHERE ${tier.table} MATCH ${tier.match} AND ${where}
        ORDER BY ${order} LIMIT ${read.limit}`;
    } else {
      const excluded = tier.exclude.map((m) => Prisma.sql`NOT ${matches(m)}`);
      const where = Prisma.join([...conditions, matches(tier), ...excluded], " AND ");
      rows = await db.$queryRaw`
        SELECT p."id" AS id, p."createdAt" AS createdAt FROM "Post" p
        WHERE ${where}
        ORDER BY ${order} LIMIT ${read.limit}`;
    }
  }
  return rows.map((row) => ({ id: Number(row.id), createdAt: new Date(row.createdAt) }));
}

const reader: RankedReader = { tiers: (query) => tierQueries(query).map((t) => t.tier), count, tierSize, readTier };

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

  search: (db: SearchDb, request: SearchRequest, countLimit: number): Promise<SearchHits> => rankedSearch(reader, db, request, countLimit),

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
