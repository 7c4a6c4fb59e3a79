/**
 * The search engine on PostgreSQL: tsvector + unaccent. All SQL specific to
 * PostgreSQL search lives in this file and in pg-search-schema.ts (the
 * statements that write an entry, shared with the e2e fixtures); the table,
 * the text search configuration "banluan_folded" (simple + unaccent) and the
 * GIN indexes are created by the PostgreSQL migration "search_index".
 *
 * post_search has one row per post (post_id = "Post".id) with four vectors:
 * title_exact / title_folded (opening posts only) and body_exact /
 * body_folded. "exact" keeps the reader's accents; "folded" goes through
 * unaccent on both sides, so "dau tu" finds "đầu tư" and Đ/đ fold to d.
 * Post status is not in the index: it is filtered through the join with
 * "Post", exactly as on SQLite, so hiding a post never leaves a stale entry.
 *
 * Nothing the reader typed becomes tsquery syntax: the parsed words go to
 * plainto_tsquery / phraseto_tsquery as parameters, which read them as text.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db-client";
import type { SearchQuery } from "../parse-query";
import { REBUILD_BATCH, indexableSelect, type IndexablePost } from "../search-document";
import { entriesInsert, entryParams, POST_SEARCH_UPSERT } from "./pg-search-schema";
import { MatchTier, type RankedReader, type SearchDb, type SearchEngine, type SearchFilters, type SearchHits, type SearchRequest } from "../search-engine";
import { rankedSearch } from "../ranked-pages";
import { indexOpeningPost } from "../index-opening-post";


async function writeEntry(tx: SearchDb, post: IndexablePost & { id: number }): Promise<void> {
  await tx.$executeRawUnsafe(POST_SEARCH_UPSERT, ...entryParams(post));
}

async function removePost(tx: SearchDb, postId: number): Promise<void> {
  await tx.$executeRaw`DELETE FROM "post_search" WHERE "post_id" = ${postId}`;
}

async function indexPost(tx: SearchDb, postId: number): Promise<void> {
  const post = await tx.post.findUnique({ where: { id: postId }, select: indexableSelect });
  if (post) await writeEntry(tx, post);
  else await removePost(tx, postId);
}

/** The three queries of the tiers (see MatchTier), built from the parsed words. */
function tsQueries(query: SearchQuery) {
  const typed = query.terms.join(" ");
  return {
    exactPhrase: Prisma.sql`phraseto_tsquery('simple', ${typed}::text)`,
    foldedPhrase: Prisma.sql`phraseto_tsquery('banluan_folded', ${typed}::text)`,
    allWords: Prisma.sql`plainto_tsquery('banluan_folded', ${typed}::text)`,
  };
}

/** The filters of a search as SQL on "Post" p. */
function filterSql(filters: SearchFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [Prisma.sql`p."status" IN (${Prisma.join([...filters.statuses])})`];
  if (filters.threadId !== undefined) conditions.push(Prisma.sql`p."threadId" = ${filters.threadId}`);
  if (filters.authorId !== undefined) conditions.push(Prisma.sql`p."authorId" = ${filters.authorId}`);
  if (filters.since !== undefined) conditions.push(Prisma.sql`p."createdAt" >= ${filters.since}`);
  if (filters.visibleThreadsOnly) conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM "Thread" t WHERE t."id" = p."threadId" AND t."status" = 'visible')`);
  return conditions;
}

/**
 * Each tier as a condition on the entry s: its own match, and none of the
 * better ones'. A title vector is null on replies, hence the coalesce (a
 * NOT of null would drop the row).
 */
function tierConditions(query: SearchQuery): { tier: MatchTier; sql: Prisma.Sql }[] {
  const q = tsQueries(query);
  const m = [
    Prisma.sql`coalesce(s."title_exact" @@ ${q.exactPhrase}, false)`,
    Prisma.sql`coalesce(s."body_exact" @@ ${q.exactPhrase}, false)`,
    Prisma.sql`coalesce(s."title_folded" @@ ${q.foldedPhrase}, false)`,
    Prisma.sql`coalesce(s."body_folded" @@ ${q.foldedPhrase}, false)`,
    Prisma.sql`coalesce(s."title_folded" @@ ${q.allWords}, false)`,
    Prisma.sql`coalesce(s."body_folded" @@ ${q.allWords}, false)`,
  ];
  // The positive match written plainly too, so the GIN index can serve it.
  const own = [
    Prisma.sql`s."title_exact" @@ ${q.exactPhrase}`,
    Prisma.sql`s."body_exact" @@ ${q.exactPhrase}`,
    Prisma.sql`s."title_folded" @@ ${q.foldedPhrase}`,
    Prisma.sql`s."body_folded" @@ ${q.foldedPhrase}`,
    Prisma.sql`s."title_folded" @@ ${q.allWords}`,
    Prisma.sql`s."body_folded" @@ ${q.allWords}`,
  ];
  const tiers = [MatchTier.ExactTitle, MatchTier.ExactText, MatchTier.PhraseTitle, MatchTier.PhraseText, MatchTier.WordsTitle, MatchTier.WordsText]
    .filter((t) => query.foldedTerms.length > 1 || t < MatchTier.WordsTitle)
    .map((t) => ({ tier: t, sql: Prisma.join([own[t], ...m.slice(0, t).map((better) => Prisma.sql`NOT ${better}`)], " AND ") }));
  return tiers;
}

/** The bound up to which a lower tier is counted (any size above it reads as "many"). */
const TIER_COUNT_LIMIT = 5_000;

const reader: RankedReader = {
  tiers: (query) => tierConditions(query).map((t) => t.tier),

  async count(db, query, filters, countLimit) {
    const q = tsQueries(query);
    // Every match has all the words in its folded text or its title (the
    // worst tier); the better tiers are subsets of that.
    const [counted] = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT 1 FROM "post_search" s JOIN "Post" p ON p."id" = s."post_id"
        WHERE (s."body_folded" @@ ${q.allWords} OR s."title_folded" @@ ${q.allWords}) AND ${Prisma.join(filterSql(filters), " AND ")}
        LIMIT ${countLimit + 1}) AS m`;
    return Number(counted.n);
  },

  /**
   * The tiers from PhraseTitle down: their own match minus the better tiers'
   * (a word typed with its accents has its exact matches in ExactText and
   * nothing below), which the planner cannot foresee — it walks "Post" for
   * rows that do not exist (120 ms on the last page of a common word).
   * First, shared by the two text tiers (and the two title ones): every post
   * of theirs has all the words folded and not the exact phrase, and the
   * exact phrase's posts all have the words folded (unaccent keeps each
   * word's place) — when both count alike, they are empty. Otherwise the
   * tier is counted with its exclusions, up to TIER_COUNT_LIMIT. ExactTitle
   * and ExactText are read as they are (the planner sizes them well);
   * narrow searches read few posts.
   */
  async tierSize(db, query, filters, tierId, memo) {
    const tier = tierConditions(query).find((t) => t.tier === tierId);
    if (!tier) return 0;
    if (tierId < MatchTier.PhraseTitle || filters.threadId !== undefined || filters.authorId !== undefined) return null;
    const part = tierId === MatchTier.PhraseTitle || tierId === MatchTier.WordsTitle ? "title" : "body";
    const key = `within:${part}`;
    if (!memo.has(key)) {
      const q = tsQueries(query);
      const folded = Prisma.raw(`"${part}_folded"`);
      const exact = Prisma.raw(`"${part}_exact"`);
      memo.set(key, (async () => {
        const [row] = await db.$queryRaw<{ own: number | bigint; better: number | bigint }[]>`
          SELECT (SELECT count(*) FROM "post_search" s WHERE s.${folded} @@ ${q.allWords}) AS own,
                 (SELECT count(*) FROM "post_search" s WHERE s.${exact} @@ ${q.exactPhrase}) AS better`;
        return Number(row.own) - Number(row.better);
      })());
    }
    if ((await memo.get(key)!) <= 0) return 0;
    const [row] = await db.$queryRaw<{ n: number | bigint }[]>`
      SELECT count(*) AS n FROM (SELECT 1 FROM "post_search" s WHERE ${tier.sql} LIMIT ${TIER_COUNT_LIMIT + 1}) AS m`;
    return Number(row.n);
  },

  // The planner chooses between the GIN index (few matches, sorted) and
  // "Post"(status, createdAt, id) walked from the key with each entry
  // checked (many): the key is a row comparison either can start from.
  async readTier(db, query, filters, read) {
    const tier = tierConditions(query).find((t) => t.tier === read.tier);
    if (!tier || read.limit <= 0) return [];
    const forward = read.direction === "forward";
    const conditions = [tier.sql, ...filterSql(filters)];
    if (read.from) {
      conditions.push(forward ? Prisma.sql`(p."createdAt", p."id") < (${read.from.createdAt}, ${read.from.id})` : Prisma.sql`(p."createdAt", p."id") > (${read.from.createdAt}, ${read.from.id})`);
    }
    const order = forward ? Prisma.sql`p."createdAt" DESC, p."id" DESC` : Prisma.sql`p."createdAt" ASC, p."id" ASC`;
    const rows = await db.$queryRaw<{ id: number | bigint; created: Date | string }[]>`
      SELECT p."id" AS id, p."createdAt" AS created
      FROM "post_search" s JOIN "Post" p ON p."id" = s."post_id"
      WHERE ${Prisma.join(conditions, " AND ")}
      ORDER BY ${order}
      LIMIT ${read.limit}`;
    return rows.map((row) => ({ id: Number(row.id), createdAt: new Date(row.created) }));
  },
};

export const postgresSearchEngine: SearchEngine = {
  indexPost,
  removePost,
  indexNewPost: writeEntry,

  indexThread: (tx, threadId) => indexOpeningPost(tx, threadId, indexPost),

  search: (db: SearchDb, request: SearchRequest, countLimit: number): Promise<SearchHits> => rankedSearch(reader, db, request, countLimit),

  async rebuild(db: Db, onProgress) {
    const total = await db.post.count();
    return db.$transaction(
      async (tx) => {
        await tx.$executeRaw`DELETE FROM "post_search"`;
        let indexed = 0;
        let after = 0;
        for (;;) {
          const posts = await tx.post.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: REBUILD_BATCH, select: indexableSelect });
          if (posts.length === 0) break;
          const batch = entriesInsert(posts);
          await tx.$executeRawUnsafe(batch.sql, ...batch.params);
          indexed += posts.length;
          after = posts[posts.length - 1].id;
          onProgress?.(indexed, total);
        }
        return { indexed };
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  },

  async isEmpty(db) {
    const rows = await db.$queryRaw<unknown[]>`SELECT 1 FROM "post_search" LIMIT 1`;
    return rows.length === 0;
  },

  async check(db) {
    const [counts] = await db.$queryRaw<{ posts: number | bigint; entries: number | bigint }[]>`
      SELECT (SELECT count(*) FROM "Post") AS posts, (SELECT count(*) FROM "post_search") AS entries`;
    // Missing: a post without an entry, or an opening post without its title.
    // Orphaned: a title vector on a reply (the foreign key keeps entries from
    // outliving their post).
    const missing = await db.$queryRaw<{ id: number | bigint }[]>`
      SELECT p."id" AS id FROM "Post" p LEFT JOIN "post_search" s ON s."post_id" = p."id"
      WHERE s."post_id" IS NULL OR (p."number" = 1 AND s."title_folded" IS NULL)
      ORDER BY p."id" LIMIT 100`;
    const orphaned = await db.$queryRaw<{ id: number | bigint }[]>`
      SELECT s."post_id" AS id FROM "post_search" s JOIN "Post" p ON p."id" = s."post_id"
      WHERE p."number" <> 1 AND s."title_folded" IS NOT NULL
      ORDER BY s."post_id" LIMIT 100`;
    return {
      posts: Number(counts.posts),
      entries: Number(counts.entries),
      missing: missing.map((r) => Number(r.id)),
      orphaned: orphaned.map((r) => Number(r.id)),
    };
  },
};
