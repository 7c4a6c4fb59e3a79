// Playwright journeys run against `next start` (a production build) on a fresh
// database, in Debian's Chromium. Tests create their own members, so they run
// in parallel without resetting anything.
//
// Engine: SQLite by default; E2E_ENGINE=postgresql (or E2E_PG_URL=postgresql://…
// naming a server) runs the same journeys on a fresh PostgreSQL database
// e2e_<port>. Without E2E_PG_URL the local cluster of `npm run pg:start`
// (data/postgres) is started or reused.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { e2eDatabaseUrl, e2eEngine } from "./scripts/lib/e2e-database";

// Chosen once: this file is evaluated again in every worker, which inherit
// what the first evaluation put in process.env.
// 3659 is on Chromium's list of restricted ports (ERR_UNSAFE_PORT): never that one.
process.env.E2E_PORT ??= String([3300 + Math.floor(Math.random() * 500)].map((p) => (p === 3659 ? 3660 : p))[0]);
const port = Number(process.env.E2E_PORT);
export const baseURL = `http://127.0.0.1:${port}`;
const engine = e2eEngine();
if (engine === "postgresql" && !process.env.E2E_PG_URL) {
  const started = spawnSync(path.join(__dirname, "node_modules", ".bin", "tsx"), ["scripts/pg-start.ts"], { cwd: __dirname, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  const line = started.stdout.trim().split("\n").pop() ?? "";
  if (started.status !== 0 || !line.startsWith("DATABASE_URL=")) throw new Error(`npm run pg:start failed (exit ${started.status}): ${started.stdout}`);
  process.env.E2E_PG_URL = line.slice("DATABASE_URL=".length);
}
process.env.E2E_DATABASE_URL ??= e2eDatabaseUrl(port);
// Each engine keeps its own results, so `npm test` keeps the first pass's traces.
const suffix = engine === "sqlite" ? "" : `-${engine}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: `test-results${suffix}`,
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  // Generous: CI is a shared 2-core machine where argon2 logins and builds compete.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: `playwright-report${suffix}` }]],
  use: {
    baseURL,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // The first administrator is made through the one-time setup link, which
    // exists only while the forum has no administrator: that journey runs
    // before every other (some make administrators directly in the database).
    { name: "first-administrator", testMatch: "accounts-setup.spec.ts", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "chromium", testIgnore: ["global/**", "accounts-setup.spec.ts"], dependencies: ["first-administrator"], use: { ...devices["Desktop Chrome"], channel: undefined } },
    // Journeys that change forum-wide settings run alone, after all the others,
    // and one file at a time: fullyParallel only orders the tests of a file,
    // and two files saving the settings form at once overwrite each other's
    // choices (oauth-registration read "closed" after saving "approval" while
    // forum-name saved the same form on the other worker).
    { name: "global-settings", testMatch: "global/**/*.spec.ts", dependencies: ["chromium"], fullyParallel: false, workers: 1, use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port), E2E_DATABASE_URL: process.env.E2E_DATABASE_URL },
  },
});
