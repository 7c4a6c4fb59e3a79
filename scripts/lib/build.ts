// Whether the production build (.next) is current: built after the last
// change to anything that goes into it. Used by `npm start` and `npm run
// bench`, which build only when it is not.
import fs from "node:fs";
import path from "node:path";
import { ROOT, bin, runOrExit } from "./run";

// Everything that goes into the production bundle.
const BUILD_INPUTS = ["actions", "app", "components", "lib", "public", "next.config.mjs", "package-lock.json", "tsconfig.json", "proxy.ts", "instrumentation.ts"];
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

export function buildIsCurrent(): boolean {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return BUILD_INPUTS.every((entry) => newestMtime(path.join(ROOT, entry)) <= builtAt);
}

/** Builds when the build is missing or older than the sources; says which. */
export function ensureBuild(): void {
  if (buildIsCurrent()) return;
  console.log("Đang build bản production (chỉ khi mã nguồn thay đổi)…");
  runOrExit(bin("next"), ["build"]);
}
