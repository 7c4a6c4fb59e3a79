// A local PostgreSQL server for development and tests, without Docker: Debian's
// `postgresql` package provides initdb/pg_ctl. The cluster lives in a folder of
// the project (data/postgres/ by default), listens on 127.0.0.1 only, on a
// free port (or PG_PORT), with its socket in a temporary folder.
//
// initdb refuses to run as root; as root (these machines, CI) every server
// command runs as the `postgres` system user, which then owns the folder.
// Authentication is `trust` on loopback: a throwaway cluster for one machine,
// never a production setup (see docs/deploy.md).
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../lib/port-free";

export const PG_USER = "banluan";

function binDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const base = "/usr/lib/postgresql";
  if (fs.existsSync(base)) {
    const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")));
    versions.sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(base, versions[0], "bin");
  }
  const which = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" });
  if (which.status === 0 && which.stdout.trim()) return path.dirname(which.stdout.trim());
  throw new Error("Không tìm thấy PostgreSQL (initdb). Cài đặt: apt-get install -y postgresql  (hoặc đặt PG_BIN)");
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** Runs a PostgreSQL server program, as the `postgres` user when we are root. */
function runPg(program: string, args: string[], options: { quiet?: boolean } = {}): string {
  const exe = path.join(binDir(), program);
  const [cmd, argv] = isRoot() ? ["runuser", ["-u", "postgres", "--", exe, ...args]] : [exe, args];
  return execFileSync(cmd, argv, { encoding: "utf8", stdio: options.quiet ? ["ignore", "pipe", "pipe"] : ["ignore", "pipe", "inherit"] });
}


export type LocalCluster = { dir: string; port: number; url: (database: string) => string };

function portFile(dir: string) {
  return path.join(dir, "..", `${path.basename(dir)}.port`);
}

function isRunning(dir: string): boolean {
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) return false;
  try {
    runPg("pg_ctl", ["-D", dir, "status"], { quiet: true });
    return true;
  } catch {
    return false;
  }
}

/** Creates (or reuses) the cluster in `dir` and starts it; resolves once it accepts connections. */
export async function startLocalCluster(dir: string, wantedPort?: number): Promise<LocalCluster> {
  dir = path.resolve(dir);
  const make = (port: number): LocalCluster => ({ dir, port, url: (db) => `postgresql://${PG_USER}@127.0.0.1:${port}/${db}` });
  if (isRunning(dir)) {
    const port = Number(fs.readFileSync(portFile(dir), "utf8"));
    if (port > 0) return make(port);
  }
  fs.mkdirSync(dir, { recursive: true });
  if (isRoot()) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  fs.chmodSync(dir, 0o700);
  if (!fs.existsSync(path.join(dir, "PG_VERSION"))) {
    runPg("initdb", ["-D", dir, "-U", PG_USER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], { quiet: true });
  }
  const port = wantedPort ?? (Number(process.env.PG_PORT) || (await freePort()));
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-pg-"));
  if (isRoot()) execFileSync("chown", ["postgres:postgres", socketDir]);
  const options = [
    `-p ${port}`,
    `-k ${socketDir}`,
    "-c listen_addresses=127.0.0.1",
    "-c max_connections=300",
    "-c shared_buffers=128MB",
    // A development/test cluster: durability across a power cut is not needed,
    // speed on a 2-core machine is. Never use these settings in production.
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
  ].join(" ");
  runPg("pg_ctl", ["-D", dir, "-l", path.join(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"], { quiet: true });
  fs.writeFileSync(portFile(dir), String(port));
  return make(port);
}

export function stopLocalCluster(dir: string): boolean {
  dir = path.resolve(dir);
  if (!isRunning(dir)) return false;
  runPg("pg_ctl", ["-D", dir, "-m", "fast", "-w", "stop"], { quiet: true });
  return true;
}

/** Creates `database` if missing, with the extensions search needs. */
export async function ensureDatabase(cluster: LocalCluster, database: string): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  const client = new pg.Client({ connectionString: cluster.url(database) });
  await client.connect();
  try {
    await client.query("CREATE EXTENSION IF NOT EXISTS unaccent");
    await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
  } finally {
    await client.end();
  }
  return cluster.url(database);
}
