// npm run cluster: the forum as it runs on several machines, on this one —
// PostgreSQL, Redis, INSTANCES app processes (default 2) on PORT+1…PORT+N and
// nginx on PORT (default 3000) in front (deploy/nginx.conf).
//   DATABASE_URL  use this PostgreSQL instead of a throwaway one in the folder
//   REDIS_URL     use this Redis instead of starting redis-server
//   CLUSTER_DIR   the folder (default data/cluster); --fresh empties it first
// Prints DATABASE_URL=…, REDIS_URL=…, one INSTANCE_URL=… per instance and
// FORUM_URL=… last, once everything answers (also written to
// <folder>/cluster.json). Ctrl-C stops everything it started. An instance
// that dies is started again after a second (nginx sends its traffic to the
// others meanwhile).
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureDatabase, startLocalCluster, stopLocalCluster } from "./pg/local-cluster";
import { startLocalRedis, waitForPort, type LocalRedis } from "./redis/local-redis";
import { startInstance } from "./cluster/instance";
import { startNginx } from "./cluster/nginx";
import { ROOT, baseEnv } from "./lib/run";
import { ensureBuild } from "./lib/build";
import { ensureAuthSecret } from "./lib/auth-secret";
import { ensureServerActionsKey } from "./lib/server-actions-key";
import { portIsFree } from "./lib/port-free";

const say = (line: string) => process.stderr.write(`${line}\n`);

async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} không trả lời`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const count = Math.max(1, Number(process.env.INSTANCES ?? 2) || 2);
  const dir = path.resolve(process.env.CLUSTER_DIR ?? path.join(ROOT, "data", "cluster"));
  const ports = Array.from({ length: count }, (_, i) => port + 1 + i);
  for (const p of [port, ...ports]) {
    if (!(await portIsFree(p))) throw new Error(`cổng ${p} đang được dùng. Chọn cổng khác: PORT=4000 npm run cluster`);
  }
  const ownPg = !process.env.DATABASE_URL;
  if (process.argv.includes("--fresh")) {
    if (ownPg) stopLocalCluster(path.join(dir, "postgres"));
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });

  const children = new Set<ChildProcess>();
  let redis: LocalRedis | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say("Đang dừng cụm…");
    const exits = [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once("exit", () => resolve());
          child.kill("SIGTERM");
          setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
        }),
    );
    await Promise.all(exits);
    await redis?.stop();
    if (ownPg) {
      try {
        stopLocalCluster(path.join(dir, "postgres"));
      } catch (error) {
        say(`PostgreSQL: ${(error as Error).message}`);
      }
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    if (ownPg) {
      const pg = await startLocalCluster(path.join(dir, "postgres"));
      process.env.DATABASE_URL = await ensureDatabase(pg, "banluan");
    }
    if (!process.env.REDIS_URL) {
      redis = await startLocalRedis({ dir: path.join(dir, "redis"), persist: true, maxmemoryMb: Number(process.env.REDIS_MAXMEMORY_MB) || 256 });
      children.add(redis.process);
      process.env.REDIS_URL = redis.url;
    }
    // Loaded only now: the search module picks its engine from DATABASE_URL when loaded.
    const { prepareDatabase, announceSetupLink } = await import("./prepare-db");
    const { setupPath } = await prepareDatabase();

    // One build for every instance, with the key they all share.
    process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = ensureServerActionsKey();
    if (process.env.SKIP_BUILD !== "1") ensureBuild();

    const forumUrl = `http://127.0.0.1:${port}`;
    const env = baseEnv({
      AUTH_SECRET: ensureAuthSecret(),
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      // nginx sets X-Real-IP / X-Forwarded-For; per-address limits count real clients.
      TRUST_PROXY: "1",
      SITE_URL: process.env.SITE_URL ?? forumUrl,
      NODE_ENV: "production",
    });
    const launch = (i: number) => {
      const child = startInstance(`app${i + 1}`, ports[i], env);
      children.add(child);
      child.once("exit", (code, signal) => {
        children.delete(child);
        if (stopping) return;
        say(`Tiến trình app${i + 1} (cổng ${ports[i]}) dừng (${signal ?? code}); khởi động lại sau 1 giây.`);
        setTimeout(() => !stopping && launch(i), 1_000);
      });
    };
    ports.forEach((_, i) => launch(i));
    await Promise.all(ports.map((p) => waitForHttp(`http://127.0.0.1:${p}/`)));

    const nginx = startNginx({ dir: path.join(dir, "nginx"), listen: `127.0.0.1:${port}`, upstreams: ports.map((p) => `127.0.0.1:${p}`) });
    children.add(nginx);
    nginx.once("exit", (code, signal) => {
      children.delete(nginx);
      if (!stopping) {
        say(`nginx dừng (${signal ?? code}).`);
        void stop(1);
      }
    });
    await waitForPort(port);
    await waitForHttp(`${forumUrl}/`);

    announceSetupLink(forumUrl, setupPath);
    const urls = {
      DATABASE_URL: process.env.DATABASE_URL!,
      REDIS_URL: process.env.REDIS_URL!,
      INSTANCE_URLS: ports.map((p) => `http://127.0.0.1:${p}`),
      FORUM_URL: forumUrl,
    };
    fs.writeFileSync(path.join(dir, "cluster.json"), JSON.stringify({ ...urls, setupUrl: setupPath ? forumUrl + setupPath : null }, null, 2));
    console.log(`DATABASE_URL=${urls.DATABASE_URL}`);
    console.log(`REDIS_URL=${urls.REDIS_URL}`);
    for (const url of urls.INSTANCE_URLS) console.log(`INSTANCE_URL=${url}`);
    console.log(`FORUM_URL=${urls.FORUM_URL}`);
  } catch (error) {
    say(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
    await stop(1);
  }
}

void main();
