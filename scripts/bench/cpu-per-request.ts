// npm run bench:cpu [-- --seconds 8] [--rounds 2] [--before ../other-checkout]
//
// CPU milliseconds the server spends per member page and per acknowledged
// reply, for two servers side by side in one run, on copies of the same
// database (data/bench/forum.db, made by `npm run bench`). On a machine
// shared with other work, requests per second mostly measure how much of the
// two cores the server got; the server's own CPU time per request (utime +
// stime from /proc, all its threads) is far less moved by the load beside it.
// Both servers are up for the whole run and take turns, round by round, so
// both meet the same machine.
//
//   before   --before DIR: the build of another checkout (say, main before a
//            change: `git worktree add ../before <commit>`, `npm ci`, `npx next
//            build` there); without it, this build with PRISMA_PLAN_CACHE=0
//            (every query compiled anew, lib/db/plan-cache.ts)
//   after    this checkout's build
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { ROOT } from "../lib/run";
import { BENCH_PASSWORD } from "./bench-db";
import { formFields, logInThroughForm } from "./forms";
import { startNext, type Server } from "./servers";
import { runWrk } from "./wrk";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "8" }, rounds: { type: "string", default: "2" }, before: { type: "string" } } });
const seconds = Number(values.seconds);
const DB_FILE = path.join(ROOT, "data", "bench", "forum.db");
const beforeDir = values.before ? path.resolve(values.before) : null;

/** CPU ticks (1/100 s) of every process whose command line holds `needle` (the server and its threads). */
function cpuTicks(needle: string): number {
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(needle)) continue;
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks;
}

function row<T>(file: string, sql: string): T {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

type Variant = { name: "before" | "after"; server: Server; needle: string; cookies: string[]; file: string };

async function start(name: Variant["name"]): Promise<Variant> {
  // A copy each: both post replies, and neither should read the other's.
  const file = path.join(ROOT, "data", "bench", `cpu-${name}.db`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  await new Database(DB_FILE, { readonly: true }).backup(file);
  const server = await startNext(`file:${file}`, path.join(ROOT, "data", "bench", `cpu-${name}.log`), {
    via: "npm-start",
    cwd: name === "before" && beforeDir ? beforeDir : ROOT,
    env: name === "before" && !beforeDir ? { PRISMA_PLAN_CACHE: "0" } : {},
  });
  const cookies = await Promise.all(Array.from({ length: 10 }, (_, i) => logInThroughForm(server.origin, `do_tai_${String(i + 1).padStart(3, "0")}`, BENCH_PASSWORD)));
  return { name, server, needle: `-p\0${new URL(server.origin).port}`, cookies, file };
}

async function cpuPerPage(v: Variant, url: string): Promise<{ ms: number; rate: number }> {
  const t0 = cpuTicks(v.needle);
  const run = await runWrk({ seconds, connections: 10, threads: 2, url, headers: { Cookie: v.cookies[0] } });
  return { ms: ((cpuTicks(v.needle) - t0) * 10) / Math.max(1, run.requests), rate: run.requests / seconds };
}

async function cpuPerReply(v: Variant, round: number): Promise<{ ms: number; rate: number }> {
  const thread = row<{ id: number; slug: string }>(v.file, `SELECT "id", "slug" FROM "Thread" WHERE "slug" LIKE 'do-tai-dang-tra-loi-luot-%' ORDER BY "id" DESC LIMIT 1`);
  const threadPath = `/threads/${thread.slug}.${thread.id}`;
  const page = await (await fetch(v.server.origin + threadPath, { headers: { cookie: v.cookies[0] } })).text();
  const fields = formFields(page, 'id="reply-composer"');
  delete fields.clientToken;
  delete fields.source;
  const dir = path.join(ROOT, "data", "bench", `cpu-${v.name}-${round}`);
  fs.mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, "post.conf");
  fs.writeFileSync(conf, [threadPath, Object.entries(fields).map(([k, val]) => `${k}=${val}`).join("\t"), v.server.origin, ...v.cookies].join("\n") + "\n");
  const t0 = cpuTicks(v.needle);
  const posting = await runWrk({ seconds, connections: 10, threads: 2, url: v.server.origin + threadPath, script: "post-replies.lua", scriptArgs: [conf, path.join(dir, "acknowledged")] });
  // The background work the replies queued (alerts) is counted too.
  await new Promise((r) => setTimeout(r, 3_000));
  const acknowledged = Math.max(1, posting.acknowledged ?? 0);
  return { ms: ((cpuTicks(v.needle) - t0) * 10) / acknowledged, rate: (posting.acknowledged ?? 0) / seconds };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  if (!fs.existsSync(DB_FILE)) {
    console.error("Lỗi: chưa có data/bench/forum.db — chạy npm run bench trước.");
    process.exit(1);
  }
  if (beforeDir && !fs.existsSync(path.join(beforeDir, ".next", "BUILD_ID"))) {
    console.error(`Lỗi: ${beforeDir} chưa có bản dựng (.next): chạy npx next build ở đó trước.`);
    process.exit(1);
  }
  console.log(`before: ${beforeDir ?? "this build, PRISMA_PLAN_CACHE=0"} · after: this build · ${values.rounds} rounds × ${seconds} s, 10 connections`);
  const variants = [await start("before"), await start("after")];
  try {
    const article = row<{ id: number; slug: string }>(DB_FILE, `SELECT "id", "slug" FROM "Thread" WHERE "kind" = 'article' ORDER BY "id" LIMIT 1`);
    const fresh = row<{ id: number; slug: string } | undefined>(DB_FILE, `SELECT "id", "slug" FROM "Thread" WHERE "slug" = 'bai-bao-chua-co-phan-hoi' LIMIT 1`);
    const pages = { "member, 20 replies": `/threads/${article.slug}.${article.id}`, ...(fresh ? { "member, 0 replies": `/threads/${fresh.slug}.${fresh.id}` } : {}) };
    for (const v of variants) for (const url of Object.values(pages)) for (let i = 0; i < 5; i++) await (await fetch(v.server.origin + url, { headers: { cookie: v.cookies[0] } })).text();
    const results: Record<string, Record<string, { ms: number; rate: number }[]>> = { before: {}, after: {} };
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const v of variants) {
        for (const [label, url] of Object.entries(pages)) (results[v.name][label] ??= []).push(await cpuPerPage(v, v.server.origin + url));
        (results[v.name]["reply"] ??= []).push(await cpuPerReply(v, round));
        const last = Object.entries(results[v.name]).map(([label, list]) => `${label} ${list.at(-1)!.ms.toFixed(1)} ms (${list.at(-1)!.rate.toFixed(0)}/s)`);
        console.log(`round ${round + 1}, ${v.name}: ${last.join(" · ")} · load ${os.loadavg()[0].toFixed(1)}`);
      }
    }
    console.log("\nCPU ms per request of the server process (median of the rounds), before → after:");
    for (const label of Object.keys(results.after)) {
      const b = median(results.before[label].map((r) => r.ms));
      const a = median(results.after[label].map((r) => r.ms));
      const br = median(results.before[label].map((r) => r.rate));
      const ar = median(results.after[label].map((r) => r.rate));
      console.log(`  ${label.padEnd(20)} ${b.toFixed(1)} → ${a.toFixed(1)} ms (× ${(b / a).toFixed(2)} less CPU) · ${br.toFixed(0)} → ${ar.toFixed(0)} per second`);
    }
  } finally {
    for (const v of variants) v.server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
