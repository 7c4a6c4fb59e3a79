// npm run bench:profile [-- --seconds 8]
//
// Where each kind of request spends its CPU, from V8's own CPU profiles
// rather than guesses: for each scenario, the server `npm start` runs
// (scripts/serve.ts) is started on the benchmark database (data/bench/forum.db,
// made by `npm run bench`) under `node --cpu-prof`, loaded with wrk for
// `--seconds`, and stopped; its profile is summarised (self time by package
// and by function, profile-summary.ts). Scenarios:
//   guest-next    a guest's cached article page answered by Next.js (fast path off)
//   guest-fast    the same page answered by the guest fast path
//   member        the same page for a logged-in member
//   posting       members posting replies through the reply form
// The summaries go to docs/profiles/<scenario>.md (kept in the repository:
// the flame graphs' content, in text) and the raw .cpuprofile files to
// data/bench/profiles/<scenario>/ (open them in Chrome DevTools or speedscope).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { ROOT } from "../lib/run";
import { BENCH_PASSWORD } from "./bench-db";
import { formFields, logInThroughForm } from "./forms";
import { summarizeProfiles } from "./profile-summary";
import { startNext } from "./servers";
import { errorCount, rate, runWrk } from "./wrk";

const SCENARIOS = ["guest-next", "guest-fast", "member", "posting"] as const;
type Scenario = (typeof SCENARIOS)[number];

const { values } = parseArgs({ options: { seconds: { type: "string", default: "8" }, only: { type: "string" } } });
const seconds = Number(values.seconds);
const only = values.only ? (values.only.split(",") as Scenario[]) : [...SCENARIOS];

const DB_URL = "file:data/bench/forum.db";
const DB_FILE = path.join(ROOT, "data", "bench", "forum.db");

function articlePath(): string {
  // The article thread as the bench prepares it (bench-db.ts).
  const db = new Database(DB_FILE, { readonly: true });
  try {
    const row = db.prepare(`SELECT "id", "slug" FROM "Thread" WHERE "kind" = 'article' ORDER BY "id" LIMIT 1`).get() as { id: number; slug: string };
    return `/threads/${row.slug}.${row.id}`;
  } finally {
    db.close();
  }
}

function postingThread(): { id: number; slug: string } {
  const db = new Database(DB_FILE, { readonly: true });
  try {
    return db.prepare(`SELECT "id", "slug" FROM "Thread" WHERE "slug" LIKE 'do-tai-dang-tra-loi-luot-%' ORDER BY "id" LIMIT 1`).get() as { id: number; slug: string };
  } finally {
    db.close();
  }
}

async function warm(url: string, headers: Record<string, string> = {}): Promise<void> {
  for (let i = 0; i < 5; i++) await (await fetch(url, { headers: { "accept-encoding": "identity", ...headers } })).arrayBuffer();
}

async function profile(scenario: Scenario): Promise<string> {
  const dir = path.join(ROOT, "data", "bench", "profiles", scenario);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const spawnedAt = performance.now();
  let loadFrom = 0;
  let loadTo = 0;
  const server = await startNext(DB_URL, path.join(dir, "server.log"), { via: "npm-start", fastPath: scenario !== "guest-next", nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`] });
  let line: string;
  try {
    const url = server.origin + articlePath();
    const common = { seconds, connections: 50, threads: 2 };
    if (scenario === "guest-next" || scenario === "guest-fast") {
      await warm(url);
      loadFrom = performance.now();
      const r = await runWrk({ ...common, url });
      loadTo = performance.now();
      line = `${rate(r).toFixed(0)} req/s, p50 ${(r.latency_us.p50 / 1000).toFixed(1)} ms, p99 ${(r.latency_us.p99 / 1000).toFixed(1)} ms, errors ${errorCount(r)}`;
    } else {
      const cookies = await Promise.all(Array.from({ length: 10 }, (_, i) => logInThroughForm(server.origin, `do_tai_${String(i + 1).padStart(3, "0")}`, BENCH_PASSWORD)));
      if (scenario === "member") {
        await warm(url, { cookie: cookies[0] });
        loadFrom = performance.now();
        const r = await runWrk({ ...common, url, headers: { Cookie: cookies[0] } });
        loadTo = performance.now();
        line = `${rate(r).toFixed(0)} req/s, p50 ${(r.latency_us.p50 / 1000).toFixed(1)} ms, p99 ${(r.latency_us.p99 / 1000).toFixed(1)} ms, errors ${errorCount(r)}`;
      } else {
        const thread = postingThread();
        const threadUrl = `${server.origin}/threads/${thread.slug}.${thread.id}`;
        const page = await (await fetch(threadUrl, { headers: { cookie: cookies[0] } })).text();
        const fields = formFields(page, 'id="reply-composer"');
        delete fields.clientToken;
        delete fields.source;
        const conf = path.join(dir, "post.conf");
        fs.writeFileSync(conf, [`/threads/${thread.slug}.${thread.id}`, Object.entries(fields).map(([k, v]) => `${k}=${v}`).join("\t"), server.origin, ...cookies].join("\n") + "\n");
        loadFrom = performance.now();
        const r = await runWrk({ ...common, connections: 10, url: threadUrl, script: "post-replies.lua", scriptArgs: [conf, path.join(dir, "acknowledged")] });
        loadTo = performance.now();
        line = `${((r.acknowledged ?? 0) / (r.duration_us / 1e6)).toFixed(0)} acknowledged replies/s (10 members), p50 ${(r.latency_us.p50 / 1000).toFixed(1)} ms, errors ${errorCount(r)}`;
      }
    }
  } finally {
    server.stop();
  }
  // The profile is written as the process exits.
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !fs.readdirSync(dir).some((f) => f.endsWith(".cpuprofile"))) await new Promise((r) => setTimeout(r, 250));
  await new Promise((r) => setTimeout(r, 2_000));
  // The tsx wrapper writes a profile too (idle): only the server's, the largest, counts.
  const profiles = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
  const largest = profiles.sort((a, b) => fs.statSync(path.join(dir, b)).size - fs.statSync(path.join(dir, a)).size)[0];
  for (const f of profiles) if (f !== largest) fs.rmSync(path.join(dir, f));
  // Only the load: offsets from the process's start (≈ its spawn; the profiler starts with node).
  const summary = summarizeProfiles(dir, 25, { fromUs: (loadFrom - spawnedAt) * 1000, toUs: (loadTo - spawnedAt) * 1000 });
  const md = [
    `# CPU profile: ${scenario}`,
    "",
    `\`npm run bench:profile -- --only ${scenario} --seconds ${seconds}\` (${new Date().toISOString()}, load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(2)).join(" / ")}).`,
    `Load: ${line}. Profile: the server process during the load only (${((loadTo - loadFrom) / 1000).toFixed(1)} s of wall time), ${summary.totalMs} ms of samples that were not idle.`,
    "",
    "## Self time by package",
    "",
    "| package | ms | share |",
    "|---|---|---|",
    ...summary.packages.map((p) => `| ${p.name} | ${p.ms} | ${p.share} % |`),
    "",
    "## Heaviest functions (self time)",
    "",
    "| function | ms | share |",
    "|---|---|---|",
    ...summary.functions.map((f) => `| \`${f.name.replace(/\|/g, "\\|")}\` | ${f.ms} | ${f.share} % |`),
    "",
  ].join("\n");
  const out = path.join(ROOT, "docs", "profiles", `${scenario}.md`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, md);
  return `${scenario}: ${line} → ${path.relative(ROOT, out)}`;
}

async function main() {
  if (!fs.existsSync(DB_FILE)) {
    console.error("Lỗi: chưa có data/bench/forum.db — chạy npm run bench trước.");
    process.exit(1);
  }
  for (const scenario of only) console.log(await profile(scenario));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
