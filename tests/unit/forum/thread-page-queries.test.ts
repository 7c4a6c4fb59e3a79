// What a thread page costs the database: the same number of queries for a
// page of 1 reply as for a page of 20, for page 1 as for a later page, and
// every query served by an index (checked with EXPLAIN on the statements
// Prisma actually sends: SQLite's QUERY PLAN, or PostgreSQL's plan with
// sequential scans and sorts priced out, so that one still chosen means no
// index can serve the query). The data functions are the ones the
// cached page is rendered from (lib/next/cached-thread.ts wraps them), so
// this is what a cache miss costs.
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const onPostgres = /^postgres/.test(process.env.DATABASE_URL ?? "");

type Statement = { sql: string; params: unknown[] };
const sent: Statement[] = [];

// The app's one client, with Prisma's query events turned on so the test sees
// every SQL statement (one Prisma call can send several).
vi.mock("@/lib/db", async () => {
  const url = process.env.DATABASE_URL!;
  const { PrismaClient } = await import("@/lib/generated/prisma/client");
  // Typed as a client with query events (what $on needs), whichever engine.
  type LoggingClient = InstanceType<typeof PrismaClient<{ log: [{ emit: "event"; level: "query" }] }>>;
  let db: LoggingClient;
  if (/^postgres/.test(url)) {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    const { PrismaClient: PgClient } = await import("@/lib/generated/prisma-pg/client");
    db = new PgClient({ adapter: new PrismaPg({ connectionString: url }), log: [{ emit: "event", level: "query" }] }) as unknown as typeof db;
  } else {
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    db = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }), log: [{ emit: "event", level: "query" }] });
  }
  db.$on("query", (event) => sent.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] }));
  return { db };
});

const { db } = await import("@/lib/db");
const { getOpeningPost, getThreadById, readRepliesPage } = await import("@/lib/forum/read-thread");
const { listCategoryThreads, listLatestThreads, listNewestPosts } = await import("@/lib/forum/list-threads");
const { threadsShowingMember } = await import("@/lib/forum/member-threads");
const { getSettings } = await import("@/lib/settings");
const { countUnread } = await import("@/lib/forum/notifications");
const { getDraft } = await import("@/lib/forum/drafts");
const { makeMember, makeThread } = await import("./fixtures");
const { listCategoryPage } = await import("@/lib/forum/category-pages");
const { withRowFacts } = await import("@/lib/forum/thread-rows");
const { listRecentActivity } = await import("@/lib/forum/whats-new");

async function statementsOf(fn: () => Promise<unknown>): Promise<Statement[]> {
  sent.length = 0;
  await fn();
  return [...sent];
}

/** Everything a guest's thread page reads when it is rendered (components/thread/guest-thread-page.tsx). */
const threadPageData = (threadId: number, page: number) => async () => {
  await getThreadById(threadId);
  await Promise.all([page === 1 ? getOpeningPost(threadId) : null, readRepliesPage(threadId, page), listNewestPosts()]);
};

async function addReplies(threadId: number, count: number, likers: number[]) {
  const thread = await db.thread.findUniqueOrThrow({ where: { id: threadId } });
  for (let i = 1; i <= count; i++) {
    // A different author for every reply, so a query per author would show.
    const author = await makeMember();
    const post = await db.post.create({
      data: { threadId, authorId: author.id, number: thread.lastNumber + i, source: `Trả lời ${i}`, html: `<p>Trả lời ${i}</p>`, status: "visible" },
    });
    for (const userId of likers) await db.reaction.create({ data: { postId: post.id, userId } });
  }
  await db.thread.update({ where: { id: threadId }, data: { lastNumber: { increment: count }, replyCount: { increment: count } } });
}

let small: number;
let full: number;
let long: number;
let likers: number[];
let listedThreads: { id: number; categoryId: number; lastPostAt: Date }[];

beforeAll(async () => {
  likers = [(await makeMember()).id, (await makeMember()).id];
  small = (await makeThread()).id;
  full = (await makeThread()).id;
  long = (await makeThread()).id;
  await addReplies(small, 1, likers);
  await addReplies(full, 20, likers);
  await addReplies(long, 65, likers.slice(0, 1));
  listedThreads = await db.thread.findMany({ where: { id: { in: [small, full, long] } } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("queries per thread page", () => {
  it("are as many for a page of 20 replies as for a page of 1 (no query per reply)", async () => {
    const one = await statementsOf(threadPageData(small, 1));
    const twenty = await statementsOf(threadPageData(full, 1));
    expect((await readRepliesPage(full, 1)).length).toBe(20);
    expect((await readRepliesPage(small, 1)).length).toBe(1);
    expect(twenty.length).toBe(one.length);
    // thread + category + author; opening post + author + attachments +
    // reactions + likers; replies + authors + reactions + likers; newest
    // posts + threads + authors
    expect(twenty.length).toBe(15);
  });

  it("are as many for a later page as for page 1, whatever the page number", async () => {
    const page2 = await statementsOf(() => readRepliesPage(long, 2));
    const page4 = await statementsOf(() => readRepliesPage(long, 4));
    const page1 = await statementsOf(() => readRepliesPage(long, 1));
    expect(page4.length).toBe(page2.length);
    expect(page1.length).toBe(page2.length);
    // A page is a range of post numbers: no OFFSET over the replies before it.
    // (SQLite quotes names with `…` and binds ?; PostgreSQL "…" and $n.)
    const postQuery = page4.find((s) => /FROM [`"](main|public)[`"]\.[`"]Post[`"]/.test(s.sql))!;
    expect(postQuery.sql).toMatch(/[`"]number[`"] >= (\?|\$\d+) AND [`"](main|public)[`"]\.[`"]Post[`"]\.[`"]number[`"] < (\?|\$\d+)/);
    expect(postQuery.params.map(String)).toContain("0"); // OFFSET 0
  });

  it("for a list's rows (last posters, unread marks) are as many for 3 threads as for 1 (no query per thread)", async () => {
    const member = await makeMember();
    const rows = await db.thread.findMany({ where: { id: { in: [small, full, long] } } });
    const one = await statementsOf(() => withRowFacts(member, rows.slice(0, 1)));
    const three = await statementsOf(() => withRowFacts(member, rows));
    expect(three.length).toBe(one.length);
    // last visible numbers + those posts (with authors); read state + watermarks
    expect(three.length).toBe(5);
    const facts = await withRowFacts(member, rows);
    expect(facts.every((t) => t.unread && t.lastPost !== null)).toBe(true);
  });

  it("for a member's own part (draft, unread count) are a fixed few", async () => {
    const member = await makeMember();
    expect((await statementsOf(() => getDraft(member, full))).length).toBe(1);
    expect((await statementsOf(() => countUnread(member))).length).toBe(1);
  });
});

describe("every list query is served by an index", () => {
  /** One statement's plan as lines: SQLite's details, or PostgreSQL's node names. */
  let planOf: (statement: Statement) => Promise<string[]>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    if (onPostgres) {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      // Tables here hold a few rows, where a sequential scan is always cheapest:
      // priced out, a scan or a sort still chosen means no index can do it.
      await client.query("SET enable_seqscan = off; SET enable_sort = off; SET enable_bitmapscan = off");
      planOf = async (statement) => {
        const result = await client.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.params);
        const lines: string[] = [];
        const walk = (node: Record<string, unknown>) => {
          const relation = node["Relation Name"] ? ` on ${String(node["Relation Name"])}` : "";
          const type = String(node["Node Type"]);
          lines.push(type === "Seq Scan" ? `SCAN${relation}` : type === "Sort" || type === "Incremental Sort" ? "USE TEMP B-TREE FOR ORDER BY" : `${type}${relation}`);
          for (const child of (node.Plans as Record<string, unknown>[] | undefined) ?? []) walk(child);
        };
        walk((result.rows[0]["QUERY PLAN"] as { Plan: Record<string, unknown> }[])[0].Plan);
        return lines;
      };
      close = () => client.end();
    } else {
      const sqlite = new Database(process.env.DATABASE_URL!.replace(/^file:/, ""), { readonly: true });
      planOf = async (statement) =>
        (sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...(statement.params as unknown[])) as { detail: string }[]).map((r) => r.detail);
      close = async () => {
        sqlite.close();
      };
    }
  });
  afterAll(() => close());

  /**
   * The plan's table accesses that read a whole table or index instead of
   * seeking into one. The forum settings are a handful of rows read whole on
   * purpose (lib/settings.ts); a subquery's own result is not a table.
   */
  async function fullScans(statement: Statement): Promise<string[]> {
    return (await planOf(statement)).filter((detail) => /^SCAN (?!sub\b|CONSTANT|(main\.)?Setting\b|on "?Setting"?$)/.test(detail));
  }

  const cases: [string, () => Promise<unknown>][] = [
    ["thread page data", () => threadPageData(full, 1)()],
    ["forum settings (members' page)", () => getSettings()],
    ["a later page of replies", () => readRepliesPage(long, 3)],
    ["threads showing a member (renaming them)", () => threadsShowingMember(likers[0])],
    ["a member's unread notifications", () => countUnread({ id: likers[0] } as Parameters<typeof countUnread>[0])],
    ["a list's last posters and unread marks", () => withRowFacts({ id: likers[0] } as Parameters<typeof withRowFacts>[0], listedThreads)],
  ];
  for (const [name, fn] of cases) {
    it(name, async () => {
      const statements = await statementsOf(fn);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) expect(await fullScans(statement), statement.sql).toEqual([]);
    });
  }

  it("lists of threads walk an index in the order they are sorted, never sort a whole table", async () => {
    const category = await db.category.findFirstOrThrow();
    for (const fn of [() => listCategoryThreads(category.id), () => listLatestThreads(), () => listCategoryPage(category.id, 1), () => listCategoryPage(category.id, 2), () => listRecentActivity(null, null)]) {
      for (const statement of await statementsOf(fn)) {
        const scans = await fullScans(statement);
        for (const scan of scans) expect(scan, statement.sql).toMatch(/USING (COVERING )?INDEX/);
        expect((await planOf(statement)).join("\n"), statement.sql).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
      }
    }
  });
});
