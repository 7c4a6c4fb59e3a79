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
// others meanwhile). The parts are started by scripts/cluster/start-cluster.ts.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./lib/run";
import { startCluster, type RunningCluster } from "./cluster/start-cluster";
import { stopLocalCluster } from "./pg/local-cluster";

const say = (line: string) => process.stderr.write(`${line}\n`);

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const dir = path.resolve(process.env.CLUSTER_DIR ?? path.join(ROOT, "data", "cluster"));
  const ownPg = !process.env.DATABASE_URL;
  let cluster: RunningCluster | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say("Đang dừng cụm…");
    if (cluster) await cluster.stop();
    // Interrupted while starting: the children die with our process group,
    // but the throwaway PostgreSQL runs detached (pg_ctl).
    else if (ownPg) {
      try {
        stopLocalCluster(path.join(dir, "postgres"));
      } catch {
        // not started yet
      }
    }
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    cluster = await startCluster({
      port,
      instances: Math.max(1, Number(process.env.INSTANCES ?? 2) || 2),
      dir,
      fresh: process.argv.includes("--fresh"),
      redisMaxMemoryMb: Number(process.env.REDIS_MAXMEMORY_MB) || 256,
      onNginxExit: () => void stop(1),
    });
  } catch (error) {
    say(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (stopping) return;
  const { announceSetupLink } = await import("./prepare-db");
  const { urls, setupPath } = cluster;
  announceSetupLink(urls.FORUM_URL, setupPath);
  fs.writeFileSync(path.join(dir, "cluster.json"), JSON.stringify({ ...urls, setupUrl: setupPath ? urls.FORUM_URL + setupPath : null }, null, 2));
  console.log(`DATABASE_URL=${urls.DATABASE_URL}`);
  console.log(`REDIS_URL=${urls.REDIS_URL}`);
  for (const url of urls.INSTANCE_URLS) console.log(`INSTANCE_URL=${url}`);
  console.log(`FORUM_URL=${urls.FORUM_URL}`);
}

void main();
