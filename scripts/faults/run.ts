// npm run faults: the operator's bad day, on loopback, in a few minutes.
// kill -9 under posting load (with the unanswered forms sent again), the disk
// filling up under the database, 1 000 live-update readers beside posting,
// the page cache's memory over thousands of distinct pages, SIGTERM with
// streams open (next start and npm start), slow-header connections. Prints
// the figures and writes data/faults/results.json; docs/faults.md has the
// last ones. Needs a production build (made when missing, as npm start does)
// and data/fake.db (made when missing); the disk-full part needs root (tmpfs).
import fs from "node:fs";
import path from "node:path";
import { ensureBuild } from "../lib/build";
import { sqliteFilePath } from "../lib/run";
import { prepareBenchDatabase } from "./databases";
import { cacheRss, diskFull, killDuringPosting, readersBesidePosting, slowHeaders, stopWithStreams } from "./scenarios";
import { FAULTS_DIR } from "./server";

const READERS = Number(process.env.FAULTS_READERS ?? 1_000);
const CACHE_PAGES = Number(process.env.FAULTS_CACHE_PAGES ?? 3_000);
/**
 * Cache sizes to crawl with. 1 MB holds a dozen pages: the server rendering
 * thousands of distinct pages with next to nothing cached, the baseline the
 * other sizes' RSS is compared with (RSS ≤ baseline + the configured size).
 */
const CACHE_SIZES_MB = (process.env.FAULTS_CACHE_MB ?? "1,64,256").split(",").map(Number).filter((mb) => mb > 0);
/** FAULTS_ONLY=readers,sigterm runs only the steps whose names contain one of the words. */
const ONLY = (process.env.FAULTS_ONLY ?? "").split(",").map((w) => w.trim()).filter(Boolean);

async function main() {
  const started = Date.now();
  fs.mkdirSync(FAULTS_DIR, { recursive: true });
  ensureBuild();
  const data = await prepareBenchDatabase({ members: 10, rounds: 5 });
  const file = sqliteFilePath(data.url)!;
  const [t0, t1, t2, t3, t4] = data.postThreads;
  const results: Record<string, unknown> = {};
  const step = async (name: string, run: () => Promise<unknown>) => {
    if (ONLY.length > 0 && !ONLY.some((w) => name.includes(w))) return;
    const t = Date.now();
    console.log(`\n▶ ${name}`);
    results[name] = await run();
    console.log(JSON.stringify(results[name], null, 2));
    console.log(`  (${Math.round((Date.now() - t) / 1000)} s)`);
  };

  await step("kill -9 under posting", () => killDuringPosting(data.url, file, t3, data.members, 3));
  await step("disk full", () => diskFull());
  await step(`${READERS} readers beside posting`, () => readersBesidePosting(data.url, [t0, t1, t2], data.members, READERS, 10));
  for (const mb of CACHE_SIZES_MB) {
    const label = mb === 1 ? "1, the baseline" : mb === 256 ? "256, the default" : String(mb);
    await step(`page cache RSS (CACHE_MAX_MEMORY_MB=${label})`, () => cacheRss(data.url, file, mb, CACHE_PAGES));
  }
  await step("SIGTERM with streams open (next start)", () => stopWithStreams(data.url, t4.id, "next start"));
  await step("SIGTERM with streams open (npm start)", () => stopWithStreams(data.url, t4.id, "npm start"));
  await step("slow headers", () => slowHeaders(data.url));

  results.totalSeconds = Math.round((Date.now() - started) / 1000);
  const out = path.join(FAULTS_DIR, ONLY.length > 0 ? `results-${ONLY.join("-")}.json` : "results.json");
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(`\nDone in ${results.totalSeconds} s; figures in ${path.relative(process.cwd(), out)}`);
}

// Interrupted: exit through the "exit" handlers, which kill the servers started.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
