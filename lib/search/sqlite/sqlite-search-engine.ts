/**
 * The search engine on SQLite FTS5. All SQL specific to FTS5 lives in this
 * file; the table is created by the migration "search_index".
 *
 * One index row per post (rowid = post id), four columns: the title and text
 * as written (lower-case) and folded. The tokenizer keeps diacritics, so a
 * query against the first two matches the reader's exact accents, and a query
 * against the folded two matches whatever accents they typed or left out.
 * Post status is not in the index: every post is indexed and the status is
 * filtered through the join with "Post", so hiding or restoring a post can
 * never leave a stale visibility behind.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import type { SearchQuery } from "../parse-query";
import { searchColumnsFor, searchDocumentFor, type IndexablePost } from "../search-document";
import { MatchTier, type SearchDb, type SearchEngine, type SearchHit, type SearchHits, type SearchRequest } from "../search-engine";
import { FTS_TABLE } from "./fts-schema";

const REBUILD_BATCH = 500;

const indexableSelect = {
  id: true,
  number: true,
  format: true,
  source: true,
  html: true,
  thread: { select: { title: true, lead: true } },
} as const;

/**
 * FTS5 query strings built from the parsed words. Every word is wrapped in
 * double quotes, which makes it a plain string to FTS5 (never an operator or
 * a column name); parse-query only lets letters, digits and marks into a
 * word, so a word can never close its own quotes.
 *
 * One expression per match tier, each excluding the better tiers with NOT, so
 * FTS5 itself hands over each tier's posts newest first (by rowid, descending)
 * and a page is read without touching the rest of the matches.
 */
export function ftsExpressions(query: SearchQuery) {
  const quote = (word: string) => `"${word.replaceAll('"', "")}"`;
  const phrase = quote(query.terms.join(" "));
  const foldedPhrase = quote(query.foldedTerms.join(" "));
  const allWords = `(${query.foldedTerms.map(quote).join(" AND ")})`;

  const exactTitle = `(title : ${phrase})`;
  const exactText = `({title body} : ${phrase})`;
  const phraseTitle = `(title_folded : ${foldedPhrase})`;
  const phraseText = `({title_folded body_folded} : ${foldedPhrase})`;
  const wordsTitle = `(title_folded : ${allWords})`;
  const wordsText = `({title_folded body_folded} : ${allWords})`;

  // Each tier's set, minus every better tier. Exact-title hits are a subset
  // of exact-text hits, and folded-phrase-title of folded-phrase-text, which
  // keeps the exclusions short.
  const tiers: Record<MatchTier, string> = {
    [MatchTier.ExactTitle]: exactTitle,
    [MatchTier.ExactText]: `${exactText} NOT ${exactTitle}`,
    [MatchTier.PhraseTitle]: `${phraseTitle} NOT ${exactText}`,
    [MatchTier.PhraseText]: `${phraseText} NOT (${exactText} OR ${phraseTitle})`,
    [MatchTier.WordsTitle]: `${wordsTitle} NOT (${exactText} OR ${phraseText})`,
    [MatchTier.WordsText]: `${wordsText} NOT (${exactText} OR ${phraseText} OR ${wordsTitle})`,
  };
  return { tiers, any: `${wordsText} OR ${exactText}` };
}

const TIER_ORDER: MatchTier[] = [
  MatchTier.ExactTitle,
  MatchTier.ExactText,
  MatchTier.PhraseTitle,
  MatchTier.PhraseText,
  MatchTier.WordsTitle,
  MatchTier.WordsText,
];

async function writeEntry(tx: SearchDb, post: IndexablePost & { id: number }): Promise<void> {
  const c = searchColumnsFor(searchDocumentFor(post));
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(FTS_TABLE)} (rowid, title, body, title_folded, body_folded)
    VALUES (${post.id}, ${c.title}, ${c.body}, ${c.titleFolded}, ${c.bodyFolded})`;
}

async function removePost(tx: SearchDb, postId: number): Promise<void> {
  await tx.$executeRaw`DELETE FROM ${Prisma.raw(FTS_TABLE)} WHERE rowid = ${postId}`;
}

async function indexPost(tx: SearchDb, postId: number): Promise<void> {
  const post = await tx.post.findUnique({ where: { id: postId }, select: indexableSelect });
  await removePost(tx, postId);
  if (post) await writeEntry(tx, post);
}

export const sqliteSearchEngine: SearchEngine = {
  indexPost,
  removePost,

  async indexThread(tx, threadId) {
    const opening = await tx.post.findUnique({ where: { threadId_number: { threadId, number: 1 } }, select: { id: true } });
    if (opening) await indexPost(tx, opening.id);
  },

  async search(db: SearchDb, request: SearchRequest, countLimit: number): Promise<SearchHits> {
    const fts = ftsExpressions(request.query);
    const { filters } = request;
    const conditions: Prisma.Sql[] = [Prisma.sql`p."status" IN (${Prisma.join([...filters.statuses])})`];
    if (filters.threadId !== undefined) conditions.push(Prisma.sql`p."threadId" = ${filters.threadId}`);
    if (filters.authorId !== undefined) conditions.push(Prisma.sql`p."authorId" = ${filters.authorId}`);
    if (filters.since !== undefined) conditions.push(Prisma.sql`p."createdAt" >= ${filters.since}`);
    const where = Prisma.join(conditions, " AND ");
    const table = Prisma.raw(FTS_TABLE);

    // Best tier first; within a tier, newest first. Post ids follow posting
    // order, so rowid order is date order and FTS5 can stop after the page
    // instead of sorting every match of a common word by date.
    const wanted = (request.page - 1) * request.perPage + request.perPage;
    const ranked: SearchHit[] = [];
    for (const tier of TIER_ORDER) {
      if (ranked.length >= wanted) break;
      const rows = await db.$queryRaw<{ id: number | bigint }[]>`
        SELECT p."id" AS id FROM ${table} JOIN "Post" p ON p."id" = ${table}.rowid
        WHERE ${table} MATCH ${fts.tiers[tier]} AND ${where}
        ORDER BY ${table}.rowid DESC
        LIMIT ${wanted - ranked.length}`;
      for (const row of rows) ranked.push({ postId: Number(row.id), tier });
    }

    // Counting every match of a very common word costs as much as reading
    // them all; past countLimit the page says "more than".
    const [{ n }] = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT 1 FROM ${table} JOIN "Post" p ON p."id" = ${table}.rowid
        WHERE ${table} MATCH ${fts.any} AND ${where}
        LIMIT ${countLimit + 1})`;
    const total = Number(n);
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
        await tx.$executeRaw`INSERT INTO ${Prisma.raw(FTS_TABLE)} (${Prisma.raw(FTS_TABLE)}) VALUES ('delete-all')`;
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
          // One multi-row INSERT per batch: 5 parameters a row, far below
          // SQLite's limit of 32 766.
          const values = posts.map((post) => {
            const c = searchColumnsFor(searchDocumentFor(post));
            return Prisma.sql`(${post.id}, ${c.title}, ${c.body}, ${c.titleFolded}, ${c.bodyFolded})`;
          });
          await tx.$executeRaw`INSERT INTO ${Prisma.raw(FTS_TABLE)} (rowid, title, body, title_folded, body_folded)
            VALUES ${Prisma.join(values)}`;
          indexed += posts.length;
          after = posts[posts.length - 1].id;
          onProgress?.(indexed, total);
        }
        // Merge the index's segments once, now that nothing else is writing.
        await tx.$executeRaw`INSERT INTO ${Prisma.raw(FTS_TABLE)} (${Prisma.raw(FTS_TABLE)}) VALUES ('optimize')`;
        return { indexed };
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  },

  async isEmpty(db) {
    const rows = await db.$queryRaw<unknown[]>`SELECT rowid FROM ${Prisma.raw(FTS_TABLE)} LIMIT 1`;
    return rows.length === 0;
  },

  async check(db) {
    const table = Prisma.raw(FTS_TABLE);
    const [counts] = await db.$queryRaw<{ posts: number | bigint; entries: number | bigint }[]>`
      SELECT (SELECT count(*) FROM "Post") AS posts, (SELECT count(*) FROM ${table}) AS entries`;
    const missing = await db.$queryRaw<{ id: number | bigint }[]>`
      SELECT "id" AS id FROM "Post" WHERE "id" NOT IN (SELECT rowid FROM ${table}) ORDER BY "id" LIMIT 100`;
    const orphaned = await db.$queryRaw<{ id: number | bigint }[]>`
      SELECT rowid AS id FROM ${table} WHERE rowid NOT IN (SELECT "id" FROM "Post") ORDER BY rowid LIMIT 100`;
    return {
      posts: Number(counts.posts),
      entries: Number(counts.entries),
      missing: missing.map((r) => Number(r.id)),
      orphaned: orphaned.map((r) => Number(r.id)),
    };
  },
};
