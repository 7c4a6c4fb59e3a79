// Playwright journeys run against `next start` (a production build) on a fresh
// database, in Debian's Chromium. Tests create their own members, so they run
// in parallel without resetting anything.
import { defineConfig, devices } from "@playwright/test";

// Chosen once: this file is evaluated again in every worker.
process.env.E2E_PORT ??= String(3300 + Math.floor(Math.random() * 500));
const port = Number(process.env.E2E_PORT);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 3,
  retries: 0,
  // Generous: CI is a shared 2-core machine where argon2 logins and builds compete.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
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
    { name: "chromium", testIgnore: "global/**", use: { ...devices["Desktop Chrome"], channel: undefined } },
    // Journeys that change forum-wide settings run alone, after all the others.
    { name: "global-settings", testMatch: "global/**/*.spec.ts", dependencies: ["chromium"], fullyParallel: false, use: { ...devices["Desktop Chrome"], channel: undefined } },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
