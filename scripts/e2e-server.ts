// The server Playwright tests run against: a fresh SQLite database, prepared
// exactly as `npm start` prepares one, served by `next start` from the
// production build that `npm test` made just before.
import fs from "node:fs";
import path from "node:path";
import { prepareDatabase } from "./prepare-db";
import { ROOT, baseEnv, bin, runForeground } from "./lib/run";

const port = process.env.E2E_PORT ?? "3300";
const dataDir = path.join(ROOT, "data", `e2e-${port}`);

async function main() {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.DATABASE_URL = `file:./data/e2e-${port}/forum.db`;
  await prepareDatabase();
  runForeground(
    bin("next"),
    ["start", "-p", port, "-H", "127.0.0.1"],
    baseEnv({
      DATABASE_URL: process.env.DATABASE_URL,
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
      SITE_URL: `http://127.0.0.1:${port}`,
      E2E_DATA_DIR: dataDir,
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
