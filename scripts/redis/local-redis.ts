// A local Redis for the cluster script and tests, from Debian's
// `redis-server` package: its own folder (dump, log, pid), 127.0.0.1 only, a
// free port unless one is asked for. Run as a child of the caller, so it
// stops with it. Bounded like production should be (docs/deploy.md):
// maxmemory + allkeys-lru, so the page cache can never grow without limit.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { freePort } from "../lib/port-free";

export type LocalRedis = { url: string; port: number; process: ChildProcess; stop: () => Promise<void> };

export function redisServerPath(): string | null {
  const found = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}


/** Resolves once a TCP connection to 127.0.0.1:port succeeds (or rejects after timeoutMs). */
export async function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`không kết nối được cổng ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function startLocalRedis(options: { dir: string; port?: number; maxmemoryMb?: number; persist?: boolean }): Promise<LocalRedis> {
  const exe = redisServerPath();
  if (!exe) throw new Error("Không tìm thấy redis-server. Cài đặt: apt-get install -y redis-server  (hoặc đặt REDIS_URL)");
  const dir = path.resolve(options.dir);
  fs.mkdirSync(dir, { recursive: true });
  const port = options.port ?? (await freePort());
  const args = [
    "--port", String(port),
    "--bind", "127.0.0.1",
    "--dir", dir,
    "--pidfile", path.join(dir, "redis.pid"),
    "--logfile", path.join(dir, "redis.log"),
    "--daemonize", "no",
    "--maxmemory", `${options.maxmemoryMb ?? 256}mb`,
    "--maxmemory-policy", "allkeys-lru",
    "--appendonly", "no",
    // The cache is rebuilt from the database; a snapshot only spares renders after a restart.
    ...(options.persist ? ["--save", "300 1"] : ["--save", ""]),
  ];
  const child = spawn(exe, args, { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await Promise.race([
    waitForPort(port),
    exited.then(() => {
      throw new Error(`redis-server dừng ngay khi khởi động (xem ${path.join(dir, "redis.log")})`);
    }),
  ]);
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}
