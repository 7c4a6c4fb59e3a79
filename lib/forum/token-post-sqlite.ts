// lib/forum/form-token.ts's lookup of the post a form's token made, as one
// prepared statement on SQLite's connection (lib/db/sqlite-direct.ts). Every
// reply and new thread asks it first, with a token never seen before, so
// through Prisma its plan was compiled anew each time (lib/db/plan-cache.ts
// keeps plans by their values). Taken under the connection's lock, so it
// never reads an interactive transaction's uncommitted post.
import type BetterSqlite3 from "better-sqlite3";
import { preparedOn, type sqliteDirect } from "@/lib/db/sqlite-direct";

type Direct = NonNullable<ReturnType<typeof sqliteDirect>>;

export type TokenPostRow = { id: number; number: number; status: string; authorId: number; thread: { id: number; slug: string } };

const statements = new WeakMap<BetterSqlite3.Database, Record<"byToken", BetterSqlite3.Statement>>();

export async function postByTokenSqlite(direct: Direct, clientToken: string): Promise<TokenPostRow | null> {
  const row = await direct.exclusive((client) => {
    const s = preparedOn(statements, client, (c) => ({
      byToken: c.prepare(
        `SELECT p."id", p."number", p."status", p."authorId", t."id" AS "threadId", t."slug"
         FROM "Post" p JOIN "Thread" t ON t."id" = p."threadId" WHERE p."clientToken" = ?`,
      ),
    }));
    return s.byToken.get(clientToken) as { id: number; number: number; status: string; authorId: number; threadId: number; slug: string } | undefined;
  });
  if (!row) return null;
  return { id: row.id, number: row.number, status: row.status, authorId: row.authorId, thread: { id: row.threadId, slug: row.slug } };
}
