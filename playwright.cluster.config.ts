// Journeys on the cluster (npm run cluster): nginx on E2E_PORT, two `next
// start` instances on E2E_PORT+1 and +2, PostgreSQL and Redis of their own in
// data/cluster-e2e-<port>/. Run by `npm test` only where redis-server, nginx
// and PostgreSQL are installed (CI installs them). A few journeys, chosen for
// what only several instances can break.
import { defineConfig, devices } from "@playwright/test";

process.env.E2E_PORT ??= String(4800 + Math.floor(Math.random() * 100) * 4);
const port = Number(process.env.E2E_PORT);
process.env.CLUSTER_DIR ??= `data/cluster-e2e-${port}`;

export default defineConfig({
  testDir: "tests/cluster",
  outputDir: "test-results/cluster",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "cluster", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npx tsx scripts/cluster.ts --fresh",
    url: `http://127.0.0.1:${port}/`,
    timeout: 600_000,
    // CLUSTER_REUSE=1 E2E_PORT=3000 CLUSTER_DIR=data/cluster: against an `npm run cluster` already running.
    reuseExistingServer: process.env.CLUSTER_REUSE === "1",
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM: the cluster script stops PostgreSQL, Redis and nginx itself.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    env: { PORT: String(port), CLUSTER_DIR: process.env.CLUSTER_DIR, INSTANCES: "2", DATABASE_URL: "", REDIS_URL: "" },
  },
});
