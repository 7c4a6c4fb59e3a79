// npm run bench:cpu [-- --seconds 8]
//
// CPU milliseconds the server spends per member page and per acknowledged
// reply, with and without the SQLite changes of issue 18, on the same build
// and database (data/bench/forum.db, made by `npm run bench`). On a machine
// shared with other work, requests per second mostly measure how much of the
// two cores the server got; the server's own CPU time per request (utime +
// stime from /proc, all its threads) is far less moved by the load beside it.
// Variants (environment of the server):
//   before   SQLITE_DIRECT=0: Prisma's reply transaction, every statement compiled anew
//   after    the hand-written reply transaction, and SQLITE_STATEMENT_CACHE=1 (statements kept prepared; off by default)
// The read mark written only when it rises (member page) has no switch: it
// is in both variants.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { ROOT } from "../lib/run";
import { BENCH_PASSWORD } from "./bench-db";
import { formFields, logInThroughForm } from "./forms";
import { startNext } from "./servers";
import { runWrk } from "./wrk";

const { values } = parseArgs({ options: { seconds: { type: "string", default: "8" }, rounds: { type: "string", default: "2" } } });
const seconds = Number(values.seconds);
const DB_FILE = path.join(ROOT, "data", "bench", "forum.db");

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

function rows<T>(sql: string): T {
  const db = new Database(DB_FILE, { readonly: true });
  try {
    return db.prepare(sql).get() as T;
  } finally {
    db.close();
  }
}

async function measure(variant: "before" | "after") {
  const env = variant === "before" ? { SQLITE_DIRECT: "0", SQLITE_STATEMENT_CACHE: undefined } : { SQLITE_DIRECT: undefined, SQLITE_STATEMENT_CACHE: "1" };
  for (const [k, v] of Object.entries(env)) v === undefined ? delete process.env[k] : (process.env[k] = v);
  const server = await startNext("file:data/bench/forum.db", path.join(ROOT, "data", "bench", `cpu-${variant}.log`), { via: "npm-start", nodeArgs: [] });
  const needle = `-p\0${new URL(server.origin).port}`;
  try {
    const article = rows<{ id: number; slug: string }>(`SELECT "id", "slug" FROM "Thread" WHERE "kind" = 'article' ORDER BY "id" LIMIT 1`);
    const thread = rows<{ id: number; slug: string }>(`SELECT "id", "slug" FROM "Thread" WHERE "slug" LIKE 'do-tai-dang-tra-loi-luot-%' ORDER BY "id" DESC LIMIT 1`);
    const cookies = await Promise.all(Array.from({ length: 10 }, (_, i) => logInThroughForm(server.origin, `do_tai_${String(i + 1).padStart(3, "0")}`, BENCH_PASSWORD)));
    const memberUrl = `${server.origin}/threads/${article.slug}.${article.id}`;
    for (let i = 0; i < 5; i++) await (await fetch(memberUrl, { headers: { cookie: cookies[0] } })).text();
    const out: Record<string, number> = {};
    for (let round = 0; round < Number(values.rounds); round++) {
      let t0 = cpuTicks(needle);
      const member = await runWrk({ seconds, connections: 10, threads: 2, url: memberUrl, headers: { Cookie: cookies[0] } });
      const memberMs = ((cpuTicks(needle) - t0) * 10) / (member.requests ?? 1);
      const threadUrl = `${server.origin}/threads/${thread.slug}.${thread.id}`;
      const page = await (await fetch(threadUrl, { headers: { cookie: cookies[0] } })).text();
      const fields = formFields(page, 'id="reply-composer"');
      delete fields.clientToken;
      delete fields.source;
      const dir = path.join(ROOT, "data", "bench", `cpu-${variant}-${round}`);
      fs.mkdirSync(dir, { recursive: true });
      const conf = path.join(dir, "post.conf");
      fs.writeFileSync(conf, [`/threads/${thread.slug}.${thread.id}`, Object.entries(fields).map(([k, v]) => `${k}=${v}`).join("\t"), server.origin, ...cookies].join("\n") + "\n");
      t0 = cpuTicks(needle);
      const posting = await runWrk({ seconds, connections: 10, threads: 2, url: threadUrl, script: "post-replies.lua", scriptArgs: [conf, path.join(dir, "acknowledged")] });
      // Wait for the background work the replies queued (alerts) to be counted too.
      await new Promise((r) => setTimeout(r, 3_000));
      const replyMs = ((cpuTicks(needle) - t0) * 10) / Math.max(1, posting.acknowledged ?? 0);
      out[`member ${round + 1}`] = memberMs;
      out[`reply ${round + 1}`] = replyMs;
      console.log(`${variant} round ${round + 1}: member page ${memberMs.toFixed(1)} ms CPU (${member.requests} pages), reply ${replyMs.toFixed(1)} ms CPU (${posting.acknowledged} acknowledged) · load ${os.loadavg()[0].toFixed(1)}`);
    }
    return out;
  } finally {
    server.stop();
  }
}

async function main() {
  if (!fs.existsSync(DB_FILE)) {
    console.error("Lỗi: chưa có data/bench/forum.db — chạy npm run bench trước.");
    process.exit(1);
  }
  const before = await measure("before");
  const after = await measure("after");
  console.log("\nCPU ms per request (server process), before → after:");
  for (const key of Object.keys(before)) console.log(`  ${key.padEnd(10)} ${before[key].toFixed(1)} → ${after[key].toFixed(1)}  (× ${(before[key] / after[key]).toFixed(2)})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
