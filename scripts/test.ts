// npm test: the whole suite, as CI runs it, on both database engines:
//   vitest on SQLite · vitest on PostgreSQL · type check · lint · one production build
//   · Playwright journeys on SQLite · the same journeys on PostgreSQL
//   · (where nginx, redis-server and PostgreSQL are installed) the cluster
//     journeys and the cluster's failure checks
// PostgreSQL is a throwaway local cluster in a temporary folder
// (scripts/pg/local-cluster.ts), stopped and removed at the end, failure or not.
//
// Extra arguments go to both Playwright passes (e.g. `npm test --
// tests/e2e/reading.spec.ts`). TEST_ENGINES=sqlite (or postgresql) runs one
// engine only; the default is both.
//
// Unit tests, type check and build stop the run at the first failure. The two
// journey passes both run (a failure on one engine says more next to the other
// engine's result); npm test fails if either failed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, baseEnv, bin, runOrExit } from "./lib/run";
import { startLocalCluster, stopLocalCluster, type LocalCluster } from "./pg/local-cluster";

type Engine = "sqlite" | "postgresql";
const engines = (process.env.TEST_ENGINES ?? "sqlite,postgresql")
  .split(",")
  .map((e) => e.trim().toLowerCase())
  .filter(Boolean) as Engine[];
for (const engine of engines) {
  if (engine !== "sqlite" && engine !== "postgresql") {
    console.error(`TEST_ENGINES: "${engine}" is not an engine (sqlite, postgresql)`);
    process.exit(2);
  }
}
const playwrightArgs = process.argv.slice(2);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 60_000).toFixed(1)} min`;

let cluster: LocalCluster | undefined;
process.on("exit", () => {
  if (!cluster) return;
  try {
    stopLocalCluster(cluster.dir);
  } catch (error) {
    console.error(`Could not stop the test PostgreSQL in ${cluster.dir}: ${(error as Error).message}`);
  }
  fs.rmSync(path.dirname(cluster.dir), { recursive: true, force: true });
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

async function main() {
  // Never inherit a developer's database: each stage chooses its own.
  const env = baseEnv({ DATABASE_URL: undefined, E2E_ENGINE: undefined, E2E_PG_URL: undefined, E2E_DATABASE_URL: undefined, E2E_PORT: undefined });

  if (engines.includes("sqlite")) {
    console.log("▶ Unit tests (vitest, SQLite)");
    runOrExit(bin("vitest"), ["run"], env);
  }
  if (engines.includes("postgresql")) {
    console.log("▶ Test PostgreSQL cluster");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-test-pg-"));
    fs.chmodSync(dir, 0o755);
    cluster = await startLocalCluster(path.join(dir, "cluster"));
    console.log(`  127.0.0.1:${cluster.port} (${cluster.dir})`);
    console.log("▶ Unit tests (vitest, PostgreSQL)");
    runOrExit(bin("vitest"), ["run"], { ...env, DATABASE_URL: cluster.url("postgres") });
  }

  console.log("▶ Type check");
  runOrExit(bin("tsc"), ["--noEmit"], env);

  // The house's layering (eslint.config.mjs): import rules only.
  console.log("▶ Lint");
  runOrExit(bin("eslint"), ["."], env);

  console.log("▶ Production build");
  runOrExit(bin("next"), ["build"], env);

  const failed: string[] = [];
  for (const engine of engines) {
    console.log(`▶ Journeys (Playwright, Chromium, ${engine}) — ${elapsed()} so far`);
    const journeyEnv = engine === "postgresql" ? { ...env, E2E_ENGINE: "postgresql", E2E_PG_URL: cluster!.url("postgres") } : { ...env, E2E_ENGINE: "sqlite" };
    const result = spawnSync(bin("playwright"), ["test", ...playwrightArgs], { cwd: ROOT, stdio: "inherit", env: journeyEnv });
    if (result.status !== 0) {
      console.error(`✖ Journeys on ${engine} failed (exit ${result.status ?? result.signal}).`);
      failed.push(engine);
    }
  }
  // ── Cluster journeys ──────────────────────────────────────────────────────
  // nginx + 2 instances + PostgreSQL + Redis (npm run cluster, started by
  // playwright.cluster.config.ts on its own fresh folder), reusing the build
  // above. Only where the three are installed (CI installs them in .ci/run),
  // and only for a whole run (not `npm test -- <one journey file>`).
  const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
  const hasPg = fs.existsSync("/usr/lib/postgresql") && fs.readdirSync("/usr/lib/postgresql").some((v) => fs.existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
  const hasNginx = fs.existsSync("/usr/sbin/nginx") || has("nginx");
  if (playwrightArgs.length === 0 && has("redis-server") && hasNginx && hasPg) {
    console.log(`▶ Cluster journeys (nginx, 2 instances, PostgreSQL, Redis) — ${elapsed()} so far`);
    const result = spawnSync(bin("playwright"), ["test", "-c", "playwright.cluster.config.ts"], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...env, SKIP_BUILD: "1", REDIS_URL: undefined },
    });
    if (result.status !== 0) {
      console.error(`✖ Cluster journeys failed (exit ${result.status ?? result.signal}).`);
      failed.push("the cluster");
    }
    // A cluster of its own (the journeys' one is gone): kill -9 an instance
    // under posting, Redis away 10 s, PostgreSQL restarted (about 2 minutes).
    console.log(`▶ Cluster failure checks (npm run faults:cluster) — ${elapsed()} so far`);
    const faults = spawnSync(bin("tsx"), ["scripts/faults/cluster-faults.ts"], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...env, SKIP_BUILD: "1", REDIS_URL: undefined },
    });
    if (faults.status !== 0) {
      console.error(`✖ Cluster failure checks failed (exit ${faults.status ?? faults.signal}).`);
      failed.push("the cluster's failure checks");
    }
  } else if (playwrightArgs.length === 0) {
    console.log("▷ Cluster journeys skipped: they need redis-server, nginx and PostgreSQL (apt-get install -y redis-server nginx postgresql)");
  }
  if (failed.length > 0) {
    console.error(`✖ npm test failed: journeys on ${failed.join(" and ")} (${elapsed()}).`);
    process.exit(1);
  }
  console.log(`✔ npm test passed on ${engines.join(" and ")} (${elapsed()}).`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
