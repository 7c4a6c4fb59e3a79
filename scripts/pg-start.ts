// npm run pg:start: a local PostgreSQL for development and tests (see
// scripts/pg/local-cluster.ts). Prints DATABASE_URL=… as its last line, so
//   export $(npm run -s pg:start | tail -1)
// points the forum at it. PG_DIR (default data/postgres), PG_PORT, PG_DATABASE.
import path from "node:path";
import { ensureDatabase, startLocalCluster } from "./pg/local-cluster";
import { ROOT } from "./lib/run";

async function main() {
  const dir = process.env.PG_DIR ?? path.join(ROOT, "data", "postgres");
  const cluster = await startLocalCluster(dir);
  const url = await ensureDatabase(cluster, process.env.PG_DATABASE ?? "banluan");
  console.error(`PostgreSQL chạy tại 127.0.0.1:${cluster.port} (dữ liệu: ${path.relative(ROOT, cluster.dir) || cluster.dir}; dừng: npm run pg:stop)`);
  console.log(`DATABASE_URL=${url}`);
}

main().catch((error) => {
  console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
