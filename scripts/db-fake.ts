// npm run db:fake -- [--threads 2000] [--replies 200000] [--db file:./data/fake.db] [--seed 7] [--members N]
//
// Fills a separate database with deterministic, Vietnamese-looking
// members, threads and replies for benchmarks (search, thread pages): the
// default categories, the bundled article thread with exactly 20 replies, one
// thread with 10 000 replies, and the rest spread unevenly over --threads
// discussion threads (--replies counts every reply, those two threads
// included). Counts (replies, last number, member post counts, category thread
// counts) are consistent with the rows, and the search index is filled.
//
// It never touches the forum's own database and is never run by `npm start`.
// The database is recreated from nothing on every run: same seed, same data.
// A PostgreSQL --db (postgresql://…) gets the same rows: they are generated
// into a staging SQLite file (the fast path below), then copied with
// db:copy's code into the emptied target (its public schema is recreated).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { DEFAULT_DATABASE_URL, databaseEngine, databaseUrl, redactedUrl } from "@/lib/database-url";
import { copyDatabase } from "./db/copy-database";
import { createPrismaClient } from "@/lib/db-client";
import { SEED_ARTICLE_CATEGORY } from "@/lib/forum/default-categories";
import { sqliteSearchEngine as searchEngine } from "@/lib/search/sqlite/sqlite-search-engine";
import { slugify } from "@/lib/slug";
import { prepareDatabase } from "./prepare-db";
import { ROOT, sqliteFilePath } from "./lib/run";
import { createRng, type Rng } from "./fake/prng";
import { renderFakeMarkdown } from "./fake/render-markdown";
import { openingMarkdown, personName, replyMarkdown, threadTitle } from "./fake/vietnamese-text";

const DEFAULT_FAKE_URL = "file:./data/fake.db";
const ARTICLE_REPLIES = 20;
const BIG_THREAD_REPLIES = 10_000;
// Fixed calendar, so the same seed gives the same dates on any day.
const END = Date.UTC(2026, 9, 31);
const START = END - 2 * 365 * 86_400_000;
const DAY = 86_400_000;

type Options = { threads: number; replies: number; url: string; seed: number; members: number };

function fail(message: string): never {
  console.error(`Lỗi: ${message}`);
  process.exit(1);
}

function readOptions(): Options {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        threads: { type: "string", default: "2000" },
        replies: { type: "string", default: "200000" },
        db: { type: "string", default: DEFAULT_FAKE_URL },
        seed: { type: "string", default: "7" },
        members: { type: "string" },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const count = (name: string, raw: string, min: number) => {
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < min) fail(`--${name} phải là số nguyên ≥ ${min} (nhận được "${raw}").`);
    return n;
  };
  const threads = count("threads", values.threads, 1);
  const replies = count("replies", values.replies, ARTICLE_REPLIES);
  const members = values.members ? count("members", values.members, 2) : Math.min(20_000, Math.max(50, Math.round(replies / 40)));
  return { threads, replies, url: values.db, seed: count("seed", values.seed, 0), members };
}

/** Refuses the forum's own database, whatever way it is named. */
function fakeDatabaseFile(url: string): string {
  const file = sqliteFilePath(url);
  if (!file) fail(`--db phải là file:… (SQLite) hoặc postgresql://… (nhận được "${url}").`);
  const forbidden = new Set([sqliteFilePath(DEFAULT_DATABASE_URL), sqliteFilePath(databaseUrl())]);
  if (forbidden.has(file)) {
    fail(`${path.relative(ROOT, file)} là cơ sở dữ liệu của diễn đàn; db:fake chỉ ghi vào một tệp riêng (mặc định ${DEFAULT_FAKE_URL}).`);
  }
  return file;
}

const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");

/** Reply counts per generated thread: the big thread first, the rest uneven. */
function spreadReplies(rng: Rng, threads: number, replies: number): number[] {
  const counts = new Array<number>(threads).fill(0);
  counts[0] = Math.min(BIG_THREAD_REPLIES, replies);
  let left = replies - counts[0];
  if (threads === 1) {
    counts[0] += left;
    return counts;
  }
  // Cubed weights: most threads get a few replies, some get hundreds.
  const weights = Array.from({ length: threads - 1 }, () => rng.next() ** 3 + 0.001);
  const sum = weights.reduce((a, b) => a + b, 0);
  weights.forEach((w, i) => {
    const share = Math.floor((w / sum) * left);
    counts[i + 1] = share;
  });
  left -= counts.slice(1).reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % (threads - 1), left--) counts[i + 1]++;
  return counts;
}

function replyStatus(rng: Rng): { status: string; reason: string | null } {
  const r = rng.next();
  if (r < 0.008) return { status: "hidden", reason: "Vi phạm nội quy: quảng cáo" };
  if (r < 0.011) return { status: "deleted", reason: "Thành viên tự xóa" };
  if (r < 0.014) return { status: "pending", reason: null };
  return { status: "visible", reason: null };
}

type ReplyPlan = { at: number; authorId: number; status: string; reason: string | null };
/** A thread to write; `opening` is null for the bundled article, which exists already. */
type ThreadPlan = { id: number; createdAt: number; replies: ReplyPlan[]; opening: { title: string; categoryId: number; authorId: number } | null };

/** A thread's replies: dates in order of their numbers (never past END), authors, statuses. */
function planReplies(
  rng: Rng,
  thread: { id: number; createdAt: number },
  count: number,
  until: number,
  allVisible: boolean,
  someMember: () => number,
): ThreadPlan {
  const from = thread.createdAt + 60_000;
  const span = Math.max(1, Math.min(until, END) - from);
  const times = Array.from({ length: count }, () => from + Math.floor(rng.next() * span)).sort((a, b) => a - b);
  const replies = times.map((at) => ({ at, authorId: someMember(), ...(allVisible ? { status: "visible", reason: null } : replyStatus(rng)) }));
  return { id: thread.id, createdAt: thread.createdAt, replies, opening: null };
}

async function main() {
  const options = readOptions();
  if (databaseEngine(options.url) === "postgresql") return fakePostgres(options);
  await fakeSqlite(options);
}

async function fakePostgres(options: Options) {
  if (options.url === databaseUrl()) fail(`${redactedUrl(options.url)} là cơ sở dữ liệu của diễn đàn (DATABASE_URL); db:fake chỉ ghi vào một cơ sở dữ liệu riêng.`);
  const staging = "file:./data/fake-staging.db";
  await fakeSqlite({ ...options, url: staging });
  const target = createPrismaClient(options.url);
  try {
    await target.$executeRawUnsafe(`DROP SCHEMA IF EXISTS public CASCADE`);
    await target.$executeRawUnsafe(`CREATE SCHEMA public`);
  } finally {
    await target.$disconnect();
  }
  await copyDatabase(staging, options.url);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(sqliteFilePath(staging)! + suffix, { force: true });
  console.log(`Xong. Chạy diễn đàn trên dữ liệu này: DATABASE_URL=${redactedUrl(options.url)} npm start`);
}

async function fakeSqlite(options: Options) {
  const file = fakeDatabaseFile(options.url);
  const articleReplies = ARTICLE_REPLIES;
  const generatedReplies = options.replies - articleReplies;
  console.log(
    `db:fake → ${path.relative(ROOT, file)}: ${options.threads} chủ đề, ${options.replies} phản hồi, ${options.members} thành viên, hạt giống ${options.seed}`,
  );

  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  process.env.DATABASE_URL = options.url;
  await prepareDatabase();

  const sqlite = new Database(file);
  // A throwaway database: trade durability for speed while it is filled.
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -200000");
  sqlite.pragma("temp_store = MEMORY");

  const rng = createRng(options.seed);
  const categories = sqlite.prepare(`SELECT "id", "slug" FROM "Category" ORDER BY "position"`).all() as { id: number; slug: string }[];
  const article = sqlite
    .prepare(`SELECT "id", "createdAt" FROM "Thread" WHERE "kind" = 'article' ORDER BY "id" LIMIT 1`)
    .get() as { id: number; createdAt: string } | undefined;
  if (!article) fail("không thấy chủ đề bài viết mẫu sau khi chuẩn bị cơ sở dữ liệu.");

  const insertUser = sqlite.prepare(
    `INSERT INTO "User" ("username", "usernameKey", "displayName", "userTitle", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertThread = sqlite.prepare(
    `INSERT INTO "Thread" ("categoryId", "authorId", "title", "slug", "kind", "replyCount", "lastNumber", "lastPostAt", "createdAt", "updatedAt")
     VALUES (?, ?, ?, ?, 'discussion', ?, ?, ?, ?, ?)`,
  );
  const insertPost = sqlite.prepare(
    `INSERT INTO "Post" ("threadId", "authorId", "number", "format", "source", "html", "status", "statusReason", "statusById", "statusAt", "createdAt", "updatedAt")
     VALUES (?, ?, ?, 'markdown', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const updateThreadCounts = sqlite.prepare(`UPDATE "Thread" SET "replyCount" = ?, "lastNumber" = ?, "lastPostAt" = ? WHERE "id" = ?`);
  const updatePostCount = sqlite.prepare(`UPDATE "User" SET "postCount" = "postCount" + ? WHERE "id" = ?`);

  let rows = 0;
  const started = performance.now();
  sqlite.transaction(() => {
    // Secondary indexes are dropped for the load and rebuilt from their own
    // definitions at the end (inside the timing): building an index from
    // sorted data is several times faster than updating it row by row.
    const postIndexes = sqlite
      .prepare(`SELECT "name", "sql" FROM sqlite_master WHERE "type" = 'index' AND "tbl_name" = 'Post' AND "sql" IS NOT NULL`)
      .all() as { name: string; sql: string }[];
    for (const index of postIndexes) sqlite.exec(`DROP INDEX "${index.name}"`);

    // Members: usernames as the app makes them (folded, dotted), made unique.
    const memberIds: number[] = [];
    const moderatorIds: number[] = [];
    const taken = new Set((sqlite.prepare(`SELECT "usernameKey" FROM "User"`).all() as { usernameKey: string }[]).map((u) => u.usernameKey));
    for (let i = 0; i < options.members; i++) {
      const person = personName(rng);
      const base = slugify(person.displayName, 24).replace(/-/g, ".");
      let username = base;
      for (let n = 2; taken.has(username); n++) username = `${base}.${n}`;
      taken.add(username);
      const role = i < 2 ? "moderator" : "member";
      const joined = iso(START - rng.int(1, 365) * DAY);
      const id = Number(insertUser.run(username, username, person.displayName, person.userTitle, role, joined, joined).lastInsertRowid);
      memberIds.push(id);
      if (role === "moderator") moderatorIds.push(id);
      rows++;
    }
    // Some members write far more than others.
    const someMember = () => memberIds[Math.floor(rng.next() ** 2 * memberIds.length)];

    // Plan every thread and reply first (dates, authors, statuses), so that
    // threads and posts can then be written in the order they were posted:
    // ids follow dates, as on a live forum.
    const plans: ThreadPlan[] = [];
    const articleStart = Date.parse(article.createdAt);
    plans.push(planReplies(rng, { id: article.id, createdAt: articleStart }, articleReplies, articleStart + 30 * DAY, true, someMember));
    const counts = spreadReplies(rng, options.threads, generatedReplies);
    const newThreads: ThreadPlan[] = [];
    for (let t = 0; t < options.threads; t++) {
      const isBig = t === 0;
      const title = isBig ? "Góc tán gẫu: chuyện công nghệ mỗi ngày" : threadTitle(rng);
      const createdAt = isBig ? START : START + Math.floor(rng.next() * (END - START - DAY));
      const lifetime = isBig ? END - START : rng.int(1, 180) * DAY;
      const category = isBig ? categories.find((c) => c.slug !== SEED_ARTICLE_CATEGORY) ?? categories[0] : rng.pick(categories);
      // The 10 000-reply thread stays fully visible: its page 500 must exist.
      const plan = planReplies(rng, { id: 0, createdAt }, counts[t], createdAt + lifetime, isBig, someMember);
      newThreads.push({ ...plan, opening: { title, categoryId: category.id, authorId: someMember() } });
    }

    newThreads.sort((a, b) => a.createdAt - b.createdAt);
    for (const thread of newThreads) {
      const { title, categoryId, authorId } = thread.opening!;
      const last = thread.replies.findLast((r) => r.status === "visible");
      thread.id = Number(
        insertThread.run(
          categoryId,
          authorId,
          title,
          slugify(title),
          thread.replies.filter((r) => r.status === "visible").length,
          thread.replies.length + 1,
          iso(last?.at ?? thread.createdAt),
          iso(thread.createdAt),
          iso(thread.createdAt),
        ).lastInsertRowid,
      );
      rows++;
      plans.push(thread);
    }
    const articlePlan = plans[0];
    const articleLast = articlePlan.replies.findLast((r) => r.status === "visible");
    const articleVisible = articlePlan.replies.filter((r) => r.status === "visible").length;
    updateThreadCounts.run(articleVisible, articlePlan.replies.length + 1, iso(articleLast?.at ?? articleStart), article.id);

    // Every post, in posting order; the text is written as it is inserted.
    type Event = { at: number; plan: ThreadPlan; number: number };
    const events: Event[] = [];
    for (const plan of plans) {
      if (plan.opening) events.push({ at: plan.createdAt, plan, number: 1 });
      plan.replies.forEach((reply, i) => events.push({ at: reply.at, plan, number: i + 2 }));
    }
    events.sort((a, b) => a.at - b.at || a.plan.id - b.plan.id || a.number - b.number);

    const visiblePosts = new Map<number, number>();
    for (const { at, plan, number } of events) {
      if (number === 1 && plan.opening) {
        const { title, authorId } = plan.opening;
        const opening = openingMarkdown(rng, title);
        insertPost.run(plan.id, authorId, 1, opening, renderFakeMarkdown(opening), "visible", null, null, null, iso(at), iso(at));
        visiblePosts.set(authorId, (visiblePosts.get(authorId) ?? 0) + 1);
      } else {
        const reply = plan.replies[number - 2];
        const source = replyMarkdown(rng);
        const statusBy = reply.status === "hidden" ? rng.pick(moderatorIds) : reply.status === "deleted" ? reply.authorId : null;
        const statusAt = statusBy === null ? null : iso(at + 3_600_000);
        insertPost.run(plan.id, reply.authorId, number, source, renderFakeMarkdown(source), reply.status, reply.reason, statusBy, statusAt, iso(at), iso(at));
        if (reply.status === "visible") visiblePosts.set(reply.authorId, (visiblePosts.get(reply.authorId) ?? 0) + 1);
      }
      rows++;
    }

    for (const index of postIndexes) sqlite.exec(index.sql);
    for (const [userId, n] of visiblePosts) updatePostCount.run(n, userId);
    sqlite.exec(`UPDATE "Category" SET "threadCount" = (SELECT count(*) FROM "Thread" WHERE "Thread"."categoryId" = "Category"."id")`);
  })();
  const seconds = (performance.now() - started) / 1000;
  console.log(`Đã ghi ${rows.toLocaleString("vi-VN")} hàng trong ${seconds.toFixed(2)} s — ${Math.round(rows / seconds).toLocaleString("vi-VN")} hàng/giây`);

  checkCounts(sqlite);
  sqlite.pragma("synchronous = NORMAL");
  sqlite.close();

  // The search index, through the same code as `npm run search:rebuild`.
  const db = createPrismaClient(options.url);
  try {
    const indexStarted = performance.now();
    const { indexed } = await searchEngine.rebuild(db);
    const indexSeconds = (performance.now() - indexStarted) / 1000;
    console.log(`Đã lập chỉ mục tìm kiếm ${indexed.toLocaleString("vi-VN")} bài trong ${indexSeconds.toFixed(1)} s — ${Math.round(indexed / indexSeconds).toLocaleString("vi-VN")} bài/giây`);
  } finally {
    await db.$disconnect();
  }
  console.log(`Xong. Chạy diễn đàn trên dữ liệu này: DATABASE_URL=${options.url} npm start`);
}

/** Fails loudly if any stored count disagrees with the rows. */
function checkCounts(sqlite: Database.Database) {
  const checks: [string, string][] = [
    [
      "số phản hồi của chủ đề",
      `SELECT count(*) AS n FROM "Thread" t WHERE t."replyCount" <> (SELECT count(*) FROM "Post" p WHERE p."threadId" = t."id" AND p."number" > 1 AND p."status" = 'visible')`,
    ],
    ["số thứ tự cuối của chủ đề", `SELECT count(*) AS n FROM "Thread" t WHERE t."lastNumber" <> (SELECT max(p."number") FROM "Post" p WHERE p."threadId" = t."id")`],
    [
      "số bài của thành viên",
      `SELECT count(*) AS n FROM "User" u WHERE u."postCount" <> (SELECT count(*) FROM "Post" p WHERE p."authorId" = u."id" AND p."status" = 'visible')`,
    ],
    ["số chủ đề của chuyên mục", `SELECT count(*) AS n FROM "Category" c WHERE c."threadCount" <> (SELECT count(*) FROM "Thread" t WHERE t."categoryId" = c."id")`],
  ];
  for (const [label, sql] of checks) {
    const { n } = sqlite.prepare(sql).get() as { n: number };
    if (n !== 0) fail(`${label}: ${n} dòng không khớp.`);
  }
  const totals = sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM "User") AS users, (SELECT count(*) FROM "Thread") AS threads,
              (SELECT count(*) FROM "Post" WHERE "number" > 1) AS replies, (SELECT max("lastNumber") - 1 FROM "Thread") AS biggest`,
    )
    .get() as Record<string, number>;
  console.log(
    `Kiểm tra số đếm: khớp. ${totals.users} thành viên, ${totals.threads} chủ đề, ${totals.replies} phản hồi, chủ đề lớn nhất ${totals.biggest} phản hồi.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
