// `next start` for the fault tests: a production server on 127.0.0.1 at a
// random port on a given database, that the scenarios kill (-9), stop
// (SIGTERM) and restart. Logs go to data/faults/<name>.log.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT, baseEnv, bin } from "../lib/run";

export const FAULTS_DIR = path.join(ROOT, "data", "faults");
const AUTH_SECRET = crypto.randomBytes(32).toString("base64");

export type Running = { origin: string; port: number; child: ChildProcess; exited: Promise<{ code: number | null; signal: string | null }> };

export async function startServer(databaseUrl: string, name: string, env: Record<string, string> = {}, port = 4900 + crypto.randomInt(0, 500)): Promise<Running> {
  fs.mkdirSync(FAULTS_DIR, { recursive: true });
  const out = fs.openSync(path.join(FAULTS_DIR, `${name}.log`), "a");
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: baseEnv({ NODE_ENV: "production", DATABASE_URL: databaseUrl, SITE_URL: origin, AUTH_SECRET, AUTH_TRUST_HOST: "true", ...env }),
    stdio: ["ignore", out, out],
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  process.on("exit", () => child.kill("SIGKILL"));
  await waitUntilUp(origin, child);
  return { origin, port, child, exited };
}

export async function waitUntilUp(origin: string, child: ChildProcess, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering`);
    try {
      const r = await fetch(`${origin}/robots.txt`);
      await r.arrayBuffer();
      if (r.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${origin} did not come up within ${seconds} s`);
}

/** Resident memory of a process and its descendants, in MB. */
export function rssMb(pid: number): number {
  let kb = 0;
  const visit = (p: number) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      return;
    }
    let children = "";
    try {
      children = execFileSync("ps", ["-o", "pid=", "--ppid", String(p)], { encoding: "utf8" });
    } catch {
      // none
    }
    for (const c of children.split("\n").map((s) => Number(s.trim())).filter(Boolean)) visit(c);
  };
  visit(pid);
  return Math.round(kb / 1024);
}
