// `next start` for the fault tests: a production server on 127.0.0.1 at a
// random port on a given database, that the scenarios kill (-9), stop
// (SIGTERM) and restart. Logs go to data/faults/<name>.log.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { ROOT, baseEnv, bin } from "../lib/run";

export const FAULTS_DIR = path.join(ROOT, "data", "faults");
const AUTH_SECRET = crypto.randomBytes(32).toString("base64");

export type Running = {
  origin: string;
  port: number;
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: string | null }>;
  /** The server's memory after a forced full collection (heap-probe.cjs). */
  heap: () => Promise<HeapFigures>;
};

type MemoryFigures = { rssMb: number; rssAnonMb: number; rssFileMb: number; heapUsedMb: number; heapTotalMb: number; externalMb: number; arrayBuffersMb: number; heapLimitMb: number };
export type HeapFigures = { before: MemoryFigures; afterGc: MemoryFigures };

const HEAP_PROBE = path.join(__dirname, "heap-probe.cjs");

/** A port nothing listens on now (the OS's pick). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startServer(databaseUrl: string, name: string, env: Record<string, string> = {}, port = 4900 + crypto.randomInt(0, 500)): Promise<Running> {
  fs.mkdirSync(FAULTS_DIR, { recursive: true });
  const out = fs.openSync(path.join(FAULTS_DIR, `${name}.log`), "a");
  const origin = `http://127.0.0.1:${port}`;
  const probePort = await freePort();
  // --expose-gc and the probe only here, for the measurements: not how the forum runs.
  const nodeOptions = [process.env.NODE_OPTIONS, "--expose-gc", `--require ${HEAP_PROBE}`].filter(Boolean).join(" ");
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: baseEnv({ NODE_ENV: "production", DATABASE_URL: databaseUrl, SITE_URL: origin, AUTH_SECRET, AUTH_TRUST_HOST: "true", NODE_OPTIONS: nodeOptions, FAULTS_PROBE_PORT: String(probePort), ...env }),
    stdio: ["ignore", out, out],
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  process.on("exit", () => child.kill("SIGKILL"));
  await waitUntilUp(origin, child);
  const heap = async () => (await (await fetch(`http://127.0.0.1:${probePort}/heap`)).json()) as HeapFigures;
  return { origin, port, child, exited, heap };
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
