// npm run bench -- --cluster [--rounds 3] [--seconds 10] [--connections 50] [--members 50] [--sse 1000]
//
// The forum as a cluster (scripts/cluster/start-cluster.ts: PostgreSQL,
// Redis, 2 instances, nginx with deploy/nginx.conf) on a fresh database
// under data/bench-cluster/, one run, side by side:
//   (a)  the guest thread page through nginx (its ~1 s micro-cache)
//   (b)  nginx serving the same HTML as a static file
//   (c1) the member thread page through nginx over 1 instance (a second
//        nginx from the same template, app1 as its only upstream)
//   (c2) the same through the cluster's nginx over 2 instances
//   (d)  members posting replies through nginx on 2 instances (wrk, the real
//        reply form), then every acknowledged reply looked for in the database
//   (e)  `--sse` event streams spread evenly over the instances, one reply
//        posted through app1 at a time: delivery p50/p95, RSS per instance
// a, b, c1, c2 and d are interleaved round by round so that load from others
// on the machine hits both sides of each ratio. Each scenario's CPU use per
// process (process-cpu.ts) says what bounds it. Prints the figures and writes
// bench-cluster-results.json.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { createPrismaClient } from "@/lib/db-client";
import { ROOT } from "../lib/run";
import { freePortRun } from "../lib/port-free";
import { startCluster, waitForHttp } from "../cluster/start-cluster";
import { startNginx as startClusterNginx } from "../cluster/nginx";
import { waitForPort } from "../redis/local-redis";
import { rssMb } from "../faults/server";
import { newToken, replyForm, sendReply } from "../faults/posting";
import { addPostingFixtures, BENCH_PASSWORD } from "./bench-db";
import { formFields, logInThroughForm } from "./forms";
import { startNginx as startStaticNginx, type Server } from "./servers";
import { measureCpu, type CpuShare } from "./process-cpu";
import { readAcknowledged, verifyReplies, waitUntilSettled, type ReplyCheck } from "./verify-replies";
import { errorCount, rate, runWrk, type WrkResult } from "./wrk";

const WRK_THREADS = 2;
const WARMUP_SECONDS = 3;
type Key = "a" | "b" | "c1" | "c2" | "d";
const LABELS: Record<Key, string> = {
  a: "(a)  guest thread page, nginx micro-cache",
  b: "(b)  nginx, same HTML as a static file",
  c1: "(c1) member thread page, nginx → 1 instance",
  c2: "(c2) member thread page, nginx → 2 instances",
  d: "(d)  replies posted, nginx → 2 instances",
};

export type ClusterBenchOptions = { rounds: number; seconds: number; connections: number; members: number; sse: number; profile?: boolean };

const threadPath = (t: { id: number; slug: string }) => `/threads/${t.slug}.${t.id}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function writePostingConfig(origin: string, pathname: string, cookies: string[], file: string): Promise<void> {
  const page = await fetch(origin + pathname, { headers: { cookie: cookies[0] } });
  const fields = formFields(await page.text(), 'id="reply-composer"');
  delete fields.clientToken;
  delete fields.source;
  fs.writeFileSync(file, [pathname, Object.entries(fields).map(([n, v]) => `${n}=${v}`).join("\t"), origin, ...cookies].join("\n") + "\n");
}

/** `n` event streams on a thread, spread over `origins`; resolves once each had its first event. */
async function openStreams(origins: string[], threadId: number, n: number) {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const requests: http.ClientRequest[] = [];
  const lastNumberSeen: number[] = new Array(n).fill(0);
  const arrivals: ((at: number, lastNumber: number) => void)[] = [];
  let ready = 0;
  let failed = 0;
  await new Promise<void>((resolve) => {
    for (let i = 0; i < n; i++) {
      const origin = new URL(origins[i % origins.length]);
      const req = http.get({ host: origin.hostname, port: origin.port, path: `/api/threads/${threadId}/events?after=1`, agent }, (res) => {
        let buffer = "";
        res.on("data", (chunk: Buffer) => {
          const at = performance.now();
          buffer += chunk.toString();
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = /^event: stats\ndata: (.*)$/m.exec(block)?.[1];
            if (!data) continue;
            const { lastNumber } = JSON.parse(data) as { lastNumber: number };
            if (lastNumberSeen[i] === 0 && ++ready === n) resolve();
            lastNumberSeen[i] = lastNumber;
            for (const f of arrivals) f(at, lastNumber);
          }
        });
      });
      req.on("error", () => {
        failed++;
        if (ready + failed === n) resolve();
      });
      requests.push(req);
    }
    setTimeout(resolve, 120_000);
  });
  return {
    ready: () => ready,
    failed: () => failed,
    /** Resolves with each stream's delivery time (ms after `since`) of lastNumber ≥ `target`, within `timeoutMs`. */
    deliveries: (target: number, since: number, timeoutMs = 10_000) =>
      new Promise<number[]>((resolve) => {
        const times: number[] = [];
        const f = (at: number, lastNumber: number) => {
          if (lastNumber >= target) times.push(at - since);
          if (times.length === ready) done();
        };
        const done = () => {
          arrivals.splice(arrivals.indexOf(f), 1);
          resolve(times);
        };
        arrivals.push(f);
        setTimeout(done, timeoutMs);
      }),
    close: () => requests.forEach((r) => r.destroy()),
  };
}

export async function benchCluster(opts: ClusterBenchOptions) {
  const startedAt = new Date();
  const loadAtStart = os.loadavg();
  const port = await freePortRun(4);
  const dir = path.join(ROOT, "data", "bench-cluster");
  const log: string[] = [];
  console.log(`▶ Cụm đo tải: nginx :${port} (2 tiến trình), :${port + 3} (1 tiến trình), app :${port + 1} :${port + 2}; PostgreSQL, Redis riêng (${path.relative(ROOT, dir)})`);
  // --profile: every instance writes a V8 CPU profile when it stops (summarized at the end).
  const profileDir = path.join(ROOT, "data", "bench-cluster-profiles");
  if (opts.profile) fs.rmSync(profileDir, { recursive: true, force: true });
  const cluster = await startCluster({
    port,
    instances: 2,
    dir,
    fresh: true,
    log: (l) => log.push(l),
    nodeArgs: opts.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : undefined,
  });
  const servers: Server[] = [];
  let nginxOne: ChildProcess | null = null;
  const stopAll = async () => {
    servers.forEach((s) => s.stop());
    nginxOne?.kill("SIGTERM");
    await cluster.stop();
  };
  process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));
  try {
    const { FORUM_URL, INSTANCE_URLS, DATABASE_URL } = cluster.urls;
    const db = createPrismaClient(DATABASE_URL);
    let fixtures;
    let article;
    try {
      fixtures = await addPostingFixtures(db, { members: opts.members, rounds: opts.rounds });
      article = await db.thread.findFirstOrThrow({ where: { kind: "article" }, orderBy: { id: "asc" }, select: { id: true, slug: true } });
    } finally {
      await db.$disconnect();
    }
    const cookies: string[] = [];
    for (const m of fixtures.members) cookies.push(await logInThroughForm(FORUM_URL, m, BENCH_PASSWORD));
    // The article thread with 20 replies, like the single-process benchmark's.
    const articlePath = threadPath(article);
    const fields = await replyForm(FORUM_URL, articlePath, cookies[0]);
    for (let i = 0; i < 20; i++) await sendReply(FORUM_URL, articlePath, cookies[i % cookies.length], fields, { token: newToken(), source: `Phản hồi mẫu số ${i + 1} cho trang đo tải.` });

    const onePort = port + 3;
    nginxOne = startClusterNginx({ dir: path.join(dir, "nginx-one"), listen: `127.0.0.1:${onePort}`, upstreams: [`127.0.0.1:${port + 1}`] });
    await waitForPort(onePort);
    const oneUrl = `http://127.0.0.1:${onePort}`;
    await waitForHttp(`${oneUrl}/`);

    const guest = await fetch(FORUM_URL + articlePath);
    const html = await guest.text();
    if (guest.status !== 200 || !html.includes("Phản hồi mẫu số 20")) throw new Error(`guest page: HTTP ${guest.status}`);
    const member = await (await fetch(FORUM_URL + articlePath, { headers: { cookie: cookies[0] } })).text();
    if (!member.includes('id="reply-composer"')) throw new Error("member page without the reply form");
    const staticNginx = await startStaticNginx(html);
    servers.push(staticNginx);

    fs.mkdirSync(path.join(dir, "wrk"), { recursive: true });
    const configFor = (round: number) => path.join(dir, "wrk", `post-${round}.conf`);
    const ackPrefix = (round: number) => path.join(dir, "wrk", `acknowledged-${round}`);
    for (let round = 0; round <= opts.rounds; round++) {
      await writePostingConfig(FORUM_URL, threadPath(fixtures.postThreads[round]), cookies, configFor(round));
      for (let i = 1; i <= WRK_THREADS; i++) fs.rmSync(`${ackPrefix(round)}.${i}`, { force: true });
    }
    const pids = () => ({ app1: cluster.instances[0].pid(), app2: cluster.instances[1].pid() });
    const scenario = (key: Key, round: number, seconds: number): Promise<WrkResult> => {
      const common = { seconds, connections: opts.connections, threads: WRK_THREADS };
      switch (key) {
        case "a":
          return runWrk({ ...common, url: FORUM_URL + articlePath });
        case "b":
          return runWrk({ ...common, url: `${staticNginx.origin}/` });
        case "c1":
          return runWrk({ ...common, url: oneUrl + articlePath, headers: { Cookie: cookies[0] } });
        case "c2":
          return runWrk({ ...common, url: FORUM_URL + articlePath, headers: { Cookie: cookies[0] } });
        case "d":
          return runWrk({ ...common, url: FORUM_URL + threadPath(fixtures.postThreads[round]), script: "post-replies.lua", scriptArgs: [configFor(round), ackPrefix(round)] });
      }
    };
    const keys: Key[] = ["a", "b", "c1", "c2", "d"];
    console.log(`▶ Khởi động: mỗi kịch bản ${WARMUP_SECONDS} s`);
    for (const key of keys) await scenario(key, 0, WARMUP_SECONDS);

    const runs: { key: Key; round: number; result: WrkResult; cpu: CpuShare; load1: number }[] = [];
    const checks: (ReplyCheck & { round: number })[] = [];
    for (let round = 1; round <= opts.rounds; round++) {
      console.log(`▶ Lượt ${round}/${opts.rounds}: ${keys.length} kịch bản × ${opts.seconds} s, ${opts.connections} kết nối`);
      // c1 and c2 swap order every round: neither always runs right after the same neighbour.
      const order: Key[] = round % 2 ? ["a", "b", "c1", "c2", "d"] : ["b", "a", "c2", "c1", "d"];
      for (const key of order) {
        const cpu = measureCpu(pids());
        const result = await scenario(key, round, opts.seconds);
        const shares = cpu.stop();
        runs.push({ key, round, result, cpu: shares, load1: os.loadavg()[0] });
        console.log(`  ${LABELS[key].padEnd(46)} ${rate(result).toFixed(0).padStart(6)} req/s  p50 ${(result.latency_us.p50 / 1000).toFixed(1)} ms  p99 ${(result.latency_us.p99 / 1000).toFixed(1)} ms  lỗi ${errorCount(result)}  CPU ${JSON.stringify(shares)}`);
        if (key === "d") {
          const thread = fixtures.postThreads[round];
          await waitUntilSettled(DATABASE_URL, thread.id);
          const check = await verifyReplies(DATABASE_URL, thread.id, readAcknowledged(ackPrefix(round), WRK_THREADS));
          checks.push({ ...check, round });
          console.log(`       kiểm tra: ${check.acknowledged} được xác nhận, mất ${check.lost}, trùng ${check.doubled}, ${check.unacknowledgedRows} hàng chưa kịp trả lời khi wrk dừng; bộ đếm ${check.ok ? "đúng" : "SAI"}`);
        }
      }
    }

    // (e) Live updates: streams spread evenly over the instances (directly), replies posted through app1.
    console.log(`▶ (e) ${opts.sse} luồng SSE chia đều ${INSTANCE_URLS.length} tiến trình; đăng trả lời qua app1`);
    const sseThread = fixtures.postThreads[0];
    const ssePath = threadPath(sseThread);
    const rssIdle = Object.fromEntries(cluster.instances.map((i) => [i.name, rssMb(i.pid()!)]));
    const streams = await openStreams(INSTANCE_URLS, sseThread.id, opts.sse);
    await sleep(2_000);
    const rssOpen = Object.fromEntries(cluster.instances.map((i) => [i.name, rssMb(i.pid()!)]));
    const dbForSse = createPrismaClient(DATABASE_URL);
    let lastNumber = (await dbForSse.thread.findUniqueOrThrow({ where: { id: sseThread.id }, select: { lastNumber: true } })).lastNumber;
    await dbForSse.$disconnect();
    const sseFields = await replyForm(INSTANCE_URLS[0], ssePath, cookies[1]);
    const delivery: number[] = [];
    const postMs: number[] = [];
    let incomplete = 0;
    for (let i = 0; i < 5; i++) {
      await sleep(1_000);
      const since = performance.now();
      const waiting = streams.deliveries(lastNumber + 1, since);
      const sent = await sendReply(INSTANCE_URLS[0], ssePath, cookies[1 + (i % (cookies.length - 1))], sseFields, { token: newToken(), source: `Đo SSE: phản hồi ${i + 1} ${newToken()}` });
      postMs.push(performance.now() - since);
      if (sent.postId === undefined) throw new Error(`SSE reply refused: ${sent.status ?? sent.error}`);
      lastNumber += 1;
      const times = await waiting;
      if (times.length < streams.ready()) incomplete += streams.ready() - times.length;
      delivery.push(...times);
    }
    const rssAfter = Object.fromEntries(cluster.instances.map((i) => [i.name, rssMb(i.pid()!)]));
    streams.close();
    const sse = {
      streams: opts.sse,
      connected: streams.ready(),
      failedToConnect: streams.failed(),
      replies: 5,
      deliveries: delivery.length,
      notDeliveredWithin10s: incomplete,
      deliveryMs: { p50: Math.round(quantile(delivery, 0.5)), p95: Math.round(quantile(delivery, 0.95)), max: Math.round(Math.max(...delivery)) },
      replyPostMs: { median: Math.round(median(postMs)) },
      rssMb: { idle: rssIdle, streamsOpen: rssOpen, afterReplies: rssAfter },
    };
    console.log(JSON.stringify(sse, null, 2));

    const rateOf = (key: Key) => median(runs.filter((r) => r.key === key).map((r) => rate(r.result)));
    const acked = checks.reduce((n, c) => n + c.acknowledged, 0);
    const dSeconds = runs.filter((r) => r.key === "d").reduce((n, r) => n + r.result.duration_us / 1e6, 0);
    const summary = {
      a: rateOf("a"),
      b: rateOf("b"),
      c1: rateOf("c1"),
      c2: rateOf("c2"),
      ackedPerSecond: dSeconds > 0 ? acked / dSeconds : 0,
      lost: checks.reduce((n, c) => n + c.lost, 0),
      doubled: checks.reduce((n, c) => n + c.doubled, 0),
      ratioAB: rateOf("b") > 0 ? rateOf("a") / rateOf("b") : 0,
      ratioC2C1: rateOf("c1") > 0 ? rateOf("c2") / rateOf("c1") : 0,
    };
    const cpuMedian = (key: Key) => {
      const list = runs.filter((r) => r.key === key).map((r) => r.cpu);
      const roles = [...new Set(list.flatMap((c) => Object.keys(c)))];
      return Object.fromEntries(roles.map((role) => [role, median(list.map((c) => c[role] ?? 0))]));
    };
    console.log(`\n▶ Cụm: trung vị ${opts.rounds} lượt (${os.cpus().length} lõi; tải trung bình lúc đầu ${loadAtStart.map((x) => x.toFixed(2)).join(" ")}, lúc cuối ${os.loadavg().map((x) => x.toFixed(2)).join(" ")})`);
    for (const key of keys) console.log(`  ${LABELS[key].padEnd(46)} ${rateOf(key).toFixed(0).padStart(6)} req/s   CPU (lõi) ${JSON.stringify(cpuMedian(key))}`);
    console.log(`  a/b = ${summary.ratioAB.toFixed(2)} (mục tiêu ≥ 0,5)   c2/c1 = ${summary.ratioC2C1.toFixed(2)} (mục tiêu ≥ 1,6 khi còn lõi trống)`);
    console.log(`  đăng trả lời: ${summary.ackedPerSecond.toFixed(0)} được xác nhận/s (mục tiêu ≥ 200), mất ${summary.lost}, trùng ${summary.doubled}`);
    console.log(`  SSE: p50 ${sse.deliveryMs.p50} ms, p95 ${sse.deliveryMs.p95} ms (mục tiêu ≤ 1 000 ms); RSS khi mở luồng ${JSON.stringify(sse.rssMb.streamsOpen)} MB`);
    const report = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      machine: { node: process.version, cpus: os.cpus().length, loadAverageAtStart: loadAtStart, loadAverageAtEnd: os.loadavg() },
      options: { ...opts, wrkThreads: WRK_THREADS, warmupSeconds: WARMUP_SECONDS },
      summary,
      cpuMedian: Object.fromEntries(keys.map((k) => [k, cpuMedian(k)])),
      runs,
      checks,
      sse,
    };
    fs.writeFileSync(path.join(ROOT, "bench-cluster-results.json"), JSON.stringify(report, null, 2) + "\n");
    console.log("\nĐã ghi bench-cluster-results.json.");
    return report;
  } catch (error) {
    console.error(log.slice(-40).join("\n"));
    throw error;
  } finally {
    await stopAll();
    if (opts.profile) {
      const { summarizeProfiles } = await import("./profile-summary");
      const summary = summarizeProfiles(profileDir, 25);
      console.log(`\n▶ Hồ sơ CPU của các tiến trình (${summary.totalMs} ms mẫu, không tính lúc rảnh)`);
      for (const p of summary.packages) console.log(`  ${String(p.share).padStart(5)} %  ${p.name}`);
      console.log("  — hàm nặng nhất (thời gian tự thân):");
      for (const f of summary.functions) console.log(`  ${String(f.share).padStart(5)} %  ${f.name}`);
      fs.writeFileSync(path.join(ROOT, "bench-cluster-profile.json"), JSON.stringify(summary, null, 2) + "\n");
    }
  }
}
