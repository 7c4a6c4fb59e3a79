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
  /** 1-based. */
  page: number;
  perPage: number;
};

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

export type SearchHit = { postId: number; tier: MatchTier };

export type SearchHits = {
  hits: SearchHit[];
  /** Matching posts, counted up to `countLimit`. */
  total: number;
  /** True when there are more than `total` matches (the count stopped). */
  totalIsLowerBound: boolean;
};

import type { IndexablePost } from "./search-document";

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
  /** One page of hits, best first, then newest first. Never throws on user input. */
  search(db: SearchDb, request: SearchRequest, countLimit: number): Promise<SearchHits>;
  /** Rebuilds the whole index from the posts, in one transaction. */
  rebuild(db: Db, onProgress?: (indexed: number, total: number) => void): Promise<{ indexed: number }>;
  /** Whether the index holds no entry at all (a database from before the index). */
  isEmpty(db: SearchDb): Promise<boolean>;
  /** Posts missing from the index and index entries without a post. */
  check(db: SearchDb): Promise<{ posts: number; entries: number; missing: number[]; orphaned: number[] }>;
}
