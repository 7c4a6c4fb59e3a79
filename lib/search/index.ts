/**
 * The search module's entry point. Writers of posts call indexPost /
 * indexThread / removePost inside their own transactions; the search page goes
 * through lib/forum/search-posts.ts; `npm run search:rebuild` calls rebuild.
 *
 * Not "server-only": the command-line scripts (import, rebuild, data
 * generator) use it too. It touches only the database client it is given.
 */
import type { Db } from "@/lib/db-client";
import { databaseEngine } from "@/lib/database-url";
import { sqliteSearchEngine } from "./sqlite/sqlite-search-engine";
import { postgresSearchEngine } from "./postgresql/pg-search-engine";
import type { SearchDb, SearchEngine } from "./search-engine";
import type { IndexablePost } from "./search-document";

/**
 * The engine for the configured database (one process, one engine):
 * SQLite FTS5, or PostgreSQL tsvector + unaccent.
 */
export const searchEngine: SearchEngine = configuredEngine() === "postgresql" ? postgresSearchEngine : sqliteSearchEngine;

/** A DATABASE_URL of another scheme is reported once, by whatever opens the database, not on import here. */
function configuredEngine() {
  try {
    return databaseEngine();
  } catch {
    return "sqlite";
  }
}

/** Call in the transaction that creates or edits a post, or changes its status. */
export function indexPost(tx: SearchDb, postId: number): Promise<void> {
  return searchEngine.indexPost(tx, postId);
}

/** Call in the transaction that creates the post, with what it wrote (see SearchEngine). */
export function indexNewPost(tx: SearchDb, post: IndexablePost & { id: number }): Promise<void> {
  return searchEngine.indexNewPost(tx, post);
}

/** Call in the transaction that renames a thread or changes its lead. */
export function indexThread(tx: SearchDb, threadId: number): Promise<void> {
  return searchEngine.indexThread(tx, threadId);
}

/**
 * Call in the transaction that purges a post. (On SQLite a trigger also drops
 * the entry of any deleted post row, including cascades from a thread.)
 */
export function removePost(tx: SearchDb, postId: number): Promise<void> {
  return searchEngine.removePost(tx, postId);
}

/**
 * Fills the index of a database whose posts predate it (the migration creates
 * the index empty). Cheap when there is nothing to do; run at every start.
 */
export async function ensureSearchIndex(db: Db): Promise<number> {
  if (!(await searchEngine.isEmpty(db)) || (await db.post.count()) === 0) return 0;
  return (await searchEngine.rebuild(db)).indexed;
}

export type { SearchDb, SearchEngine } from "./search-engine";
