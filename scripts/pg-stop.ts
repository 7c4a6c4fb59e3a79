// npm run pg:stop: stops the cluster npm run pg:start started (PG_DIR, default data/postgres).
import path from "node:path";
import { stopLocalCluster } from "./pg/local-cluster";
import { ROOT } from "./lib/run";

const dir = process.env.PG_DIR ?? path.join(ROOT, "data", "postgres");
console.log(stopLocalCluster(dir) ? "Đã dừng PostgreSQL." : "PostgreSQL không chạy.");
