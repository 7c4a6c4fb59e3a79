// npm start: from a fresh clone to the forum at http://localhost:$PORT.
// Prepares the database (migrations, the bundled article), builds the
// production bundle when the sources changed since the last build, then serves.
import { announceSetupLink, prepareDatabase } from "./prepare-db";
import { baseEnv, bin, runForeground } from "./lib/run";
import { ensureBuild } from "./lib/build";
import { ensureAuthSecret } from "./lib/auth-secret";
import { portIsFree } from "./lib/port-free";
// (Two origins configured: the server warns at start, instrumentation.ts.)
import { publicOrigin } from "@/lib/public-origin";

async function main() {
  const port = process.env.PORT ?? "3000";
  if (!(await portIsFree(Number(port)))) {
    console.error(`Lỗi: cổng ${port} đang được dùng (có thể Bàn Luận đã chạy). Dừng tiến trình đó, hoặc chọn cổng khác: PORT=3001 npm start`);
    process.exit(1);
  }
  const { setupPath } = await prepareDatabase();
  if (process.env.SKIP_BUILD !== "1") ensureBuild();
  const env = baseEnv({ AUTH_SECRET: ensureAuthSecret(), AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true", PORT: port });
  // One public origin for the printed links, the same the server builds every absolute link from.
  const origin = publicOrigin({ ...process.env, PORT: port });
  console.log(`Bàn Luận đang chạy tại ${origin}`);
  announceSetupLink(origin, setupPath);
  // Next.js behind the request gate (scripts/serve.ts), not bare `next start`.
  runForeground(bin("tsx"), ["scripts/serve.ts", "-p", port], { ...env, NODE_ENV: "production" });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
