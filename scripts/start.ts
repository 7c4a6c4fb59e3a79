// npm start: from a fresh clone to the forum at http://localhost:$PORT.
// Prepares the database (migrations, the bundled article), builds the
// production bundle when the sources changed since the last build, then serves.
import { announceSetupLink, prepareDatabase } from "./prepare-db";
import { baseEnv, bin, runForeground } from "./lib/run";
import { ensureBuild } from "./lib/build";
import { ensureAuthSecret } from "./lib/auth-secret";

async function main() {
  const { setupPath } = await prepareDatabase();
  if (process.env.SKIP_BUILD !== "1") ensureBuild();
  const port = process.env.PORT ?? "3000";
  const env = baseEnv({ AUTH_SECRET: ensureAuthSecret(), AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true", PORT: port });
  console.log(`Bàn Luận đang chạy tại http://localhost:${port}`);
  announceSetupLink(process.env.SITE_URL?.replace(/\/+$/, "") || `http://localhost:${port}`, setupPath);
  runForeground(bin("next"), ["start", "-p", port], env);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
