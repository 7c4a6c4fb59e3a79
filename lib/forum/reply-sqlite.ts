// The reply transaction of lib/forum/create-reply.ts in hand-written SQL on
// SQLite's connection (lib/db/sqlite-direct.ts): the same writes as the
// Prisma transaction there — the post number, the post, its search entry,
// the counters — then the member's draft, in one synchronous section.
//
// Why: on the posting path Prisma's query compiler and runtime were about
// half of the CPU (docs/profiles/posting.md), and each awaited statement of
// its transaction held SQLite's only write lock while the rest of the server
// ran. Here the five statements are prepared once and run back to back.
//
// Nothing about the rules moves here: the caller has parsed, authorised and
// applied the posting rules exactly as before; this writes what the Prisma
// path writes (tests/unit/forum/reply-sqlite.test.ts compares the rows).
// Replies with pictures keep the Prisma path (their claim is a conditional
// update per picture, rare on the hot path).
import type BetterSqlite3 from "better-sqlite3";
import { Prisma } from "@/lib/generated/prisma/client";
import { preparedOn, sqliteDate, type sqliteDirect } from "@/lib/db/sqlite-direct";
import { searchColumnsFor, searchDocumentFor } from "@/lib/search/search-document";
import { FTS_FOLDED, FTS_TEXT } from "@/lib/search/sqlite/fts-schema";
import { alertJobPayload } from "@/lib/alerts/job-payload";

type Direct = NonNullable<ReturnType<typeof sqliteDirect>>;

export type ReplyRow = {
  threadId: number;
  authorId: number;
  source: string;
  html: string;
  status: string;
  clientToken: string;
  ipHash: string | null;
  createdAt: Date;
  /** The thread's title and lead (the search entry of a reply has none, but the document builder reads them). */
  thread: { title: string; lead: string | null };
};

const statements = new WeakMap<BetterSqlite3.Database, Record<"numberVisible" | "numberHeld" | "insertPost" | "indexText" | "indexFolded" | "countPost" | "queueAlerts" | "dropDraft", BetterSqlite3.Statement>>();

function prepare(client: BetterSqlite3.Database) {
  return preparedOn(statements, client, (c) => ({
    // @updatedAt columns: Prisma sets them on every update, so these do too.
    numberVisible: c.prepare(
      `UPDATE "Thread" SET "lastNumber" = "lastNumber" + 1, "replyCount" = "replyCount" + 1, "lastPostAt" = ?, "updatedAt" = ? WHERE "id" = ? RETURNING "lastNumber"`,
    ),
    numberHeld: c.prepare(`UPDATE "Thread" SET "lastNumber" = "lastNumber" + 1, "updatedAt" = ? WHERE "id" = ? RETURNING "lastNumber"`),
    insertPost: c.prepare(
      `INSERT INTO "Post" ("threadId", "authorId", "number", "format", "source", "html", "status", "clientToken", "ipHash", "createdAt", "updatedAt")
       VALUES (?, ?, ?, 'markdown', ?, ?, ?, ?, ?, ?, ?) RETURNING "id", "number", "status"`,
    ),
    indexText: c.prepare(`INSERT INTO "${FTS_TEXT}" (rowid, body) VALUES (?, ?)`),
    indexFolded: c.prepare(`INSERT INTO "${FTS_FOLDED}" (rowid, body) VALUES (?, ?)`),
    countPost: c.prepare(`UPDATE "User" SET "postCount" = "postCount" + 1, "updatedAt" = ? WHERE "id" = ?`),
    // lib/alerts/jobs.ts's enqueueAlertJob, inside the reply's commit: the
    // columns Prisma fills by default (runAfter, createdAt: now) are set here.
    queueAlerts: c.prepare(`INSERT INTO "AlertJob" ("kind", "payload", "runAfter", "createdAt") VALUES ('reply', ?, ?, ?)`),
    dropDraft: c.prepare(`DELETE FROM "Draft" WHERE "userId" = ? AND "threadId" = ?`),
  }));
}

/**
 * Writes the reply (and, when it is visible, its alert job — the caller only
 * wakes the background loop) and drops the draft; answers the new post. A second
 * submission of the same form (the unique client token) is thrown as
 * Prisma's own unique-constraint error, so lib/forum/form-token.ts's
 * writeOnce answers with the first post exactly as on the Prisma path.
 */
export async function writeReplySqlite(direct: Direct, reply: ReplyRow): Promise<{ id: number; number: number; status: string }> {
  const held = reply.status === "pending";
  const at = sqliteDate(reply.createdAt);
  // Built before the lock: the folding and the text extraction are the costly part.
  const columns = searchColumnsFor(searchDocumentFor({ number: 2, format: "markdown", source: reply.source, html: reply.html, thread: reply.thread }));
  try {
    return await direct.exclusive((client) => {
      const s = prepare(client);
      const write = client.transaction(() => {
        const numbered = (held ? s.numberHeld.get(at, reply.threadId) : s.numberVisible.get(at, at, reply.threadId)) as { lastNumber: number } | undefined;
        if (!numbered) throw new Prisma.PrismaClientKnownRequestError("No thread to reply to.", { code: "P2025", clientVersion: Prisma.prismaVersion.client });
        const post = s.insertPost.get(reply.threadId, reply.authorId, numbered.lastNumber, reply.source, reply.html, reply.status, reply.clientToken, reply.ipHash, at, at) as {
          id: number;
          number: number;
          status: string;
        };
        s.indexText.run(post.id, columns.body);
        s.indexFolded.run(post.id, columns.bodyFolded);
        if (!held) {
          s.countPost.run(at, reply.authorId);
          s.queueAlerts.run(alertJobPayload({ kind: "reply", postId: post.id }), at, at);
        }
        return post;
      });
      // BEGIN IMMEDIATE: take the write lock first, as a writer (no upgrade from a read lock to fail).
      const post = write.immediate();
      // After the commit, as on the Prisma path: a draft left behind is harmless.
      s.dropDraft.run(reply.authorId, reply.threadId);
      return post;
    });
  } catch (error) {
    throw asPrismaError(error);
  }
}

/** SQLite's unique-constraint failure on the form token, as Prisma reports it (P2002). */
function asPrismaError(error: unknown): unknown {
  const code = (error as { code?: string } | null)?.code;
  if (code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
    return new Prisma.PrismaClientKnownRequestError(String((error as Error).message), {
      code: "P2002",
      clientVersion: Prisma.prismaVersion.client,
      meta: { modelName: "Post", target: ["clientToken"] },
    });
  }
  return error;
}
