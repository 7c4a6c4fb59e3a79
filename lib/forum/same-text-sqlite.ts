// posting-rules.ts's duplicate check ("the same text from the same member
// within the window") as one prepared statement on SQLite's connection
// (lib/db/sqlite-direct.ts). Its values — the whole text and the window's
// start — are new on every post, so through Prisma its plan was compiled
// anew for each one (lib/db/plan-cache.ts keeps plans by their values).
// Dates compare as text: Prisma's SQLite adapter stores every DateTime in
// one fixed-width ISO form, the one sqliteDate writes.
import type BetterSqlite3 from "better-sqlite3";
import { preparedOn, sqliteDate, type sqliteDirect } from "@/lib/db/sqlite-direct";

type Direct = NonNullable<ReturnType<typeof sqliteDirect>>;

const statements = new WeakMap<BetterSqlite3.Database, Record<"sameText", BetterSqlite3.Statement>>();

export async function postedSameTextSqlite(direct: Direct, authorId: number, source: string, since: Date): Promise<boolean> {
  return direct.exclusive((client) => {
    const s = preparedOn(statements, client, (c) => ({
      sameText: c.prepare(`SELECT 1 AS "found" FROM "Post" WHERE "authorId" = ? AND "source" = ? AND "createdAt" >= ? LIMIT 1`),
    }));
    return s.sameText.get(authorId, source, sqliteDate(since)) !== undefined;
  });
}
