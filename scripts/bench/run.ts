// npm run bench [-- --rounds 3] [--seconds 10] [--connections 50] [--members 50] [--engine sqlite|postgresql|both]
// npm run bench -- --cluster [--sse 1000]: nginx + 2 instances + PostgreSQL + Redis instead (cluster-bench.ts)
// npm run bench -- --scenarios e --watchers 5000: only the posting scenario, the threads of even
//   rounds watched by 5 000 members (odd rounds: none), to compare posting with the alert fan-out
//   (watchers.ts, issue 19)
//
// --engine both runs every scenario on SQLite, then on PostgreSQL (BENCH_PG_URL,
// or the npm run pg:start cluster), and prints the two side by side.
//
// How fast the thread page is, against the static-file limit of this machine.
// On a copy of the db:fake database (bench-db.ts), the server `npm start`
// runs (scripts/serve.ts, built first if the build is not current) twice on
// the same database — with the guest fast path ("after") and with it turned
// off (CACHE_FAST_PATH_MB=0: the server as it was before it, "before") — and
// nginx serving saved copies of the guest pages, all on 127.0.0.1, with one
// load generator (wrk): a warm-up, then `--rounds` rounds of these
// scenarios, each `--seconds` long at `--connections` connections:
//   (a)  the guest page of the article thread (20 replies), fast path
//   (i)  the same page in English (/en/threads/…), fast path (issue 17: the
//        English cache entries served as fast as the Vietnamese ones, i/a ≈ 1)
//   (a0) the same, fast path off (before)
//   (b)  the same HTML from nginx
//   (c)  the same thread as a logged-in member (logged in through the form)
//   (d)  page 500 of the 10 000-reply thread, as a guest, fast path
//   (f)  the article as a fresh install has it (0 replies), guest, fast path
//   (f0) the same, fast path off (before)
//   (g)  the same HTML as (f) from nginx
//   (h)  the 0-reply article as a logged-in member
//   (e)  members posting replies at once (many members, each with a session,
//        through the real reply form), after which every acknowledged reply
//        is looked for in the database
// It prints requests/s, p50 and p99 per scenario and round, the ratios to
// nginx (a/b, a0/b, c/b, f/g, f0/g, h/g, p99 ratios) and d/a, errors, the
// guest page's HTML and JavaScript bytes (raw and gzip), and writes the same
// to bench-results.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild } from "../lib/build";
import { ROOT } from "../lib/run";
import { BENCH_PASSWORD, prepareBenchDatabase, preparePostgresBenchDatabase, type BenchData } from "./bench-db";
import { formFields, logInThroughForm } from "./forms";
import { measurePageBytes, type PageBytes } from "./page-bytes";
import { requireTools } from "./prerequisites";
import { printReport, type Report, type ScenarioKey, type ScenarioRun } from "./report";
import { startNext, startNginx, type Server } from "./servers";
import { readAcknowledged, verifyReplies, waitUntilSettled, type ReplyCheck } from "./verify-replies";
import { errorCount, rate, runWrk, type WrkResult } from "./wrk";
import { addWatchers } from "./watchers";

const WRK_THREADS = 2;
const WARMUP_SECONDS = 3;

function options() {
  const { values } = parseArgs({
    options: {
      rounds: { type: "string", default: "3" },
      seconds: { type: "string", default: "10" },
      connections: { type: "string", default: "50" },
      members: { type: "string", default: "50" },
      engine: { type: "string", default: "sqlite" },
      cluster: { type: "boolean", default: false },
      sse: { type: "string", default: "1000" },
      profile: { type: "boolean", default: false },
      scenarios: { type: "string", default: "abcde" },
      watchers: { type: "string", default: "0" },
    },
  });
  const int = (name: keyof typeof values, min: number) => {
    const n = Number(values[name]);
    if (!Number.isSafeInteger(n) || n < min) {
      console.error(`Lỗi: --${name} phải là số nguyên ≥ ${min}.`);
      process.exit(1);
    }
    return n;
  };
  const engines = values.engine === "both" ? (["sqlite", "postgresql"] as const) : [values.engine];
  for (const engine of engines) {
    if (engine !== "sqlite" && engine !== "postgresql") {
      console.error(`Lỗi: --engine là sqlite, postgresql hoặc both (nhận được "${engine}").`);
      process.exit(1);
    }
  }
  return {
    rounds: int("rounds", 1),
    seconds: int("seconds", 1),
    connections: int("connections", 1),
    members: int("members", 1),
    engines: engines as ("sqlite" | "postgresql")[],
    cluster: values.cluster === true,
    sse: int("sse", 1),
    profile: values.profile === true,
    scenarios: [...new Set(String(values.scenarios).split(""))].filter((k): k is ScenarioKey => "abcdefghi".includes(k)),
    watchers: int("watchers", 0),
  };
}

const threadPath = (t: { id: number; slug: string }, page = 1) => `/threads/${t.slug}.${t.id}${page > 1 ? `/page-${page}` : ""}`;

async function get(url: string, cookie?: string): Promise<{ status: number; cache: string | null; fast: boolean; body: string }> {
  // No Accept-Encoding: the bytes as nginx will serve them.
  const response = await fetch(url, { headers: { "accept-encoding": "identity", ...(cookie ? { cookie } : {}) }, redirect: "manual" });
  return { status: response.status, cache: response.headers.get("x-cache-status"), fast: response.headers.get("x-fast-path") === "HIT", body: await response.text() };
}

/** Loads a guest page until it is cached (and, with the fast path, answered by it); returns the cached HTML. */
async function cachedGuestHtml(url: string, fastPath: boolean): Promise<string> {
  for (let i = 0; i < 10; i++) {
    const page = await get(url);
    if (page.status !== 200) throw new Error(`${url}: HTTP ${page.status}`);
    if (page.cache === "HIT" && page.fast === fastPath) return page.body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not served from the cache${fastPath ? " by the fast path" : ""}`);
}

/** Logs every bench member in through the login form, a few at a time. */
async function logInMembers(origin: string, members: string[]): Promise<string[]> {
  const cookies: string[] = new Array(members.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < members.length) {
        const i = next++;
        cookies[i] = await logInThroughForm(origin, members[i], BENCH_PASSWORD);
      }
    }),
  );
  return cookies;
}

/** The composer's fields on the member page of `thread`, as the posting script sends them. */
async function writePostingConfig(origin: string, thread: { id: number; slug: string }, cookies: string[], file: string): Promise<void> {
  const page = await get(origin + threadPath(thread), cookies[0]);
  const fields = formFields(page.body, 'id="reply-composer"');
  delete fields.clientToken; // one of its own per request
  delete fields.source;
  if (String(thread.id) !== fields.threadId) throw new Error("composer of the wrong thread");
  const pairs = Object.entries(fields).map(([name, value]) => {
    if (/[\t\n]/.test(name + value)) throw new Error(`unexpected tab or newline in form field ${name}`);
    return `${name}=${value}`;
  });
  fs.writeFileSync(file, [threadPath(thread), pairs.join("\t"), origin, ...cookies].join("\n") + "\n");
}

/** Median of the per-request latency of `count` sequential GETs (for the per-request page of two page numbers). */
async function sequentialMedianMs(url: string, cookie: string, count: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await get(url, cookie);
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/**
 * Waits until each server answers a small request promptly again: wrk stops
 * after its seconds, but requests it left in flight (member pages, posts)
 * still run, and on a busy machine their backlog would be counted against the
 * next scenario. At most a minute.
 */
async function settle(origins: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (const origin of origins) {
    while (Date.now() < deadline) {
      const started = performance.now();
      try {
        await (await fetch(`${origin}/robots.txt`)).arrayBuffer();
      } catch {
        // answered below by the deadline
      }
      if (performance.now() - started < 100) break;
    }
  }
}

type Options = ReturnType<typeof options>;

async function main() {
  const opts = options();
  requireTools();
  if (opts.cluster) {
    const { benchCluster } = await import("./cluster-bench");
    const report = await benchCluster(opts);
    if (report.summary.lost + report.summary.doubled > 0 || report.checks.some((c) => !c.ok)) process.exitCode = 1;
    return;
  }
  let pgServer: string | undefined;
  if (opts.engines.includes("postgresql")) {
    // BENCH_PG_URL (any database on the server), or the npm run pg:start cluster.
    pgServer = process.env.BENCH_PG_URL;
    if (!pgServer) {
      const { startLocalCluster } = await import("../pg/local-cluster");
      pgServer = (await startLocalCluster(path.join(ROOT, "data", "postgres"))).url("postgres");
    }
  }
  const reports: Partial<Record<"sqlite" | "postgresql", Report>> = {};
  for (const engine of opts.engines) {
    console.log(`\n═══ ${engine === "sqlite" ? "SQLite" : "PostgreSQL"} ═══`);
    reports[engine] = await benchOn(engine, opts, pgServer);
  }
  const out = path.join(ROOT, "bench-results.json");
  fs.writeFileSync(out, JSON.stringify(opts.engines.length === 1 ? reports[opts.engines[0]] : reports, null, 2) + "\n");
  if (reports.sqlite && reports.postgresql) printEngineComparison(reports.sqlite, reports.postgresql);
  console.log(`\nĐã ghi ${path.relative(ROOT, out)}.`);
  if (Object.values(reports).some((r) => r!.checks.some((c) => !c.ok))) process.exitCode = 1;
}

/** The two engines side by side, from the same run: medians over the rounds. */
function printEngineComparison(sqlite: Report, postgresql: Report) {
  const median = (report: Report, key: ScenarioKey) => {
    const values = report.runs.filter((r) => r.key === key).map((r) => rate(r.result)).sort((a, b) => a - b);
    return values[Math.floor(values.length / 2)] ?? 0;
  };
  const labels: Partial<Record<ScenarioKey, string>> = {
    a: "(a) guest thread page, req/s",
    b: "(b) nginx, same HTML, req/s",
    c: "(c) member thread page, req/s",
    d: "(d) guest page 500 of 10 000 replies, req/s",
    e: "(e) replies posted, req/s",
  };
  console.log("\n▶ Hai cơ sở dữ liệu, cùng một lần đo (trung vị các lượt)");
  console.log(`${"".padEnd(46)} ${"SQLite".padStart(10)} ${"PostgreSQL".padStart(12)} ${"PG/SQLite".padStart(10)}`);
  for (const key of ["a", "b", "c", "d", "e"] as ScenarioKey[]) {
    const a = median(sqlite, key);
    const b = median(postgresql, key);
    console.log(`${labels[key]!.padEnd(46)} ${a.toFixed(0).padStart(10)} ${b.toFixed(0).padStart(12)} ${(a > 0 ? b / a : 0).toFixed(2).padStart(10)}`);
  }
  const acked = (r: Report) => r.checks.reduce((n, c) => n + c.acknowledged, 0);
  const lost = (r: Report) => r.checks.reduce((n, c) => n + c.lost + c.doubled, 0);
  console.log(`${"replies acknowledged / lost+doubled".padEnd(46)} ${`${acked(sqlite)}/${lost(sqlite)}`.padStart(10)} ${`${acked(postgresql)}/${lost(postgresql)}`.padStart(12)}`);
  console.log(
    `${"member page, 10 000-reply thread p1 / p500, ms".padEnd(46)} ${`${sqlite.perRequest.page1Ms.toFixed(1)}/${sqlite.perRequest.page500Ms.toFixed(1)}`.padStart(10)} ${`${postgresql.perRequest.page1Ms.toFixed(1)}/${postgresql.perRequest.page500Ms.toFixed(1)}`.padStart(12)}`,
  );
}

async function benchOn(engine: "sqlite" | "postgresql", opts: Options, pgServer: string | undefined): Promise<Report> {
  const startedAt = new Date();
  console.log(`▶ Cơ sở dữ liệu đo tải (bản sao của data/fake.db${engine === "postgresql" ? ", trên PostgreSQL" : ""})…`);
  const data: BenchData =
    engine === "postgresql"
      ? await preparePostgresBenchDatabase(pgServer!, { members: opts.members, rounds: opts.rounds })
      : await prepareBenchDatabase({ members: opts.members, rounds: opts.rounds });
  console.log(`  ${data.counts.threads} chủ đề, ${data.counts.replies} phản hồi, ${data.counts.members} thành viên (${data.members.length} thành viên đo tải).`);
  ensureBuild();

  const servers: Server[] = [];
  const stopAll = () => servers.forEach((s) => s.stop());
  process.on("SIGINT", () => {
    stopAll();
    process.exit(130);
  });
  try {
    console.log("▶ Máy chủ của npm start (có và không có đường nhanh cho khách) và nginx trên 127.0.0.1…");
    const next = await startNext(data.url, path.join(ROOT, "data", "bench", "next.log"), { via: "npm-start" });
    servers.push(next);
    const before = await startNext(data.url, path.join(ROOT, "data", "bench", "next-before.log"), { via: "npm-start", fastPath: false });
    servers.push(before);
    const cookies = await logInMembers(next.origin, data.members);
    const memberCookie = cookies[0];

    const articleUrl = next.origin + threadPath(data.article);
    const page500Url = next.origin + threadPath(data.big, 500);
    const freshUrl = data.freshArticle ? next.origin + threadPath(data.freshArticle) : null;
    // The pages answer as they should before anything is timed: the same
    // bytes from the fast path as from Next.js's cache.
    const articleHtml = await cachedGuestHtml(articleUrl, true);
    if (articleHtml !== (await cachedGuestHtml(before.origin + threadPath(data.article), false)).replaceAll(before.origin, next.origin)) {
      console.warn("  (chú ý: HTML của hai máy chủ khác nhau ngoài địa chỉ — thanh bên đã đổi giữa hai lần dựng)");
    }
    const memberPage = await get(articleUrl, memberCookie);
    if (memberPage.status !== 200 || !memberPage.body.includes('id="reply-composer"')) throw new Error("member page without the reply form");
    await cachedGuestHtml(page500Url, true);
    const freshHtml = freshUrl ? await cachedGuestHtml(freshUrl, true) : null;
    if (freshUrl) await cachedGuestHtml(before.origin + threadPath(data.freshArticle!), false);

    const nginx = await startNginx(articleHtml, freshHtml ? { fresh: freshHtml } : {});
    servers.push(nginx);
    const bytes: PageBytes = await measurePageBytes(next.origin, articleHtml);
    const freshBytes: PageBytes | null = freshHtml ? await measurePageBytes(next.origin, freshHtml) : null;

    const configFor = (round: number) => path.join(ROOT, "data", "bench", `post-${round}.conf`);
    const ackPrefix = (round: number) => path.join(ROOT, "data", "bench", `acknowledged-${round}`);
    for (let round = 0; round <= opts.rounds; round++) {
      await writePostingConfig(next.origin, data.postThreads[round], cookies, configFor(round));
      for (let i = 1; i <= WRK_THREADS; i++) fs.rmSync(`${ackPrefix(round)}.${i}`, { force: true });
    }

    const scenario = (key: ScenarioKey, round: number, seconds: number): Promise<WrkResult> => {
      const common = { seconds, connections: opts.connections, threads: WRK_THREADS };
      switch (key) {
        case "a":
          return runWrk({ ...common, url: articleUrl });
        case "i":
          // The same page in English: its own cache entry and fast-path copy (docs/i18n.md).
          return runWrk({ ...common, url: next.origin + "/en" + threadPath(data.article) });
        case "a0":
          return runWrk({ ...common, url: before.origin + threadPath(data.article) });
        case "f":
          return runWrk({ ...common, url: freshUrl! });
        case "f0":
          return runWrk({ ...common, url: before.origin + threadPath(data.freshArticle!) });
        case "g":
          return runWrk({ ...common, url: `${nginx.origin}/fresh` });
        case "h":
          return runWrk({ ...common, url: freshUrl!, headers: { Cookie: memberCookie } });
        case "b":
          return runWrk({ ...common, url: `${nginx.origin}/` });
        case "c":
          return runWrk({ ...common, url: articleUrl, headers: { Cookie: memberCookie } });
        case "d":
          return runWrk({ ...common, url: page500Url });
        case "e":
          return runWrk({ ...common, url: next.origin + threadPath(data.postThreads[round]), script: "post-replies.lua", scriptArgs: [configFor(round), ackPrefix(round)] });
      }
    };
    // Each page next to its nginx baseline, so both sides of a ratio meet the same load.
    const allKeys: ScenarioKey[] = ["a", "b", "i", "a0", "c", "d", ...(freshUrl ? (["f", "g", "f0", "h"] as ScenarioKey[]) : []), "e"];
    const keys: ScenarioKey[] = opts.scenarios.length ? opts.scenarios : allKeys;
    if (opts.watchers > 0) {
      const watched = data.postThreads.filter((_, round) => round > 0 && round % 2 === 0).map((t) => t.id);
      await addWatchers(data.url, opts.watchers, watched);
      console.log(`  ${opts.watchers} thành viên theo dõi chủ đề của các lượt chẵn (lượt lẻ: không ai theo dõi).`);
    }

    console.log(`▶ Khởi động: mỗi kịch bản ${WARMUP_SECONDS} s`);
    const origins = [next.origin, before.origin];
    for (const key of keys) {
      await scenario(key, 0, WARMUP_SECONDS);
      await settle(origins);
    }

    const runs: ScenarioRun[] = [];
    const checks: (ReplyCheck & { round: number })[] = [];
    for (let round = 1; round <= opts.rounds; round++) {
      console.log(`▶ Lượt ${round}/${opts.rounds}: ${keys.length} kịch bản × ${opts.seconds} s, ${opts.connections} kết nối`);
      for (const key of keys) {
        const result = await scenario(key, round, opts.seconds);
        await settle(origins);
        runs.push({ key, round, result });
        const rps = rate(result).toFixed(0).padStart(7);
        console.log(`  (${key}) ${rps} req/s  p50 ${(result.latency_us.p50 / 1000).toFixed(1)} ms  p99 ${(result.latency_us.p99 / 1000).toFixed(1)} ms  lỗi ${errorCount(result)}`);
        if (key === "e") {
          await waitUntilSettled(data.url, data.postThreads[round].id);
          const check = await verifyReplies(data.url, data.postThreads[round].id, readAcknowledged(ackPrefix(round), WRK_THREADS));
          checks.push({ ...check, round });
          console.log(
            `      kiểm tra: ${check.acknowledged} trả lời được xác nhận, mất ${check.lost}, trùng ${check.doubled}` +
              ` (${check.unacknowledgedRows} hàng ghi nhưng chưa kịp trả lời khi wrk dừng); ` +
              `replyCount ${check.replyCount} = ${check.visibleRows} hàng hiển thị: ${check.replyCount === check.visibleRows ? "đúng" : "SAI"}`,
          );
        }
      }
    }

    // The per-request (member) page of the 10 000-reply thread, page 1 and
    // page 500: what rendering costs without the cache, at either end.
    const perRequest = {
      page1Ms: await sequentialMedianMs(next.origin + threadPath(data.big), memberCookie, 100),
      page500Ms: await sequentialMedianMs(page500Url, memberCookie, 100),
    };

    const report: Report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      // Other work on the machine shares its two cores: the load average says how much.
      machine: { node: process.version, cpus: os.cpus().length, loadAverageAtEnd: os.loadavg() },
      options: { rounds: opts.rounds, seconds: opts.seconds, connections: opts.connections, members: opts.members, engines: opts.engines, engine, wrkThreads: WRK_THREADS, warmupSeconds: WARMUP_SECONDS },
      data: {
        threads: data.counts.threads,
        replies: data.counts.replies,
        members: data.counts.members,
        article: { path: threadPath(data.article), replies: data.article.replies },
        freshArticle: data.freshArticle ? { path: threadPath(data.freshArticle), replies: 0 } : null,
        page500: { path: threadPath(data.big, 500), threadReplies: data.big.replies },
      },
      bytes,
      freshBytes,
      runs,
      checks,
      perRequest,
    };
    printReport(report);
    return report;
  } finally {
    stopAll();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
