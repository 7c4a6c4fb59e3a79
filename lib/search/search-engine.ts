/**
 * The search module's contract. Everything provider-specific (SQLite FTS5
 * today, PostgreSQL later) lives behind this interface; callers — the post
 * writers, the search page, the rebuild command — only see these functions.
 *
 * Keeping the index in step: every code path that creates, edits, hides,
 * restores, soft-deletes or purges a post, or renames a thread, calls the
 * matching function with its own transaction client, so the index commits or
 * rolls back with the change itself.
 */
import type { Db } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "./parse-query";

/** The Prisma client or the transaction client of the change being made. */
export type SearchDb = Db | Prisma.TransactionClient;

export type PostStatus = "visible" | "pending" | "hidden" | "deleted";
export const PUBLIC_STATUSES: readonly PostStatus[] = ["visible"];
export const ALL_STATUSES: readonly PostStatus[] = ["visible", "pending", "hidden", "deleted"];

export type SearchFilters = {
  /** Which post statuses may be returned; guests and members get PUBLIC_STATUSES. */
  statuses: readonly PostStatus[];
  /**
   * Only posts of threads readers can see (Thread.status visible): a thread
   * hidden by a moderator or awaiting approval hides its replies from search too.
   */
  visibleThreadsOnly?: boolean;
  threadId?: number;
  authorId?: number;
  /** Only posts written at or after this instant. */
  since?: Date;
};

export type SearchRequest = {
  query: SearchQuery;
  filters: SearchFilters;
  /**
   * 1-based. Without a cursor the page is found by reading the pages before
   * it (the page jump); with one, `page` is only the number shown.
   */
  page: number;
  perPage: number;
  /** The page starts just after this result (a "next" link: keyset, no offset). */
  after?: RankKey;
  /** The page ends just before this result (a "previous" link). */
  before?: RankKey;
};

/**
 * A result's place in the order (see MatchTier): its tier, then newest
 * first by date, then by id — the key a page link carries, so page N + 1
 * is "the results after this one", read from that point whatever N is.
 */
export type RankKey = { tier: MatchTier; createdAt: Date; id: number };

/**
 * How a hit matched, best first: the query's exact accents in the title, in
 * the text; then without accents, the words together in the title, in the
 * text; then every word somewhere in the title, in the text.
 */
export const MatchTier = {
  ExactTitle: 0,
  ExactText: 1,
  PhraseTitle: 2,
  PhraseText: 3,
  WordsTitle: 4,
  WordsText: 5,
} as const;
export type MatchTier = (typeof MatchTier)[keyof typeof MatchTier];

export type SearchHit = { postId: number; tier: MatchTier; createdAt: Date };

export type SearchHits = {
  hits: SearchHit[];
  /** The page's number, corrected when a "previous" link reached the first page early. */
  page: number;
  /**
   * The keys of the pages around this one, for their links: `before[0]`
   * opens page − 1 (the results before this page's first), `before[1]`
   * page − 2; `after[0]` opens page + 1, `after[1]` page + 2. Only the
   * pages that exist are listed.
   */
  around: { before: RankKey[]; after: RankKey[] };
  /** Matching posts, counted up to `countLimit`. */
  total: number;
  /** True when there are more than `total` matches (the count stopped). */
  totalIsLowerBound: boolean;
};

import type { IndexablePost } from "./search-document";

/** One tier read from a point, in either direction (lib/search/ranked-pages.ts puts tiers together). */
export type TierRead = {
  tier: MatchTier;
  /** forward: the order of the results (newest first); backward: its reverse. */
  direction: "forward" | "backward";
  /** Exclusive: rows strictly after it in the direction read. */
  from?: { createdAt: Date; id: number };
  limit: number;
  /** The tier's size as tierSize counted it (null: not counted), for the engine's choice of plan. */
  size: number | null;
};

/** Counts an engine keeps for the rest of one search (tiers may share one), by a key of its own. */
export type SearchMemo = Map<string, Promise<number>>;

/** What an engine provides to page through ranked results (lib/search/ranked-pages.ts). */
export interface RankedReader {
  /** The tiers this query can have (one word: no "every word" tiers). */
  tiers(query: SearchQuery): MatchTier[];
  /** Matches counted up to countLimit + 1. */
  count(db: SearchDb, query: SearchQuery, filters: SearchFilters, countLimit: number): Promise<number>;
  /**
   * How many posts the tier holds before filters, the better tiers' matches
   * left out, counted up to a bound of the engine's (null: the engine does
   * not count this tier). 0 means the tier is empty and is not read: the
   * lower tiers of a word typed with its accents are usually its own
   * matches minus a better tier's — nothing — and reading one was walking
   * every post to find none (the last page of a search, 412 ms).
   */
  tierSize(db: SearchDb, query: SearchQuery, filters: SearchFilters, tier: MatchTier, memo: SearchMemo): Promise<number | null>;
  /** Up to `limit` posts of one tier, in the direction asked, with their dates. */
  readTier(db: SearchDb, query: SearchQuery, filters: SearchFilters, read: TierRead): Promise<{ id: number; createdAt: Date }[]>;
}

export interface SearchEngine {
  /** Writes or rewrites one post's entry (a no-op removal when the post is gone). */
  indexPost(tx: SearchDb, postId: number): Promise<void>;
  /**
   * Writes the entry of a post created in this same transaction, from the
   * data the caller just wrote: nothing to read back or remove. Posting a
   * reply holds the database's write lock while it runs, so every statement
   * saved there is throughput (see lib/forum/create-reply.ts).
   */
  indexNewPost(tx: SearchDb, post: IndexablePost & { id: number }): Promise<void>;
  /** After a thread's title or lead changes: rewrites its opening post's entry. */
  indexThread(tx: SearchDb, threadId: number): Promise<void>;
  /** Drops a post's entry (a purged post). */
  removePost(tx: SearchDb, postId: number): Promise<void>;
  /** One page of hits, best first, then newest first, and the keys of the pages around it. Never throws on user input. */
  search(db: SearchDb, request: SearchRequest, countLimit: number): Promise<SearchHits>;
  /** Rebuilds the whole index from the posts, in one transaction. */
  rebuild(db: Db, onProgress?: (indexed: number, total: number) => void): Promise<{ indexed: number }>;
  /** Whether the index holds no entry at all (a database from before the index). */
  isEmpty(db: SearchDb): Promise<boolean>;
  /** Posts missing from the index and index entries without a post. */
  check(db: SearchDb): Promise<{ posts: number; entries: number; missing: number[]; orphaned: number[] }>;
}
