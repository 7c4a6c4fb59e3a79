// The cluster as a value: PostgreSQL (a throwaway one under the folder unless
// a DATABASE_URL is given), Redis (likewise), N app instances and nginx in
// front, with a handle on each part. `npm run cluster` (scripts/cluster.ts)
// is this plus printing and signals; the failure checks
// (scripts/cluster-faults.ts) use the handles to kill an instance, stop
// Redis and restart PostgreSQL while load runs.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureDatabase, startLocalCluster, stopLocalCluster } from "../pg/local-cluster";
import { startLocalRedis, waitForPort, type LocalRedis } from "../redis/local-redis";
import { startInstance } from "./instance";
import { startNginx } from "./nginx";
import { baseEnv } from "../lib/run";
import { ensureBuild } from "../lib/build";
import { ensureAuthSecret } from "../lib/auth-secret";
import { ensureServerActionsKey } from "../lib/server-actions-key";
import { portIsFree } from "../lib/port-free";

export type ClusterOptions = {
  port: number;
  instances: number;
  dir: string;
  fresh?: boolean;
  /** Build when the build is out of date (default true). */
  build?: boolean;
  /** Redis memory limit in MB (own Redis only). */
  redisMaxMemoryMb?: number;
  /** Where progress and the instances' output go (default stderr). */
  log?: (line: string) => void;
  /** Extra environment for every instance. */
  env?: Record<string, string | undefined>;
  /** Extra arguments for node in every instance (the benchmark's --cpu-prof). */
  nodeArgs?: string[];
  /** Called when nginx dies on its own (npm run cluster then stops everything). */
  onNginxExit?: () => void;
};

export type ClusterUrls = { DATABASE_URL: string; REDIS_URL: string; INSTANCE_URLS: string[]; FORUM_URL: string };

export type InstanceHandle = {
  name: string;
  port: number;
  url: string;
  /** The running process's pid (undefined between a death and its restart). */
  pid(): number | undefined;
  /** How many times it was started. */
  starts(): number;
};

export type RunningCluster = {
  urls: ClusterUrls;
  setupPath: string | null;
  instances: InstanceHandle[];
  /** Own Redis only: stop it (SIGTERM, it saves its snapshot) and start it again on the same port and folder. */
  redis: { stop(): Promise<void>; start(): Promise<void> } | null;
  /** Own PostgreSQL only: a fast shutdown and a start on the same port. */
  postgres: { stop(): void; start(): Promise<void> } | null;
  stop(): Promise<void>;
};

export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
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

export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  const say = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const { port } = options;
  const dir = path.resolve(options.dir);
  const ports = Array.from({ length: options.instances }, (_, i) => port + 1 + i);
  for (const p of [port, ...ports]) {
    if (!(await portIsFree(p))) throw new Error(`cổng ${p} đang được dùng. Chọn cổng khác: PORT=4000 npm run cluster`);
  }
  const ownPg = !process.env.DATABASE_URL;
  const pgDir = path.join(dir, "postgres");
  if (options.fresh) {
    if (ownPg) stopLocalCluster(pgDir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });

  const children = new Set<ChildProcess>();
  let redis: LocalRedis | null = null;
  let stopping = false;
  let pgPort: number | null = null;

  const stop = async () => {
    if (stopping) return;
    stopping = true;
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
        stopLocalCluster(pgDir);
      } catch (error) {
        say(`PostgreSQL: ${(error as Error).message}`);
      }
    }
  };

  try {
    if (ownPg) {
      const pg = await startLocalCluster(pgDir);
      pgPort = pg.port;
      process.env.DATABASE_URL = await ensureDatabase(pg, "banluan");
    }
    const ownRedis = !process.env.REDIS_URL;
    const redisOptions = { dir: path.join(dir, "redis"), persist: true, maxmemoryMb: options.redisMaxMemoryMb ?? 256 };
    if (ownRedis) {
      redis = await startLocalRedis(redisOptions);
      children.add(redis.process);
      process.env.REDIS_URL = redis.url;
    }
    // Loaded only now: the search module picks its engine from DATABASE_URL when loaded.
    const { prepareDatabase } = await import("../prepare-db");
    const { setupPath } = await prepareDatabase();

    // One build for every instance, with the key they all share.
    process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = ensureServerActionsKey();
    if (options.build !== false && process.env.SKIP_BUILD !== "1") ensureBuild();

    const forumUrl = `http://127.0.0.1:${port}`;
    const env = baseEnv({
      AUTH_SECRET: ensureAuthSecret(),
      AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
      // nginx sets X-Real-IP / X-Forwarded-For; per-address limits count real clients.
      TRUST_PROXY: "1",
      SITE_URL: process.env.SITE_URL ?? forumUrl,
      NODE_ENV: "production",
      ...options.env,
    });
    const running: (ChildProcess | null)[] = ports.map(() => null);
    const startCounts = ports.map(() => 0);
    // An instance that dies is started again after a second; nginx sends its traffic to the others meanwhile.
    const launch = (i: number) => {
      const child = startInstance(`app${i + 1}`, ports[i], env, options.nodeArgs);
      running[i] = child;
      startCounts[i] += 1;
      children.add(child);
      child.once("exit", (code, signal) => {
        children.delete(child);
        running[i] = null;
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
      if (stopping) return;
      say(`nginx dừng (${signal ?? code}).`);
      options.onNginxExit?.();
    });
    await waitForPort(port);
    await waitForHttp(`${forumUrl}/`);

    const redisPort = redis?.port;
    return {
      urls: { DATABASE_URL: process.env.DATABASE_URL!, REDIS_URL: process.env.REDIS_URL!, INSTANCE_URLS: ports.map((p) => `http://127.0.0.1:${p}`), FORUM_URL: forumUrl },
      setupPath,
      instances: ports.map((p, i) => ({ name: `app${i + 1}`, port: p, url: `http://127.0.0.1:${p}`, pid: () => running[i]?.pid, starts: () => startCounts[i] })),
      redis: ownRedis
        ? {
            stop: async () => {
              if (!redis) return;
              children.delete(redis.process);
              await redis.stop();
              redis = null;
            },
            start: async () => {
              if (redis) return;
              redis = await startLocalRedis({ ...redisOptions, port: redisPort });
              children.add(redis.process);
            },
          }
        : null,
      postgres: ownPg
        ? {
            stop: () => void stopLocalCluster(pgDir),
            start: async () => void (await startLocalCluster(pgDir, pgPort ?? undefined)),
          }
        : null,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
