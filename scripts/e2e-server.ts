// The server Playwright tests run against: a fresh SQLite database, prepared
// exactly as `npm start` prepares one, served by scripts/serve.ts (as `npm
// start` serves it) from the production build that `npm test` made just before. Beside it, on loopback:
// an SMTP server catching the forum's mail and a mock OpenID Connect provider
// standing in for Google (scripts/lib/e2e-services.ts).
//
// What tests can read in $E2E_DATA_DIR (data/e2e-<port>/):
//   forum.db        the database
//   mail/*.json     every message received over SMTP
//   setup-url.txt   the first-administrator setup link printed at start
import fs from "node:fs";
import path from "node:path";
import { announceSetupLink, prepareDatabase } from "./prepare-db";
import { startMailCatcher, startOidcProvider } from "./lib/e2e-services";
import { ROOT, baseEnv, bin, runForeground } from "./lib/run";

const port = process.env.E2E_PORT ?? "3300";
const dataDir = path.join(ROOT, "data", `e2e-${port}`);
const origin = `http://127.0.0.1:${port}`;

async function main() {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.DATABASE_URL = `file:./data/e2e-${port}/forum.db`;
  const { setupPath } = await prepareDatabase();
  announceSetupLink(origin, setupPath);
  if (setupPath) fs.writeFileSync(path.join(dataDir, "setup-url.txt"), `${origin}${setupPath}\n`);

  const smtpPort = await startMailCatcher(path.join(dataDir, "mail"));
  const oidcIssuer = await startOidcProvider();

  runForeground(
    bin("tsx"),
    ["scripts/serve.ts", "-p", port, "-H", "127.0.0.1"],
    baseEnv({
      NODE_ENV: "production",
      DATABASE_URL: process.env.DATABASE_URL,
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      AUTH_TRUST_HOST: "true",
      SITE_URL: origin,
      E2E_DATA_DIR: dataDir,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Bàn Luận <no-reply@banluan.test>",
      AUTH_GOOGLE_ID: "banluan-e2e",
      AUTH_GOOGLE_SECRET: "banluan-e2e-secret",
      AUTH_GOOGLE_ISSUER: oidcIssuer,
      // Every journey registers and mails from 127.0.0.1; the per-address
      // limits for those are raised so parallel tests do not trip them. The
      // login limits stay at their defaults: the throttling journey tests them.
      RATE_LIMIT_REGISTER_IP: "10000",
      RATE_LIMIT_REGISTER_ATTEMPT_IP: "10000",
      RATE_LIMIT_MAIL_IP: "10000",
      TRUST_PROXY: undefined,
      // The caching journeys read whether a page came from the cache.
      EXPOSE_CACHE_STATUS: "1",
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
