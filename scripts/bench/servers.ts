// The servers under test, all on 127.0.0.1 at free ports chosen at random:
// the forum on the benchmark database, and nginx serving saved HTML files. Each is started detached, logs to data/bench/, and is stopped by
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

/**
 * The forum's server on a database (production build, 127.0.0.1), logging to
 * `log`: `next start`, or with `via: "npm-start"` the server `npm start` runs
 * (scripts/serve.ts: the request gate and the guest fast path in front of
 * Next.js; `fastPath: false` runs it with CACHE_FAST_PATH_MB=0, which is the
 * server as it was before the fast path). The npm-start servers pass the cache
 * status on (EXPOSE_CACHE_STATUS: x-cache-status, x-fast-path) so the
 * benchmark can check what answered.
 */
export async function startNext(
  databaseUrl: string,
  log = path.join(BENCH_DIR, "next.log"),
  options: { via?: "next-start" | "npm-start"; fastPath?: boolean; nodeArgs?: string[]; cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Server> {
  const port = randomPort(4100);
  const origin = `http://127.0.0.1:${port}`;
  fs.mkdirSync(path.dirname(log), { recursive: true });
  const out = fs.openSync(log, "w");
  const viaServe = options.via === "npm-start";
  // nodeArgs (--cpu-prof…): node itself runs the server, with tsx as its loader (as the cluster's instances).
  const [command, args] = viaServe
    ? options.nodeArgs
      ? [process.execPath, [...options.nodeArgs, "--import", "tsx", "scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"]]
      : [bin("tsx"), ["scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"]]
    : [bin("next"), ["start", "-p", String(port), "-H", "127.0.0.1"]];
  const child = spawn(command, args, {
    // cwd: another checkout's build, for comparisons (scripts/bench/cpu-per-request.ts).
    cwd: options.cwd ?? ROOT,
    env: baseEnv({
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      SITE_URL: origin,
      AUTH_SECRET: crypto.randomBytes(32).toString("base64"),
      AUTH_TRUST_HOST: "true",
      ...(viaServe ? { EXPOSE_CACHE_STATUS: "1", CACHE_FAST_PATH_MB: options.fastPath === false ? "0" : undefined } : {}),
      ...options.env,
    }),
    stdio: ["ignore", out, out],
    detached: true,
  });
  const stop = stopper(child);
  process.on("exit", stop);
  await waitFor(`${origin}/robots.txt`, 60, child, log);
  return { origin, stop };
}

/** nginx serving `html` as its index page, and each of `more` at /<name> (Debian's nginx, our own config). */
export async function startNginx(html: string, more: Record<string, string> = {}): Promise<Server> {
  const port = randomPort(4700);
  const origin = `http://127.0.0.1:${port}`;
  const prefix = path.join(BENCH_DIR, "nginx");
  const www = path.join(prefix, "www");
  fs.rmSync(prefix, { recursive: true, force: true });
  fs.mkdirSync(path.join(prefix, "logs"), { recursive: true });
  fs.mkdirSync(www, { recursive: true });
  const files: Record<string, string> = { index: html, ...more };
  for (const [name, body] of Object.entries(files)) {
    if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad nginx file name ${name}`);
    fs.writeFileSync(path.join(www, `${name}.html`), body);
    // Readable by nginx's workers, which run as an unprivileged user when it starts as root.
    fs.chmodSync(path.join(www, `${name}.html`), 0o644);
  }
  for (const dir of [BENCH_DIR, prefix, www]) fs.chmodSync(dir, 0o755);
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
      `  server { listen 127.0.0.1:${port}; root ${www}; types { } default_type "text/html; charset=utf-8"; location = / { try_files /index.html =404; } location / { try_files $uri.html =404; } }`,
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
