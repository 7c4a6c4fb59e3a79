// The cluster's bad day (scripts/faults/cluster-faults.ts runs these against
// a cluster of its own): an instance killed under posting load, Redis gone
// for 10 s under load, PostgreSQL restarted. Each returns what it measured
// and the list of expectations that failed (empty when all hold); none
// asserts a time beyond generous bounds that say "it recovered at all".
import { createPrismaClient } from "@/lib/db-client";
import { logInThroughForm } from "../bench/forms";
import { BENCH_PASSWORD } from "../bench/bench-db";
import { verifyReplies, waitUntilSettled } from "../bench/verify-replies";
import { waitForHttp, type RunningCluster } from "../cluster/start-cluster";
import { newToken, postInLoop, replyForm, sendReply, type Sent } from "./posting";

export type Outcome = { figures: Record<string, unknown>; failed: string[] };
type Thread = { id: number; slug: string };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const threadPath = (t: Thread) => `/threads/${t.slug}.${t.id}`;

export async function logInAll(origin: string, members: string[]): Promise<string[]> {
  const cookies: string[] = [];
  for (const m of members) cookies.push(await logInThroughForm(origin, m, BENCH_PASSWORD));
  return cookies;
}

const acked = (sent: Sent[]) => sent.filter((s) => s.postId !== undefined);

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, stepMs = 200): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await sleep(stepMs);
  }
  return null;
}

/** Sends each unanswered form again (same token, same member) until answered, as a member pressing "Gửi" again does. */
async function resendUnanswered(origin: string, path: string, cookies: string[], fields: Record<string, string>, sent: Sent[], refusals: string[] = []): Promise<number> {
  let answered = 0;
  for (const s of sent.filter((x) => x.postId === undefined)) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const again = await sendReply(origin, path, cookies[s.member ?? 0], fields, { token: s.token, source: s.source });
      if (again.postId !== undefined) {
        s.postId = again.postId;
        answered++;
        break;
      }
      if (attempt === 4) refusals.push(`${again.status ?? again.error}: ${(again.body ?? "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").match(/(Không|Lỗi|không|Bạn)[^.]{0,160}/)?.[0] ?? (again.body ?? "").slice(0, 200)}`);
      await sleep(500);
    }
  }
  return answered;
}

/** Waits for instance i to have been started `starts` times and to answer. */
async function waitRestarted(cluster: RunningCluster, i: number, starts: number): Promise<number | null> {
  const instance = cluster.instances[i];
  const began = Date.now();
  const started = await until(() => instance.starts() >= starts, 30_000);
  if (started === null) return null;
  await waitForHttp(`${instance.url}/robots.txt`, 90_000);
  return Date.now() - began;
}

/**
 * kill -9 app1 while members post through nginx; keep posting while it is
 * down and while it comes back; then kill -9 app2 and post again (what nginx
 * acknowledges now went through the restarted app1: it rejoined). Every
 * unanswered form is sent again; then every acknowledged reply must exist
 * once and the counters match.
 */
export async function killInstanceUnderPosting(cluster: RunningCluster, thread: Thread, cookies: string[]): Promise<Outcome> {
  const origin = cluster.urls.FORUM_URL;
  const path = threadPath(thread);
  const fields = await replyForm(origin, path, cookies[0]);
  const [app1, app2] = cluster.instances;
  const loop = postInLoop(origin, path, cookies, fields, "Tiến trình bị giết");
  await sleep(3_000);
  const beforeKill = acked(loop.all).length;
  process.kill(app1.pid()!, "SIGKILL");
  const killedAt = Date.now();
  await sleep(2_000);
  const whileApp1DownStart = acked(loop.all).length;
  const app1BackMs = await waitRestarted(cluster, 0, 2);
  const whileApp1Down = acked(loop.all).length - whileApp1DownStart;
  // nginx skips a failed instance for fail_timeout (5 s): let it try app1 again.
  await sleep(6_000);
  const app2Pid = app2.pid()!;
  process.kill(app2Pid, "SIGKILL");
  await sleep(1_500);
  const onlyApp1Start = acked(loop.all).length;
  await sleep(3_000);
  const whileOnlyApp1 = acked(loop.all).length - onlyApp1Start;
  const app2BackMs = await waitRestarted(cluster, 1, 2);
  await sleep(2_000);
  const sent = await loop.stop();
  const unanswered = sent.filter((s) => s.postId === undefined).length;
  const statuses: Record<string, number> = {};
  for (const s of sent) statuses[String(s.status ?? s.error ?? "?").slice(0, 40)] = (statuses[String(s.status ?? s.error ?? "?").slice(0, 40)] ?? 0) + 1;
  await waitUntilSettled(cluster.urls.DATABASE_URL, thread.id, 500, 10_000);
  const refusals: string[] = [];
  const resent = await resendUnanswered(origin, path, cookies, fields, sent, refusals);
  const check = await verifyReplies(cluster.urls.DATABASE_URL, thread.id, acked(sent).map((s) => s.postId!));
  const figures = {
    sent: sent.length,
    acknowledgedBeforeKill: beforeKill,
    acknowledgedWhileApp1Down: whileApp1Down,
    app1BackAfterMs: app1BackMs === null ? null : app1BackMs + 2_000,
    acknowledgedWithApp2KilledThroughApp1: whileOnlyApp1,
    app2BackAfterMs: app2BackMs,
    unansweredThenResent: `${unanswered} → ${resent} acknowledged on resend`,
    refusedOnResend: refusals,
    statuses,
    check,
    secondsTotal: Math.round((Date.now() - killedAt) / 1000) + 3,
  };
  const failed: string[] = [];
  if (beforeKill === 0) failed.push("no reply acknowledged before the kill");
  if (app1BackMs === null) failed.push("app1 was not started again");
  if (whileApp1Down === 0) failed.push("nginx acknowledged no reply while app1 was down (traffic not sent to app2)");
  if (whileOnlyApp1 === 0) failed.push("no reply acknowledged with app2 killed: app1 did not rejoin behind nginx");
  if (app2BackMs === null) failed.push("app2 was not started again");
  if (resent !== unanswered) failed.push(`${unanswered - resent} unanswered form(s) still refused after resending`);
  if (check.lost !== 0) failed.push(`${check.lost} acknowledged repl(y/ies) lost`);
  if (check.doubled !== 0) failed.push(`${check.doubled} repl(y/ies) doubled`);
  if (check.unacknowledgedRows !== 0) failed.push(`${check.unacknowledgedRows} row(s) nobody was told about`);
  if (!check.ok) failed.push("thread counters do not match its rows");
  return { figures, failed };
}

/** Guests reading through nginx and straight from each instance, counting answers, until stopped. */
function readInLoop(urls: string[], paths: string[]) {
  let running = true;
  const counts: Record<string, number> = {};
  let n = 0;
  const loops = urls.flatMap((url) =>
    [0, 1].map(async () => {
      while (running) {
        const target = url + paths[n++ % paths.length];
        let key: string;
        try {
          const r = await fetch(target, { signal: AbortSignal.timeout(15_000) });
          await r.arrayBuffer();
          key = String(r.status);
        } catch (error) {
          key = (error as Error).name;
        }
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }),
  );
  return {
    counts,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return counts;
    },
  };
}

/** Lines an instance printed that match `pattern`, per instance name. */
export function countLines(lines: string[], pattern: RegExp): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of lines) {
    const name = /^\[(app\d+)\]/.exec(line)?.[1];
    if (name && pattern.test(line)) out[name] = (out[name] ?? 0) + 1;
  }
  return out;
}

/**
 * Redis stopped for 10 s while guests read and members post. Before: the
 * guest page of `thread` is cached on both instances (and so in Redis).
 * During: a reply is posted through app1. Redis comes back from its own
 * snapshot (the cached pages of before, without that reply): from then on
 * every guest answer, on either instance and through nginx, shows the reply.
 */
export async function redisOutage(cluster: RunningCluster, thread: Thread, postThread: Thread, cookies: string[], stderrLines: string[]): Promise<Outcome> {
  const failed: string[] = [];
  const redis = cluster.redis!;
  const path = threadPath(thread);
  const direct = cluster.instances.map((i) => i.url);
  const guestHtml = async (origin: string) => (await fetch(origin + path)).text();
  for (const origin of direct) for (let i = 0; i < 3; i++) await guestHtml(origin);
  const reads = readInLoop([cluster.urls.FORUM_URL, ...direct], [path, threadPath(postThread), "/"]);
  const postFields = await replyForm(cluster.urls.FORUM_URL, threadPath(postThread), cookies[0]);
  const posting = postInLoop(cluster.urls.FORUM_URL, threadPath(postThread), cookies.slice(0, 3), postFields, "Redis vắng mặt");
  await sleep(2_000);
  const logFrom = stderrLines.length;
  await redis.stop();
  const stoppedAt = Date.now();
  await sleep(1_500);
  // The change made during the outage, through app1 only.
  const text = `Trả lời khi Redis vắng mặt ${newToken()}`;
  const fields = await replyForm(direct[0], path, cookies[0]);
  const during = await sendReply(direct[0], path, cookies[0], fields, { token: newToken(), source: text });
  await sleep(Math.max(0, 10_000 - (Date.now() - stoppedAt)));
  const countsDuring = { ...reads.counts };
  await redis.start();
  const restartedAt = Date.now();
  // From Redis's return on: never the page of before.
  let staleAnswers = 0;
  let checks = 0;
  while (Date.now() - restartedAt < 8_000) {
    for (const origin of [...direct, cluster.urls.FORUM_URL]) {
      checks++;
      if (!(await guestHtml(origin)).includes(text)) staleAnswers++;
    }
    await sleep(100);
  }
  const sent = await posting.stop();
  const counts = await reads.stop();
  const logs = stderrLines.slice(logFrom);
  const cacheDown = countLines(logs, /bộ nhớ đệm Redis không dùng được/);
  const cacheBack = countLines(logs, /bộ nhớ đệm Redis dùng lại được/);
  const liveDown = countLines(logs, /không dùng được Redis cho cập nhật trực tiếp/);
  await waitUntilSettled(cluster.urls.DATABASE_URL, postThread.id, 500, 10_000);
  const check = await verifyReplies(cluster.urls.DATABASE_URL, postThread.id, acked(sent).map((s) => s.postId!));
  const figures = {
    outageSeconds: Math.round((restartedAt - stoppedAt) / 1000),
    readsByStatus: counts,
    readsByStatusDuringOutage: countsDuring,
    repliesAcknowledgedDuringTest: acked(sent).length,
    replyDuringOutage: during.status,
    guestChecksAfterReturn: checks,
    staleAnswersAfterReturn: staleAnswers,
    logLines: { cacheDown, cacheBack, liveDown },
    check: { lost: check.lost, doubled: check.doubled, ok: check.ok },
  };
  const bad = Object.entries(counts).filter(([status]) => status !== "200").reduce((sum, [, n]) => sum + n, 0);
  if (bad > 0) failed.push(`${bad} read(s) not answered 200 while Redis was away`);
  if (during.postId === undefined) failed.push(`the reply during the outage was not acknowledged (${during.status ?? during.error})`);
  if (staleAnswers > 0) failed.push(`${staleAnswers} of ${checks} guest answers after Redis returned lacked the reply made during the outage`);
  if (acked(sent).length === 0) failed.push("no reply acknowledged while Redis was away");
  if (check.lost !== 0 || check.doubled !== 0) failed.push(`replies lost ${check.lost}, doubled ${check.doubled}`);
  for (const app of cluster.instances.map((i) => i.name)) {
    if ((cacheDown[app] ?? 0) !== 1) failed.push(`${app} logged the cache outage ${cacheDown[app] ?? 0} times (once expected)`);
    if ((cacheBack[app] ?? 0) !== 1) failed.push(`${app} logged the cache's return ${cacheBack[app] ?? 0} times (once expected)`);
    if ((liveDown[app] ?? 0) > 1) failed.push(`${app} logged the live-update outage ${liveDown[app]} times (at most once expected)`);
  }
  return { figures, failed };
}

/**
 * PostgreSQL stopped (fast shutdown) for ~6 s, then started again: pages
 * answer 503 with the Vietnamese page meanwhile (never a 500), and every
 * instance answers again by itself, without a restart.
 */
export async function postgresRestart(cluster: RunningCluster, thread: Thread, cookies: string[]): Promise<Outcome> {
  const failed: string[] = [];
  const pg = cluster.postgres!;
  const startsBefore = cluster.instances.map((i) => i.starts());
  // A page no cache holds (a member's), one a guest cache may hold, the front page.
  const targets = [
    ...cluster.instances.map((i) => ({ url: `${i.url}${threadPath(thread)}`, cookie: cookies[0] })),
    { url: `${cluster.urls.FORUM_URL}${threadPath(thread)}`, cookie: cookies[1] },
    { url: `${cluster.urls.FORUM_URL}/`, cookie: "" },
  ];
  const probe = async (t: { url: string; cookie: string }) => {
    try {
      const r = await fetch(t.url, { headers: { cookie: t.cookie, accept: "text/html" }, redirect: "manual", signal: AbortSignal.timeout(15_000) });
      return { status: r.status, body: await r.text() };
    } catch (error) {
      return { status: 0, body: (error as Error).message };
    }
  };
  pg.stop();
  const stoppedAt = Date.now();
  const during: Record<string, number> = {};
  let vietnamese503 = 0;
  let seen503 = 0;
  while (Date.now() - stoppedAt < 6_000) {
    for (const t of targets) {
      const r = await probe(t);
      during[r.status] = (during[r.status] ?? 0) + 1;
      if (r.status === 503) {
        seen503++;
        if (r.body.includes("tạm thời không truy cập được")) vietnamese503++;
      }
    }
    await sleep(200);
  }
  await pg.start();
  const startedAt = Date.now();
  const recovered = await until(async () => {
    const results = await Promise.all(targets.map(probe));
    return results.every((r) => r.status === 200);
  }, 30_000, 250);
  const fields = await replyForm(cluster.urls.FORUM_URL, threadPath(thread), cookies[0]);
  const after = await sendReply(cluster.urls.FORUM_URL, threadPath(thread), cookies[0], fields, { token: newToken(), source: `Sau khi PostgreSQL khởi động lại ${newToken()}` });
  const restarted = cluster.instances.some((inst, i) => inst.starts() !== startsBefore[i]);
  const figures = {
    outageSeconds: Math.round((startedAt - stoppedAt) / 1000),
    answersDuringOutage: during,
    vietnamese503,
    allAnswering200AfterMs: recovered,
    replyAfterRecovery: after.status,
    instancesRestarted: restarted,
  };
  if (seen503 === 0) failed.push("no 503 during the outage");
  if (vietnamese503 !== seen503) failed.push(`${seen503 - vietnamese503} 503 answer(s) without the Vietnamese page`);
  // Known gap (the request gate, lib/http-gate): the one request that meets
  // the outage first on an instance fails inside the render (500) before the
  // instance marks the database down; every later one gets the 503 page.
  // Tolerated once per instance, reported in the figures.
  const first500s = during["500"] ?? 0;
  if (first500s > cluster.instances.length) failed.push(`${first500s} answers 500 during the outage (at most one per instance, before it noticed, expected)`);
  const other = Object.keys(during).filter((s) => s !== "503" && s !== "200" && s !== "500");
  if (other.length > 0) failed.push(`answers other than 200/503 during the outage: ${other.map((s) => `${s}×${during[s]}`).join(", ")}`);
  if (recovered === null) failed.push("the instances did not answer 200 within 30 s of PostgreSQL's return");
  if (after.postId === undefined) failed.push(`a reply after recovery was refused (${after.status ?? after.error})`);
  if (restarted) failed.push("an instance was restarted (recovery must not need one)");
  return { figures, failed };
}

/** Members and threads for the checks (the benchmark's fixtures, through Prisma). */
export async function prepareFaultData(databaseUrl: string) {
  const { addPostingFixtures } = await import("../bench/bench-db");
  const db = createPrismaClient(databaseUrl);
  try {
    return await addPostingFixtures(db, { members: 6, rounds: 3 });
  } finally {
    await db.$disconnect();
  }
}
