// Where the database lives. One definition shared by the app, Prisma's CLI
// config and the scripts, so they can never disagree about which file is used.
// A relative SQLite path is relative to the project folder, where every
// command runs.

export const DEFAULT_DATABASE_URL = "file:./data/banluan.db";

/** DATABASE_URL if set, else a SQLite file inside the project (data/banluan.db). */
export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}
