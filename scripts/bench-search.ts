// npm run bench:search [-- --db file:./data/fake.db | postgresql://…] [--runs 30] [--no-http]
//
// Times searches against a db:fake database (at least 200 000 replies) and
// sets them beside the time to render a thread page, two ways:
//   1. in process: the search page's service (lib/forum/search-posts.ts:
//      query, ranking, loading the posts, snippets) against the thread page's
//      data functions (lib/forum/read-thread.ts) — the database work alone;
//   2. over HTTP: `next start` on the same database, GET /search?q=… against
//      GET of the thread page — what a reader waits for, rendering included.
// Prints the median and 95th percentile of each. Runs with the react-server
// export condition (see package.json) so the app's server-only modules load.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { databaseEngine, redactedUrl } from "@/lib/database-url";
import { ROOT, baseEnv, bin, runOrExit, sqliteFilePath } from "./lib/run";

const MIN_REPLIES = 200_000;
const WARMUP = 3;

type Case = { label: string; params: Record<string, string> };

function fail(message: string): never {
  console.error(`Lỗi: ${message}`);
  process.exit(1);
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1)).padStart(7) + " ms";

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
  let values;
  try {
    ({ values } = parseArgs({
      options: { db: { type: "string", default: "file:./data/fake.db" }, runs: { type: "string", default: "30" }, "no-http": { type: "boolean", default: false } },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const runs = Number(values.runs);
  if (!Number.isSafeInteger(runs) || runs < 5) fail("--runs phải là số nguyên ≥ 5.");
  const engine = databaseEngine(values.db);
  const file = sqliteFilePath(values.db);
  if (file && !fs.existsSync(file)) fail(`không có ${values.db}. Tạo bằng: npm run db:fake -- --threads 2000 --replies 200000`);

  // The app's modules read DATABASE_URL when first imported.
  process.env.DATABASE_URL = values.db;
  const { searchForum } = await import("@/lib/forum/search-posts");
  const { parseSearchParams } = await import("@/lib/validation/search");
  const { getOpeningPost, getReplies, getThreadById } = await import("@/lib/forum/read-thread");
  const { listNewestPosts } = await import("@/lib/forum/list-threads");
  const { db } = await import("@/lib/db");

  // Facts about the data.
  const replies = await db.post.count({ where: { number: { gt: 1 } } });
  const threads = await db.thread.count();
  const [version] = await db.$queryRawUnsafe<{ v: string }[]>(
    engine === "postgresql" ? "SELECT split_part(version(), ' ', 1) || ' ' || split_part(version(), ' ', 2) AS v" : "SELECT 'SQLite ' || sqlite_version() AS v",
  );
  const facts = { replies, threads, engine: version.v };
  if (facts.replies < MIN_REPLIES) fail(`${values.db} có ${facts.replies} phản hồi; cần ít nhất ${MIN_REPLIES} (npm run db:fake).`);
  const article = await db.thread.findFirstOrThrow({ where: { kind: "article" }, orderBy: { id: "asc" }, select: { id: true, slug: true } });
  const big = await db.thread.findFirstOrThrow({ orderBy: { lastNumber: "desc" }, select: { id: true, slug: true, lastNumber: true } });
  const busy = await db.user.findFirstOrThrow({ orderBy: { postCount: "desc" }, select: { username: true } });

  const cases: Case[] = [
    { label: "phrase, accented “đầu tư”", params: { q: "đầu tư" } },
    { label: "phrase, no accents “dau tu”", params: { q: "dau tu" } },
    { label: "phrase, upper case “DAU TU”", params: { q: "DAU TU" } },
    { label: "phrase, NFD input “Trung Quốc”", params: { q: "Trung Quốc".normalize("NFD") } },
    { label: "common word “không”", params: { q: "không" } },
    { label: "common word, no accents “khong”", params: { q: "khong" } },
    { label: "very common “la” (là, lá, lạ…)", params: { q: "la" } },
    { label: "4-word phrase “trí tuệ nhân tạo”", params: { q: "trí tuệ nhân tạo" } },
    { label: "4-word phrase “tri tue nhan tao”", params: { q: "tri tue nhan tao" } },
    { label: "rare “khinh khí cầu”", params: { q: "khinh khí cầu" } },
    { label: "rare, no accents “khinh khi cau”", params: { q: "khinh khi cau" } },
    { label: "two rare phrases “cồng chiêng vịnh hạ long”", params: { q: "cồng chiêng vịnh hạ long" } },
    { label: `in the ${big.lastNumber - 1}-reply thread “pin lithium”`, params: { q: "pin lithium", thread: String(big.id) } },
    { label: "by member, last year “xe điện”", params: { q: "xe điện", member: busy.username, period: "1y" } },
    { label: "page 10 of “khong”", params: { q: "khong", page: "10" } },
  ];

  console.log(
    `bench:search — ${file ? path.relative(ROOT, file) : redactedUrl(values.db)}: ${facts.replies.toLocaleString("vi-VN")} phản hồi, ${facts.threads.toLocaleString("vi-VN")} chủ đề; ` +
      `${facts.engine}, Node ${process.version}; ${runs} lần mỗi phép đo sau ${WARMUP} lần khởi động.\n`,
  );

  // 1. In process.
  const inProcess = new Map<string, { median: number; p95: number; results: string }>();
  for (const c of cases) {
    let results = "";
    const timing = await timeIt(runs, async () => {
      const data = await searchForum(null, parseSearchParams(c.params));
      if (data.outcome.kind === "results") results = data.outcome.totalIsLowerBound ? `>${data.outcome.total}` : String(data.outcome.total);
      else results = data.outcome.kind;
    });
    inProcess.set(c.label, { ...timing, results });
  }
  const threadData = async (threadId: number) => {
    const thread = await getThreadById(threadId);
    await Promise.all([getOpeningPost(threadId), getReplies(threadId, 1), listNewestPosts()]);
    return thread;
  };
  const articleData = await timeIt(runs, () => threadData(article.id));
  const bigData = await timeIt(runs, () => threadData(big.id));
  await db.$disconnect();

  // 2. Over HTTP.
  const http = new Map<string, { median: number; p95: number }>();
  let articlePage: { median: number; p95: number } | null = null;
  let bigPage: { median: number; p95: number } | null = null;
  if (!values["no-http"]) {
    if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"))) {
      console.log("Chưa có bản build production: đang chạy next build…");
      runOrExit(bin("next"), ["build"]);
    }
    const port = String(3900 + Math.floor(Math.random() * 90));
    const origin = `http://127.0.0.1:${port}`;
    const server = spawn(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: baseEnv({ DATABASE_URL: values.db, SITE_URL: origin, NODE_ENV: "production" }),
      stdio: "ignore",
      detached: true,
    });
    const stop = () => {
      try {
        process.kill(-server.pid!, "SIGTERM");
      } catch {
        /* already gone */
      }
    };
    process.on("exit", stop);
    try {
      await waitForServer(origin);
      const get = async (pathname: string) => {
        const response = await fetch(origin + pathname);
        await response.text();
        if (response.status !== 200) throw new Error(`${pathname} → ${response.status}`);
      };
      for (const c of cases) http.set(c.label, await timeIt(runs, () => get(`/search?${new URLSearchParams(c.params)}`)));
      articlePage = await timeIt(runs, () => get(`/threads/${article.slug}.${article.id}`));
      bigPage = await timeIt(runs, () => get(`/threads/${big.slug}.${big.id}`));
    } finally {
      stop();
    }
  }

  const width = Math.max(...cases.map((c) => c.label.length)) + 2;
  console.log(`${"".padEnd(width)}  ${"search (service)".padEnd(22)}  ${"/search page (HTTP)".padEnd(22)}  kết quả`);
  console.log(`${"truy vấn".padEnd(width)}  ${"median".padStart(10)} ${"p95".padStart(10)}  ${"median".padStart(10)} ${"p95".padStart(10)}`);
  for (const c of cases) {
    const a = inProcess.get(c.label)!;
    const h = http.get(c.label);
    console.log(`${c.label.padEnd(width)}  ${ms(a.median)} ${ms(a.p95)}  ${h ? `${ms(h.median)} ${ms(h.p95)}` : "".padEnd(21)}  ${a.results}`);
  }
  console.log("");
  console.log(`${"thread page, article (20 replies)".padEnd(width)}  ${ms(articleData.median)} ${ms(articleData.p95)}  ${articlePage ? `${ms(articlePage.median)} ${ms(articlePage.p95)}` : ""}`);
  console.log(`${`thread page, ${big.lastNumber - 1} replies (page 1)`.padEnd(width)}  ${ms(bigData.median)} ${ms(bigData.p95)}  ${bigPage ? `${ms(bigPage.median)} ${ms(bigPage.p95)}` : ""}`);
  console.log("(thread page, cột trái: các hàm dữ liệu của trang; cột phải: GET trang qua next start, gồm render.)");
  console.log("");
  const slowest = cases.reduce((a, c) => (inProcess.get(c.label)!.median > inProcess.get(a.label)!.median ? c : a));
  console.log(`Truy vấn chậm nhất (dịch vụ tìm kiếm): ${slowest.label} — median ${ms(inProcess.get(slowest.label)!.median).trim()}.`);
  if (articlePage) {
    const render = articlePage.median;
    const faster = cases.filter((c) => inProcess.get(c.label)!.median < render).length;
    console.log(
      `So với render một trang chủ đề (HTTP, median ${ms(render).trim()}): ${faster}/${cases.length} truy vấn trả lời nhanh hơn ` +
        `(median của dịch vụ tìm kiếm: truy vấn, xếp hạng, đọc bài, đoạn trích).`,
    );
  }
}

async function waitForServer(origin: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/robots.txt`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("next start did not answer within 60 s");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
