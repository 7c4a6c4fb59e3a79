// The two servers under test, both on 127.0.0.1 at free ports chosen at
// random: `next start` on the benchmark database, and nginx serving one saved
// HTML file. Each is started detached, logs to data/bench/, and is stopped by
// its own process id (the whole process group it leads).
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT, baseEnv, bin } from "../lib/run";

export type Server = { origin: string; stop: () => void };

const BENCH_DIR = path.join(ROOT, "data", "bench");

function stopper(child: ChildProcess): () => void {
  let stopped = false;
  return () => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
}

async function waitFor(url: string, seconds: number, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (code ${child.exitCode}); see ${path.relative(ROOT, log)}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s; see ${path.relative(ROOT, log)}`);
}

const randomPort = (from: number) => from + crypto.randomInt(0, 500);

/** `next start` on a database (production build, 127.0.0.1), logging to `log`. */
export async function startNext(databaseUrl: string, log = path.join(BENCH_DIR, "next.log")): Promise<Server> {
  const port = randomPort(4100);
  const origin = `http://127.0.0.1:${port}`;
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const out = fs.openSync(log, "w");
  const child = spawn(bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: baseEnv({
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      SITE_URL: origin,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
      AUTH_TRUST_HOST: "true",
    }),
    stdio: ["ignore", out, out],
    detached: true,
  });
  const stop = stopper(child);
  process.on("exit", stop);
  await waitFor(`${origin}/robots.txt`, 60, child, log);
  return { origin, stop };
}

/** nginx serving `html` as its index page (Debian's nginx, our own config). */
export async function startNginx(html: string): Promise<Server> {
  const port = randomPort(4700);
  const origin = `http://127.0.0.1:${port}`;
  const prefix = path.join(BENCH_DIR, "nginx");
  const www = path.join(prefix, "www");
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(path.join(prefix, "logs"), { recursive: true });
  fs.mkdirSync(www, { recursive: true });
  fs.writeFileSync(path.join(www, "index.html"), html);
  // Readable by nginx's workers, which run as an unprivileged user when it starts as root.
  for (const dir of [BENCH_DIR, prefix, www]) fs.chmodSync(dir, 0o755);
  fs.chmodSync(path.join(www, "index.html"), 0o644);
  const conf = path.join(prefix, "nginx.conf");
  fs.writeFileSync(
    conf,
    [
      "daemon off;",
      "worker_processes auto;",
      `pid ${path.join(prefix, "nginx.pid")};`,
      `error_log ${path.join(prefix, "logs", "error.log")} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      "  access_log off;",
      `  client_body_temp_path ${path.join(prefix, "tmp")};`,
      "  sendfile on; tcp_nopush on; keepalive_requests 100000;",
      `  server { listen 127.0.0.1:${port}; root ${www}; location = / { default_type "text/html; charset=utf-8"; try_files /index.html =404; } }`,
      "}",
      "",
    ].join("\n"),
  );
  const log = path.join(prefix, "logs", "stderr.log");
  const out = fs.openSync(log, "w");
  const child = spawn("nginx", ["-p", prefix, "-c", conf], { stdio: ["ignore", out, out], detached: true });
  const stop = stopper(child);
  process.on("exit", stop);
  await waitFor(`${origin}/`, 15, child, log);
  return { origin, stop };
}
