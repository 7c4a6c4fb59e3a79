// npm run lighthouse
//
// Lighthouse (the npm package, default mobile settings: a mid-range phone on a
// slow 4G connection, simulated) on the guest thread page of the article
// thread — 20 replies, the sidebar — served by `next start` (built first if
// the build is not current) on the db:fake database (made first if missing),
// in Debian's Chromium. Prints the four category scores, LCP, TBT and CLS, and
// every audit that cost a category points; the full report is written to
// data/lighthouse/ (HTML and JSON).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { ensureBuild } from "./lib/build";
import { ROOT, bin, baseEnv } from "./lib/run";
import { FAKE_DB_URL, ensureFakeDatabase } from "./bench/bench-db";
import { startNext } from "./bench/servers";
import { migrateIfPending } from "./lib/migrate";
import { createPrismaClient } from "../lib/db-client";

const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const OUT_DIR = path.join(ROOT, "data", "lighthouse");

type Audit = { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number };
type Lhr = {
  lighthouseVersion: string;
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
};

async function main() {
  if (!fs.existsSync(CHROME)) {
    console.error(`Không thấy Chromium ở ${CHROME}. Cài: apt-get update && apt-get install -y chromium (hoặc đặt CHROME_PATH).`);
    process.exit(1);
  }
  const file = ensureFakeDatabase();
  // A fake.db made before the latest migrations gets them first (the bench
  // migrates its copy; Lighthouse serves this file itself): without them the
  // page answered 500 on a missing column.
  const migrating = createPrismaClient(FAKE_DB_URL);
  try {
    await migrateIfPending(migrating, FAKE_DB_URL);
  } finally {
    await migrating.$disconnect();
  }
  const db = new Database(file, { readonly: true });
  const article = db.prepare(`SELECT "id", "slug" FROM "Thread" WHERE "kind" = 'article' ORDER BY "id" LIMIT 1`).get() as { id: number; slug: string };
  db.close();
  ensureBuild();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const server = await startNext(FAKE_DB_URL, path.join(OUT_DIR, "next.log"));
  try {
    const url = `${server.origin}/threads/${article.slug}.${article.id}`;
    // Rendered once, as the first guest would; Lighthouse then measures the
    // page guests get. robots.txt too: its first request loads its route, and
    // Lighthouse gives up on a robots.txt that is slow to come (SEO "robots.txt
    // is not valid" once, on a busy machine).
    await (await fetch(url)).text();
    await (await fetch(`${server.origin}/robots.txt`)).text();
    console.log(`▶ Lighthouse (mobile mặc định) trên ${url}`);
    const result = spawnSync(
      bin("lighthouse"),
      [
        url,
        "--quiet",
        "--output=json",
        "--output=html",
        `--output-path=${path.join(OUT_DIR, "thread")}`,
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ],
      { cwd: ROOT, env: baseEnv({ CHROME_PATH: CHROME }), stdio: ["ignore", "inherit", "inherit"] },
    );
    if (result.status !== 0) throw new Error(`lighthouse exited with ${result.status}`);
    const lhr = JSON.parse(fs.readFileSync(path.join(OUT_DIR, "thread.report.json"), "utf8")) as Lhr;
    report(lhr);
  } finally {
    server.stop();
  }
}

function report(lhr: Lhr): void {
  const score = (id: string) => Math.round((lhr.categories[id].score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id].displayValue ?? String(lhr.audits[id].numericValue);
  console.log(`\nLighthouse ${lhr.lighthouseVersion}, mobile:`);
  for (const id of ["performance", "accessibility", "best-practices", "seo"]) console.log(`  ${lhr.categories[id].title.padEnd(16)} ${score(id)}`);
  console.log(`  LCP ${metric("largest-contentful-paint")} · TBT ${metric("total-blocking-time")} · CLS ${metric("cumulative-layout-shift")}`);
  // What cost points: every weighted audit below a full score.
  for (const [id, category] of Object.entries(lhr.categories)) {
    const failing = category.auditRefs
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable");
    for (const a of failing) console.log(`  − ${category.title}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""} [${a.id}, ${Math.round((a.score ?? 0) * 100)}]`);
  }
  console.log(`\nBáo cáo đầy đủ: ${path.relative(ROOT, path.join(OUT_DIR, "thread.report.html"))}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
