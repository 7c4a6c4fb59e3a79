// npm test: the whole suite, as CI runs it — unit tests (vitest), type check,
// one production build, then the Playwright journeys against `next start`.
// Extra arguments go to Playwright (e.g. `npm test -- tests/e2e/reading.spec.ts`).
import { baseEnv, bin, runOrExit } from "./lib/run";

const playwrightArgs = process.argv.slice(2);

console.log("▶ Unit tests (vitest)");
runOrExit(bin("vitest"), ["run"]);

console.log("▶ Type check");
runOrExit(bin("tsc"), ["--noEmit"]);

console.log("▶ Production build");
runOrExit(bin("next"), ["build"]);

console.log("▶ Journeys (Playwright, Chromium)");
runOrExit(bin("playwright"), ["test", ...playwrightArgs], baseEnv());

// ── Cluster journeys ────────────────────────────────────────────────────────
// nginx + 2 instances + PostgreSQL + Redis (npm run cluster, started by
// playwright.cluster.config.ts on its own fresh folder), reusing the build
// above. Only where the three are installed (CI installs them in .ci/run).
{
  const { existsSync, readdirSync } = require("node:fs") as typeof import("node:fs");
  const { spawnSync } = require("node:child_process") as typeof import("node:child_process");
  const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
  const hasPg = existsSync("/usr/lib/postgresql") && readdirSync("/usr/lib/postgresql").some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`));
  const hasNginx = existsSync("/usr/sbin/nginx") || has("nginx");
  if (playwrightArgs.length === 0 && has("redis-server") && hasNginx && hasPg) {
    console.log("▶ Cluster journeys (nginx, 2 instances, PostgreSQL, Redis)");
    runOrExit(bin("playwright"), ["test", "-c", "playwright.cluster.config.ts"], baseEnv({ SKIP_BUILD: "1", DATABASE_URL: undefined, REDIS_URL: undefined }));
  } else if (playwrightArgs.length === 0) {
    console.log("▷ Cluster journeys skipped: they need redis-server, nginx and PostgreSQL (apt-get install -y redis-server nginx postgresql)");
  }
}
