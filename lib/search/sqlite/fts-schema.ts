// Names and statements of the SQLite full-text index (migration
// "search_index"), shared by the engine, prisma.config.ts and the scripts that
// write rows directly (the e2e fixtures). No imports: prisma.config.ts loads
// this file outside the app's path aliases.

/** Thread titles, on opening posts only: columns title, title_folded. */
export const FTS_TITLE = "post_search_title";
/** Every post's text as written (lower-case): column body. */
export const FTS_TEXT = "post_search_text";
/** Every post's text folded (no diacritics, đ → d): column body. */
export const FTS_FOLDED = "post_search_folded";

/**
 * FTS5 stores each index in ordinary "shadow" tables. Prisma's schema engine
 * cannot express virtual tables and would otherwise plan to drop these, so
 * prisma.config.ts declares all of them external (managed outside Prisma).
 * Contentless tables (content='') have no _content table.
 */
export const FTS_TABLES = [FTS_TITLE, FTS_TEXT, FTS_FOLDED].flatMap((table) => [
  table,
  ...["data", "idx", "docsize", "config"].map((suffix) => `${table}_${suffix}`),
]);

/** Parameters: post id, then the columns. */
export const FTS_INSERT = {
  title: `INSERT INTO ${FTS_TITLE} (rowid, title, title_folded) VALUES (?, ?, ?)`,
  text: `INSERT INTO ${FTS_TEXT} (rowid, body) VALUES (?, ?)`,
  folded: `INSERT INTO ${FTS_FOLDED} (rowid, body) VALUES (?, ?)`,
} as const;
