// Names and statements of the SQLite full-text index, shared by the engine,
// the migration check in prisma.config.ts and the scripts that write rows
// directly (the data generator, test fixtures). No imports: prisma.config.ts
// loads this file outside the app's path aliases.

/** The FTS5 virtual table (created by the migration "search_index"). */
export const FTS_TABLE = "post_search";

/**
 * FTS5 stores the index in ordinary "shadow" tables. Prisma's schema engine
 * cannot express virtual tables and would otherwise plan to drop these, so
 * prisma.config.ts declares all of them external (managed outside Prisma).
 * A contentless table (content='') has no _content table.
 */
export const FTS_TABLES = [FTS_TABLE, ...["data", "idx", "docsize", "config"].map((s) => `${FTS_TABLE}_${s}`)];

/** rowid is the post id; columns as written (lower-case) and folded. */
export const FTS_INSERT_SQL = `INSERT INTO ${FTS_TABLE} (rowid, title, body, title_folded, body_folded) VALUES (?, ?, ?, ?, ?)`;
export const FTS_DELETE_SQL = `DELETE FROM ${FTS_TABLE} WHERE rowid = ?`;
