// npm run faults:cluster — the cluster's failure behaviour, checked: a
// cluster of its own (nginx, 2 instances, PostgreSQL, Redis under
// data/cluster-faults-<port>/, fresh), then
//   1. kill -9 one instance under posting load through nginx,
//   2. Redis stopped for 10 s under reading and posting load,
//   3. PostgreSQL restarted,
// each with its expectations (cluster-scenarios.ts). Prints the figures,
// writes <folder>/results.json, exits 1 if any expectation failed. Run by
// npm test after the cluster journeys (reusing their build: SKIP_BUILD=1);
// about two minutes on two cores.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/run";
import { freePortRun } from "../lib/port-free";
import { startCluster, type RunningCluster } from "../cluster/start-cluster";
import { killInstanceUnderPosting, logInAll, postgresRestart, prepareFaultData, redisOutage, type Outcome } from "./cluster-scenarios";

async function main() {
  const started = Date.now();
  const port = Number(process.env.FAULTS_PORT) || (await freePortRun(3));
  const dir = path.join(ROOT, "data", `cluster-faults-${port}`);
  // The instances' output, kept to count what they logged (and shown on failure).
  const lines: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  let echo = process.env.FAULTS_VERBOSE === "1";
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    for (const line of String(chunk).split("\n")) if (line) lines.push(line);
    return echo ? (write as (...a: unknown[]) => boolean)(chunk, ...rest) : true;
  }) as typeof process.stderr.write;

  let cluster: RunningCluster | null = null;
  const stop = async () => {
    await cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop().then(() => process.exit(130)));

  const results: Record<string, Outcome> = {};
  try {
    console.log(`▶ Cụm thử lỗi: nginx :${port}, app :${port + 1} :${port + 2}, PostgreSQL và Redis riêng (${path.relative(ROOT, dir)})`);
    cluster = await startCluster({ port, instances: 2, dir, fresh: true, build: process.env.SKIP_BUILD !== "1" });
    const data = await prepareFaultData(cluster.urls.DATABASE_URL);
    const cookies = await logInAll(cluster.urls.FORUM_URL, data.members);
    const [, t1, t2, t3] = data.postThreads;
    const step = async (name: string, run: () => Promise<Outcome>) => {
      const t = Date.now();
      console.log(`▶ ${name}`);
      results[name] = await run();
      console.log(JSON.stringify(results[name].figures, null, 2));
      for (const f of results[name].failed) console.log(`  ✖ ${f}`);
      if (results[name].failed.length === 0) console.log(`  ✔ (${Math.round((Date.now() - t) / 1000)} s)`);
    };
    await step("kill -9 one instance under posting", () => killInstanceUnderPosting(cluster!, t1, cookies));
    await step("Redis stopped for 10 s under load", () => redisOutage(cluster!, t2, t3, cookies, lines));
    await step("PostgreSQL restarted", () => postgresRestart(cluster!, t3, cookies));
  } catch (error) {
    echo = true;
    console.error(error);
    results.error = { figures: {}, failed: [String((error as Error)?.stack ?? error)] };
  }
  const failures = Object.entries(results).flatMap(([name, r]) => r.failed.map((f) => `${name}: ${f}`));
  fs.mkdirSync(path.join(ROOT, "data"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "data", "cluster-faults-results.json"), JSON.stringify({ results, seconds: Math.round((Date.now() - started) / 1000) }, null, 2));
  if (failures.length > 0) {
    write(`\nLast lines of the cluster's output:\n${lines.slice(-60).join("\n")}\n`);
  }
  await stop();
  console.log(failures.length === 0 ? `✔ Cluster failure checks passed (${Math.round((Date.now() - started) / 1000)} s)` : `✖ ${failures.length} cluster failure check(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(failures.length === 0 ? 0 : 1);
}

void main();
