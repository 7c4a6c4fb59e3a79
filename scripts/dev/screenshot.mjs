// Dev helper: node scripts/dev/screenshot.mjs URL OUT.png [width] [--no-js] [--dark]
import { chromium } from "@playwright/test";
const [url, out, width = "1280", ...flags] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, javaScriptEnabled: !flags.includes("--no-js"), colorScheme: flags.includes("--dark") ? "dark" : "light" });
const page = await context.newPage();
await page.goto(url);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
