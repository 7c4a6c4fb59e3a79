// Runs wrk (the one load generator of the benchmark) for one scenario and
// reads back the figures its Lua script prints (wrk/*.lua).
import { spawn } from "node:child_process";
import path from "node:path";

const LUA_DIR = path.join(__dirname, "wrk");

export type WrkResult = {
  requests: number;
  duration_us: number;
  bytes: number;
  errors: { connect: number; read: number; write: number; status: number; timeout: number; not_acknowledged?: number };
  acknowledged?: number;
  failure_statuses?: string;
  latency_us: { p50: number; p90: number; p99: number; max: number; mean: number };
};

export type WrkRun = {
  url: string;
  seconds: number;
  connections: number;
  threads: number;
  headers?: Record<string, string>;
  /** Lua script in wrk/ (default: report.lua, plain GETs) and its arguments. */
  script?: string;
  scriptArgs?: string[];
};

export function runWrk(run: WrkRun): Promise<WrkResult> {
  const args = [`-t${run.threads}`, `-c${run.connections}`, `-d${run.seconds}s`, "--timeout", "10s", "-s", path.join(LUA_DIR, run.script ?? "report.lua")];
  for (const [name, value] of Object.entries(run.headers ?? {})) args.push("-H", `${name}: ${value}`);
  args.push(run.url);
  if (run.scriptArgs?.length) args.push("--", ...run.scriptArgs);
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith("BENCH_RESULT "));
      if (code !== 0 || !line) return reject(new Error(`wrk exited ${code}: ${err || out}`));
      resolve(JSON.parse(line.slice("BENCH_RESULT ".length)) as WrkResult);
    });
  });
}

/** Requests per second of a run. */
export function rate(result: WrkResult): number {
  return result.requests / (result.duration_us / 1e6);
}

export function errorCount(result: WrkResult): number {
  const e = result.errors;
  return e.connect + e.read + e.write + e.status + e.timeout + (e.not_acknowledged ?? 0);
}
