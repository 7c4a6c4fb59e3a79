// npm run bench:lists [-- --threads 5000] [--runs 200] [--db file:./data/bench/category-pages.db | postgresql://…]
//
// Issue 20, defect 1: a category's threads, page by page, must cost the same
// on page 1 000 as on page 1. Fills a throw-away database (recreated on every
// run; a PostgreSQL --db has its public schema recreated) with one category
// of --threads threads (3 of them pinned), then times, in process, what a
// category page reads: the page's threads (lib/forum/category-pages.ts)
// and their row facts — last posters and a member's unread marks
// (lib/forum/thread-rows.ts) — on the first, second, middle and last page
// (and page 1 000 when there are that many). Prints the median and 95th
// percentile of each and the query plan of the walk that finds a page.
// Then the same for the member's threads (all the bench's threads are by one
// member: lib/members/member-threads.ts) and search results, read by key
// (lib/search/ranked-pages.ts).
// Runs with the react-server export condition so server-only modules load.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ROOT, sqliteFilePath } from "../lib/run";

const WARMUP = 10;

function fail(message: string): never {
  console.error(`Lỗi: ${message}`);
  process.exit(1);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

const ms = (n: number) => `${n.toFixed(2).padStart(7)} ms`;

async function timeIt(runs: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

async function main() {
  const { values } = parseArgs({
    options: {
      threads: { type: "string", default: "5000" },
      runs: { type: "string", default: "200" },
      db: { type: "string", default: "file:./data/bench/category-pages.db" },
    },
  });
  const threads = Number(values.threads);
  const runs = Number(values.runs);
  if (!Number.isSafeInteger(threads) || threads < 100) fail("--threads phải là số nguyên ≥ 100.");
  if (!Number.isSafeInteger(runs) || runs < 10) fail("--runs phải là số nguyên ≥ 10.");
  const url = values.db!;
  const file = sqliteFilePath(url);
  if (file) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  }
  // The app's modules read the database from the environment when loaded.
  process.env.DATABASE_URL = url;
  const { createPrismaClient } = await import("@/lib/db-client");
  const { migrateIfPending } = await import("../lib/migrate");
  if (!file) {
    const admin = createPrismaClient(url);
    await admin.$executeRawUnsafe("DROP SCHEMA IF EXISTS public CASCADE");
    await admin.$executeRawUnsafe("CREATE SCHEMA public");
    await admin.$disconnect();
  }
  const migrating = createPrismaClient(url);
  await migrateIfPending(migrating, url);
  await migrating.$disconnect();

  const { db } = await import("@/lib/db");
  const { listCategoryPage, categoryPageCount } = await import("@/lib/forum/category-pages");
  const { withRowFacts } = await import("@/lib/forum/thread-rows");

  console.log(`Tạo ${threads} chủ đề trong một chuyên mục (${file ? "SQLite" : "PostgreSQL"})…`);
  const member = await db.user.create({ data: { username: "do.tai", usernameKey: "do.tai", displayName: "Đo Tải" } });
  const reader = await db.user.create({ data: { username: "ban.doc", usernameKey: "ban.doc", displayName: "Bạn Đọc" } });
  const category = await db.category.create({ data: { slug: "nhieu-chu-de", name: "Nhiều chủ đề", threadCount: threads } });
  const start = Date.UTC(2026, 0, 1);
  for (let from = 0; from < threads; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, threads - from) }, (_, k) => {
      const i = from + k;
      const at = new Date(start + i * 60_000);
      return { categoryId: category.id, authorId: member.id, title: `Chủ đề ${i}`, slug: `chu-de-${i}`, pinned: i % 1700 === 0, lastPostAt: at, createdAt: at };
    });
    await db.thread.createMany({ data: batch });
  }
  const ids = await db.thread.findMany({ where: { categoryId: category.id }, select: { id: true, createdAt: true } });
  for (let from = 0; from < ids.length; from += 1000) {
    await db.post.createMany({
      data: ids.slice(from, from + 1000).map((t) => ({ threadId: t.id, authorId: member.id, number: 1, source: "Mở đầu", html: "<p>Mở đầu</p>", createdAt: t.createdAt })),
    });
  }
  // The reader has read some of them (the unread lookup has rows to find).
  await db.threadRead.createMany({ data: ids.filter((_, i) => i % 3 === 0).map((t) => ({ userId: reader.id, threadId: t.id, lastReadNumber: 1 })) });
  if (file) await db.$executeRawUnsafe("ANALYZE");
  else await db.$executeRawUnsafe('ANALYZE "Thread"');

  const last = categoryPageCount(threads);
  const pages = [...new Set([1, 2, Math.ceil(last / 2), ...(last >= 1000 ? [1000] : []), last])].sort((a, b) => a - b);
  const viewer = { id: reader.id } as Parameters<typeof withRowFacts>[0];
  console.log(`\n${threads} chủ đề, ${last} trang; ${runs} lần đo mỗi trường hợp (trung vị / p95):`);
  console.log(`${"trang".padStart(7)}  ${"chủ đề của trang".padStart(22)}  ${"+ bài cuối, chưa đọc".padStart(24)}`);
  const results: Record<number, { threads: ReturnType<typeof stats>; withFacts: ReturnType<typeof stats> }> = {};
  for (const page of pages) {
    const list = await timeIt(runs, () => listCategoryPage(category.id, page));
    const full = await timeIt(runs, async () => withRowFacts(viewer, await listCategoryPage(category.id, page)));
    results[page] = { threads: list, withFacts: full };
    console.log(`${String(page).padStart(7)}  ${ms(list.median)} / ${ms(list.p95)}  ${ms(full.median)} / ${ms(full.p95)}`);
  }
  const ratio = results[last].withFacts.median / results[1].withFacts.median;
  console.log(`\nTrang cuối / trang 1 (trung vị, cả trang): ${ratio.toFixed(2)}`);

  // How the page's start is found: the walk over the category's index.
  const walk = file
    ? ((await db.$queryRawUnsafe(
        `EXPLAIN QUERY PLAN SELECT "id" FROM "Thread" WHERE "categoryId" = ? AND "status" = 'visible' ORDER BY "pinned" DESC, "lastPostAt" DESC, "id" DESC LIMIT 20 OFFSET ?`,
        category.id,
        (last - 1) * 20,
      )) as { detail: string }[]).map((r) => r.detail)
    : ((await db.$queryRawUnsafe(
        `EXPLAIN SELECT "id" FROM "Thread" WHERE "categoryId" = $1 AND "status" = 'visible' ORDER BY "pinned" DESC, "lastPostAt" DESC, "id" DESC LIMIT 20 OFFSET $2`,
        category.id,
        (last - 1) * 20,
      )) as { "QUERY PLAN": string }[]).map((r) => r["QUERY PLAN"]);
  console.log(`Kế hoạch truy vấn tìm đầu trang:\n  ${walk.join("\n  ")}`);
  const memberThreads = await benchMemberThreads(db, member.id, threads, runs, viewer, !!file);
  const search = await benchSearch(db, runs);
  fs.mkdirSync(path.join(ROOT, "data", "bench"), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, "data", "bench", "category-pages.json"),
    JSON.stringify({ threads, runs, engine: file ? "sqlite" : "postgresql", results, ratio, walk, memberThreads, search }, null, 2),
  );
  await db.$disconnect();
}

type BenchDb = Awaited<typeof import("@/lib/db")>["db"];

/**
 * A member's threads (/members/<name>/threads, lib/members/member-threads.ts):
 * every thread of the bench is by one member, so page 1 000 exists with
 * 20 000 threads. Times the page count (an index-only count) and the page
 * with its row facts, and prints the plan of the walk.
 */
async function benchMemberThreads(db: BenchDb, authorId: number, threads: number, runs: number, viewer: unknown, sqlite: boolean) {
  const { listMemberThreadsPage, countMemberThreads, memberThreadPageCount } = await import("@/lib/members/member-threads");
  const { withRowFacts } = await import("@/lib/forum/thread-rows");
  const last = memberThreadPageCount(threads);
  const pages = [...new Set([1, 2, Math.ceil(last / 2), ...(last >= 1000 ? [1000] : []), last])].sort((a, b) => a - b);
  console.log(`\nChủ đề của một thành viên (${threads} chủ đề, ${last} trang), trung vị / p95:`);
  console.log(`${"trang".padStart(7)}  ${"đếm + chủ đề + bài cuối, chưa đọc".padStart(34)}`);
  const results: Record<number, ReturnType<typeof stats>> = {};
  for (const page of pages) {
    results[page] = await timeIt(runs, async () => {
      await countMemberThreads(authorId);
      return withRowFacts(viewer as Parameters<typeof withRowFacts>[0], await listMemberThreadsPage(authorId, page));
    });
    console.log(`${String(page).padStart(7)}  ${ms(results[page].median)} / ${ms(results[page].p95)}`);
  }
  const ratio = results[last].median / results[1].median;
  console.log(`Trang cuối / trang 1 (trung vị): ${ratio.toFixed(2)}`);
  const sql = `SELECT "id" FROM "Thread" WHERE "authorId" = ${sqlite ? "?" : "$1"} AND "status" = 'visible' ORDER BY "lastPostAt" DESC, "id" DESC LIMIT 20 OFFSET ${sqlite ? "?" : "$2"}`;
  const plan = sqlite
    ? ((await db.$queryRawUnsafe(`EXPLAIN QUERY PLAN ${sql}`, authorId, (last - 1) * 20)) as { detail: string }[]).map((r) => r.detail)
    : ((await db.$queryRawUnsafe(`EXPLAIN ${sql}`, authorId, (last - 1) * 20)) as { "QUERY PLAN": string }[]).map((r) => r["QUERY PLAN"]);
  console.log(`Kế hoạch truy vấn tìm đầu trang:\n  ${plan.join("\n  ")}`);
  return { last, results, ratio, plan };
}

/**
 * Search results (/search): a word every opening post has, so there are as
 * many results as threads (1 000 pages of 20 for --threads 20000). Pages are
 * read by key (lib/search/ranked-pages.ts): the keys of every page are
 * collected once by walking "Trang sau", then pages 1, 2, the middle and the
 * last are timed from their key, as their links open them — the cost should
 * not grow with the page. The page jump (a number without a key, which reads
 * the pages before it) is timed too, on page 2, the middle and the deepest
 * page it goes to (MAX_JUMP_PAGE).
 */
async function benchSearch(db: BenchDb, runs: number) {
  const { ensureSearchIndex, searchEngine } = await import("@/lib/search");
  const { parseSearchQuery } = await import("@/lib/search/parse-query");
  const { MAX_RESULTS, MAX_JUMP_PAGE, RESULTS_PER_PAGE } = await import("@/lib/forum/search-posts");
  type Key = import("@/lib/search/search-engine").RankKey;
  const started = performance.now();
  const indexed = await ensureSearchIndex(db);
  console.log(`\nTìm kiếm: chỉ mục ${indexed} bài (${((performance.now() - started) / 1000).toFixed(1)} s); truy vấn “mở đầu”, trung vị / p95:`);
  const parsed = parseSearchQuery("mở đầu");
  if (!parsed.ok) throw new Error("query");
  const request = (page: number, after?: Key) => ({
    query: parsed.query,
    filters: { statuses: ["visible"] as const, visibleThreadsOnly: true },
    page,
    perPage: RESULTS_PER_PAGE,
    after,
  });
  // Every page's key, as "Trang sau" hands them on.
  const keys: (Key | undefined)[] = [undefined];
  const walkStarted = performance.now();
  for (let found = await searchEngine.search(db, request(1), MAX_RESULTS); found.around.after.length > 0; ) {
    keys.push(found.around.after[0]);
    found = await searchEngine.search(db, request(keys.length, found.around.after[0]), MAX_RESULTS);
  }
  const last = keys.length;
  console.log(`  ${last} trang, đi hết bằng “Trang sau” trong ${((performance.now() - walkStarted) / 1000).toFixed(1)} s`);
  const results: Record<string, ReturnType<typeof stats>> = {};
  const n = Math.max(10, Math.floor(runs / 4));
  for (const page of [...new Set([1, 2, Math.ceil(last / 2), last])]) {
    results[`key ${page}`] = await timeIt(n, () => searchEngine.search(db, request(page, keys[page - 1]), MAX_RESULTS));
    console.log(`  trang ${String(page).padStart(5)} theo khóa   ${ms(results[`key ${page}`].median)} / ${ms(results[`key ${page}`].p95)}`);
  }
  const deepest = Math.min(last, MAX_JUMP_PAGE);
  for (const page of [...new Set([2, Math.ceil(deepest / 2), deepest])]) {
    results[`jump ${page}`] = await timeIt(n, () => searchEngine.search(db, request(page), MAX_RESULTS));
    console.log(`  trang ${String(page).padStart(5)} theo số (Đến trang) ${ms(results[`jump ${page}`].median)} / ${ms(results[`jump ${page}`].p95)}`);
  }
  const ratio = results[`key ${last}`].median / results["key 1"].median;
  console.log(`Trang ${last} (cuối, theo khóa) / trang 1 (trung vị): ${ratio.toFixed(2)}`);
  return { lastPage: last, results, ratio };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
