// npm start: from a fresh clone to the forum at http://localhost:$PORT.
// Prepares the database (migrations, the bundled article), builds the
// production bundle when the sources changed since the last build, then serves.
import fs from "node:fs";
import path from "node:path";
import { announceSetupLink, prepareDatabase } from "./prepare-db";
import { ROOT, baseEnv, bin, runForeground, runOrExit } from "./lib/run";
import { ensureAuthSecret } from "./lib/auth-secret";

// Everything that goes into the production bundle.
const BUILD_INPUTS = ["app", "components", "lib", "public", "next.config.mjs", "package-lock.json", "tsconfig.json", "proxy.ts"];
const SKIP_DIRS = new Set(["generated", "node_modules"]);

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (SKIP_DIRS.has(child)) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function buildIsCurrent(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((entry) => newestMtime(path.join(ROOT, entry)) <= builtAt);
}

async function main() {
  const { setupPath } = await prepareDatabase();
  if (process.env.SKIP_BUILD !== "1" && !buildIsCurrent()) {
    console.log("Đang build bản production (chỉ khi mã nguồn thay đổi)…");
    runOrExit(bin("next"), ["build"]);
  }
  const port = process.env.PORT ?? "3000";
  const env = baseEnv({ AUTH_SECRET: ensureAuthSecret(), AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true", PORT: port });
  console.log(`Bàn Luận đang chạy tại http://localhost:${port}`);
  announceSetupLink(process.env.SITE_URL?.replace(/\/+$/, "") || `http://localhost:${port}`, setupPath);
  runForeground(bin("next"), ["start", "-p", port], env);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
