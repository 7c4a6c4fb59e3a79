// The fault scenarios of `npm run faults`. Each returns the figures it
// measured; none asserts a time (run.ts prints the figures and says which
// expectation each meets).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { logInThroughForm } from "../bench/forms";
import { ROOT, baseEnv, bin } from "../lib/run";
import { BENCH_PASSWORD, makeSmallDatabase, rowsByToken } from "./databases";
import { newToken, postInLoop, replyForm, sendReply, type Sent } from "./posting";
import { FAULTS_DIR, rssMb, startServer, waitUntilUp, type Running } from "./server";
import { spawn } from "node:child_process";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const threadPath = (t: { id: number; slug: string }) => `/threads/${t.slug}.${t.id}`;

async function logIn(origin: string, members: string[]) {
  const cookies: string[] = [];
  for (const m of members) cookies.push(await logInThroughForm(origin, m, BENCH_PASSWORD));
  return cookies;
}

/** kill -9 while members post; restart; resend every form that got no answer; count. */
export async function killDuringPosting(url: string, file: string, thread: { id: number; slug: string }, members: string[], rounds: number) {
  let server = await startServer(url, "kill9");
  const cookies = await logIn(server.origin, members);
  const fields = await replyForm(server.origin, threadPath(thread), cookies[0]);
  const results = [];
  for (let round = 1; round <= rounds; round++) {
    const loop = postInLoop(server.origin, threadPath(thread), cookies, fields, `Vòng ${round}`);
    await sleep(2_500 + 500 * round);
    const done = loop.stop();
    server.child.kill("SIGKILL");
    const sent = await done;
    await server.exited;
    const restartStarted = Date.now();
    server = await startServer(url, "kill9", {}, server.port);
    const restartMs = Date.now() - restartStarted;
    const acked = sent.filter((s) => s.postId !== undefined);
    const unanswered = sent.filter((s) => s.postId === undefined);
    const before = rowsByToken(file, thread.id).tokens;
    const found = unanswered.filter((s) => before.has(s.token)).length;
    // The member sends the same form again (same token) until it is answered.
    let resentAcked = 0;
    for (const s of unanswered) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const again = await sendReply(server.origin, threadPath(thread), cookies[s.member ?? 0], fields, { token: s.token, source: s.source });
        if (again.postId !== undefined) {
          resentAcked++;
          s.postId = again.postId;
          break;
        }
      }
    }
    const after = rowsByToken(file, thread.id);
    const lost = acked.filter((s) => !after.tokens.has(s.token)).length;
    const doubled = [...after.tokens.values()].filter((n) => n > 1).length + after.doubledTexts;
    results.push({ round, sent: sent.length, acknowledged: acked.length, unanswered: unanswered.length, foundAfterRestart: found, resentAcknowledged: resentAcked, lost, doubled, restartMs });
  }
  const integrity = (() => {
    const db = new Database(file, { readonly: true });
    try {
      const check = (db.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check;
      const t = db.prepare(`SELECT "replyCount", "lastNumber" FROM "Thread" WHERE "id" = ?`).get(thread.id) as { replyCount: number; lastNumber: number };
      const c = db.prepare(`SELECT count(*) AS visible, max("number") AS highest FROM "Post" WHERE "threadId" = ? AND "number" > 1 AND "status" = 'visible'`).get(thread.id) as { visible: number; highest: number };
      return { integrity: check, countersMatch: t.replyCount === c.visible && t.lastNumber === c.highest };
    } finally {
      db.close();
    }
  })();
  server.child.kill("SIGTERM");
  await server.exited;
  return { rounds: results, ...integrity };
}

/** The database on a small tmpfs: fill the disk, post, free it, post again without a restart. */
export async function diskFull() {
  const mount = path.join(FAULTS_DIR, "tmpfs");
  fs.mkdirSync(mount, { recursive: true });
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=8m", "tmpfs", mount], { stdio: "ignore" });
  } catch {
    return { skipped: "could not mount a tmpfs (needs root); the driver-level test in tests/unit/db/transaction-lock.test.ts covers the lock" };
  }
  let server: Running | undefined;
  try {
    const small = await makeSmallDatabase(path.join(mount, "forum.db"));
    server = await startServer(small.url, "disk-full");
    const [cookie] = await logIn(server.origin, [small.member]);
    const path_ = threadPath(small.thread);
    const fields = await replyForm(server.origin, path_, cookie);
    const before = await sendReply(server.origin, path_, cookie, fields, { token: newToken(), source: "Trước khi đầy ổ đĩa." });
    // Fill the disk to the last byte.
    const filler = path.join(mount, "filler");
    const fd = fs.openSync(filler, "w");
    const chunk = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) fs.writeSync(fd, chunk);
    } catch {
      for (let size = 4096; size >= 1; size = Math.floor(size / 2)) {
        try {
          for (;;) fs.writeSync(fd, chunk.subarray(0, size));
        } catch {
          // next smaller size
        }
      }
    }
    fs.closeSync(fd);
    // Post until the server cannot write (the WAL may still have room at first).
    const whileFull: (Sent & { ms: number })[] = [];
    for (let i = 0; i < 12; i++) {
      const started = Date.now();
      const s = await sendReply(server.origin, path_, cookie, fields, { token: newToken(), source: `Khi ổ đĩa đầy, phản hồi ${i + 1}: ${"nội dung dài ".repeat(300)}` }, 30_000);
      whileFull.push({ ...s, ms: Date.now() - started });
    }
    const refused = whileFull.filter((s) => s.postId === undefined);
    const formErrors = refused.filter((s) => s.status === 200 && s.body?.includes("Máy chủ tạm thời không lưu được") && s.body.includes(s.source.slice(0, 40)));
    // Free the space; resend the refused forms and post a new one, no restart.
    fs.rmSync(filler);
    const freedAt = Date.now();
    let resent = 0;
    for (const s of refused) if ((await sendReply(server.origin, path_, cookie, fields, { token: s.token, source: s.source })).postId !== undefined) resent++;
    const fresh = await sendReply(server.origin, path_, cookie, fields, { token: newToken(), source: "Sau khi dọn ổ đĩa." });
    const recoveredMs = Date.now() - freedAt;
    const rows = rowsByToken(path.join(mount, "forum.db"), small.thread.id);
    const ackedTokens = [before, ...whileFull.filter((s) => s.postId !== undefined), fresh].filter((s) => s.postId !== undefined).map((s) => s.token);
    return {
      postedBeforeFull: before.postId !== undefined,
      whileFull: { sent: whileFull.length, acknowledged: whileFull.length - refused.length, refused: refused.length, answeredWithFormError: formErrors.length, statuses: [...new Set(refused.map((s) => s.status ?? s.error))], slowestMs: Math.max(...whileFull.map((s) => s.ms)) },
      afterFreeing: { refusedResentAndAcknowledged: resent, newPostAcknowledged: fresh.postId !== undefined, ms: recoveredMs, restarted: false },
      lost: ackedTokens.filter((t) => !rows.tokens.has(t)).length + (refused.length - resent),
      doubled: [...rows.tokens.values()].filter((n) => n > 1).length + rows.doubledTexts,
    };
  } finally {
    if (server) {
      server.child.kill("SIGKILL");
      await server.exited;
    }
    try {
      execFileSync("umount", [mount]);
    } catch {
      // left mounted: say so
      console.error(`could not unmount ${mount}`);
    }
  }
}

/** Opens `n` event streams on a thread; resolves once each has had its first event. */
async function openReaders(port: number, threadId: number, n: number) {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const requests: http.ClientRequest[] = [];
  let ready = 0;
  let events = 0;
  let resets = 0;
  let closing = false;
  await new Promise<void>((resolve) => {
    for (let i = 0; i < n; i++) {
      const req = http.get({ host: "127.0.0.1", port, path: `/api/threads/${threadId}/events?after=1`, agent }, (res) => {
        let first = true;
        res.on("data", (chunk: Buffer) => {
          if (!chunk.toString().includes("event: stats")) return;
          events++;
          if (first) {
            first = false;
            if (++ready === n) resolve();
          }
        });
        res.on("error", () => void (closing || resets++));
      });
      req.on("error", () => void (closing || resets++));
      requests.push(req);
    }
    setTimeout(resolve, 60_000);
  });
  return {
    ready: () => ready,
    events: () => events,
    // Connections the server dropped (not the ones we close at the end).
    resets: () => resets,
    close: () => {
      closing = true;
      requests.forEach((r) => r.destroy());
    },
    get closing() {
      return closing;
    },
  };
}

/** Posting throughput without readers, then with `n` readers of the thread being posted to. */
export async function readersBesidePosting(url: string, threads: { id: number; slug: string }[], members: string[], n: number, seconds: number) {
  const server = await startServer(url, "readers");
  const cookies = await logIn(server.origin, members);
  const pid = server.child.pid!;
  const measure = async (thread: { id: number; slug: string }) => {
    const fields = await replyForm(server.origin, threadPath(thread), cookies[0]);
    const loop = postInLoop(server.origin, threadPath(thread), cookies, fields, "Đo với người đọc");
    await sleep(seconds * 1000);
    const sent = await loop.stop();
    return sent.filter((s) => s.postId !== undefined).length / seconds;
  };
  await measure(threads[0]); // warm-up
  // RSS as the OS sees it, then the heap after a forced full collection
  // (heap-probe.cjs): what stays after the collection is kept by something.
  const memory = async () => {
    const rss = rssMb(pid);
    const { afterGc } = await server.heap();
    return { rssMb: rss, heapUsedAfterGcMb: afterGc.heapUsedMb, externalAfterGcMb: afterGc.externalMb, rssAfterGcMb: afterGc.rssMb };
  };
  const idle = await memory();
  // The machine is shared: alternate without / with readers, twice, and compare the sums.
  let none = await measure(threads[1]);
  const readers = await openReaders(server.port, threads[2].id, n);
  const readersOpen = await memory();
  const eventsBefore = readers.events();
  let withReaders = await measure(threads[2]);
  const eventsDuring = readers.events() - eventsBefore;
  const rssPeak = rssMb(pid);
  const resets = readers.resets();
  readers.close();
  await sleep(3_000);
  // Once after the first crowd left and once after the second: heap used that
  // grew again with the second crowd would be something kept per reader.
  const afterFirstCrowd = await memory();
  none = (none + (await measure(threads[1]))) / 2;
  const again = await openReaders(server.port, threads[2].id, n);
  withReaders = (withReaders + (await measure(threads[2]))) / 2;
  again.close();
  await sleep(5_000);
  const rssAfter5 = rssMb(pid);
  await sleep(15_000);
  const afterLeaving = await memory();
  server.child.kill("SIGTERM");
  await server.exited;
  return {
    readers: n,
    connected: readers.ready(),
    resets,
    repliesPerSecondNone: round1(none),
    repliesPerSecondWithReaders: round1(withReaders),
    ratio: round2(withReaders / none),
    eventsDelivered: eventsDuring,
    rssMb: { idle: idle.rssMb, readersOpen: readersOpen.rssMb, peak: rssPeak, fiveSecondsAfterLeaving: rssAfter5, twentySecondsAfterLeaving: afterLeaving.rssMb },
    memory: { idle, readersOpen, afterFirstCrowd, twentySecondsAfterLeaving: afterLeaving },
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

/** RSS while guests fetch `count` distinct thread pages (each rendered once, cached). */
export async function cacheRss(url: string, file: string, cacheMb: number, count: number) {
  const db = new Database(file, { readonly: true });
  const threads = db.prepare(`SELECT "id", "slug", "lastNumber" FROM "Thread" WHERE "status" = 'visible' ORDER BY "id"`).all() as { id: number; slug: string; lastNumber: number }[];
  db.close();
  const paths: string[] = [];
  for (let page = 1; paths.length < count && page < 50; page++) {
    for (const t of threads) {
      if (paths.length >= count) break;
      if ((page - 1) * 20 < t.lastNumber - 1 || page === 1) paths.push(page === 1 ? threadPath(t) : `${threadPath(t)}/page-${page}`);
    }
  }
  const server = await startServer(url, `cache-${cacheMb}`, { CACHE_MAX_MEMORY_MB: String(cacheMb) });
  const pid = server.child.pid!;
  const idle = { rssMb: rssMb(pid), afterGc: (await server.heap()).afterGc };
  const samples: { pages: number; rssMb: number }[] = [];
  let next = 0;
  let bytes = 0;
  let errors = 0;
  const baselineAt = 200;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < paths.length) {
        const i = next++;
        try {
          const r = await fetch(server.origin + paths[i]);
          bytes += (await r.arrayBuffer()).byteLength;
          if (!r.ok) errors++;
        } catch {
          errors++;
        }
        if ((i + 1) % 500 === 0 || i + 1 === baselineAt) samples.push({ pages: i + 1, rssMb: rssMb(pid) });
      }
    }),
  );
  samples.push({ pages: paths.length, rssMb: rssMb(pid) });
  // After the crawl, a forced full collection: heap used then is what is
  // kept (the cache's entries and the server's own), external the Buffers.
  const { afterGc } = await server.heap();
  server.child.kill("SIGTERM");
  await server.exited;
  const baseline = samples.find((s) => s.pages === baselineAt)?.rssMb ?? samples[0].rssMb;
  return { cacheMb, pages: paths.length, errors, averagePageKb: Math.round(bytes / paths.length / 1024), baselineRssMbAt200Pages: baseline, maxRssMb: Math.max(...samples.map((s) => s.rssMb)), idle, afterGc, samples };
}

/** SIGTERM with event streams open and keep-alive requests under way: how long until the process is gone. */
export async function stopWithStreams(url: string, threadId: number, via: "next start" | "npm start") {
  const port = 5500 + Math.floor(Math.random() * 400);
  let child;
  let exited: Promise<{ code: number | null; signal: string | null }>;
  if (via === "next start") {
    const s = await startServer(url, "sigterm", {}, port);
    child = s.child;
    exited = s.exited;
  } else {
    const out = fs.openSync(path.join(FAULTS_DIR, "npm-start.log"), "a");
    child = spawn(bin("tsx"), ["scripts/start.ts"], { cwd: ROOT, env: baseEnv({ SKIP_BUILD: "1", PORT: String(port), DATABASE_URL: url, AUTH_SECRET: "faults-npm-start-secret-0123456789abcdef" }), stdio: ["ignore", out, out] });
    const c = child;
    exited = new Promise((resolve) => c.on("exit", (code, signal) => resolve({ code, signal })));
    await waitUntilUp(`http://127.0.0.1:${port}`, child, 120);
  }
  const readers = await openReaders(port, threadId, 50);
  let keepAliveRequests = 0;
  let running = true;
  const load = Array.from({ length: 4 }, async () => {
    while (running) {
      try {
        await (await fetch(`http://127.0.0.1:${port}/robots.txt`)).arrayBuffer();
        keepAliveRequests++;
      } catch {
        await sleep(50);
      }
    }
  });
  await sleep(1_000);
  const started = Date.now();
  child.kill("SIGTERM");
  const result = await Promise.race([exited, sleep(40_000).then(() => null)]);
  const stopMs = Date.now() - started;
  running = false;
  readers.close();
  await Promise.all(load);
  if (!result) child.kill("SIGKILL");
  return { via, streams: readers.ready(), keepAliveRequests, exited: !!result, exitCode: result?.code ?? null, signal: result?.signal ?? null, stopMs };
}

/** Connections that send their headers slowly, or nothing: when does the server let go? */
export async function slowHeaders(url: string) {
  const server = await startServer(url, "slow-headers");
  const hold = (trickle: boolean) =>
    new Promise<{ closedAfterMs: number; answer: string }>((resolve) => {
      const started = Date.now();
      const socket = net.connect(server.port, "127.0.0.1", () => {
        if (trickle) socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      });
      const drip = trickle ? setInterval(() => socket.write("X-Slow: 1\r\n"), 1_000) : undefined;
      let answer = "";
      socket.on("data", (d) => (answer += d));
      socket.on("error", () => undefined);
      socket.on("close", () => {
        clearInterval(drip);
        resolve({ closedAfterMs: Date.now() - started, answer: answer.split("\r\n")[0] });
      });
      setTimeout(() => socket.destroy(), 90_000);
    });
  const [trickling, silent] = await Promise.all([hold(true), hold(false)]);
  server.child.kill("SIGTERM");
  await server.exited;
  return { trickling, silent };
}
