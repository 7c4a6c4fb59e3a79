// The two Debian tools the benchmark drives: wrk (the load generator) and
// nginx (the static-file baseline). Missing ones are named with the command
// that installs them, and the benchmark stops before doing anything.
import { spawnSync } from "node:child_process";

const TOOLS = [
  { name: "wrk", check: ["wrk", ["--version"]], install: "apt-get install -y wrk" },
  { name: "nginx", check: ["nginx", ["-v"]], install: "apt-get install -y nginx" },
] as const;

function present(cmd: string, args: readonly string[]): boolean {
  const result = spawnSync(cmd, args, { stdio: "ignore" });
  return !result.error;
}

/** Exits with a message naming what to install when a tool is missing. */
export function requireTools(): void {
  const missing = TOOLS.filter((t) => !present(t.check[0], t.check[1]));
  if (missing.length === 0) return;
  console.error("Thiếu công cụ cho benchmark (gói Debian):");
  for (const t of missing) console.error(`  ${t.name}: ${t.install}   (chạy với quyền root; trước đó: apt-get update)`);
  process.exit(1);
}
