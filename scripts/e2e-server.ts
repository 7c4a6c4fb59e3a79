// The server Playwright tests run against: a fresh database, prepared
// exactly as `npm start` prepares one, served by scripts/serve.ts (as `npm
// start` serves it) from the production build that `npm test` made just before. Beside it, on loopback:
// an SMTP server catching the forum's mail and a mock OpenID Connect provider
// standing in for Google (scripts/lib/e2e-services.ts).
//
// The database is E2E_DATABASE_URL (set by playwright.config.ts, see
// scripts/lib/e2e-database.ts): a SQLite file data/e2e-<port>/forum.db, or on
// PostgreSQL a database e2e_<port>, dropped and created again at start.
//
// What tests can read in $E2E_DATA_DIR (data/e2e-<port>/):
//   forum.db        the database (SQLite runs)
//   mail/*.json     every message received over SMTP
//   setup-url.txt   the first-administrator setup link printed at start
import fs from "node:fs";
import path from "node:path";
import { startMailCatcher, startOidcProvider } from "./lib/e2e-services";
import { ROOT, baseEnv, bin, runForeground } from "./lib/run";
import { e2eDatabaseUrl, withDatabase } from "./lib/e2e-database";
import pg from "pg";

const port = process.env.E2E_PORT ?? "3300";
const dataDir = path.join(ROOT, "data", `e2e-${port}`);
const origin = `http://127.0.0.1:${port}`;

/** A new, empty PostgreSQL database for the run (any left from an earlier run on this port is dropped). */
async function freshPostgresDatabase(url: string): Promise<void> {
  const database = new URL(url).pathname.slice(1);
  if (!/^e2e_\d+$/.test(database)) throw new Error(`Refusing to recreate "${database}": e2e databases are named e2e_<port>`);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
}

async function main() {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  process.env.DATABASE_URL = process.env.E2E_DATABASE_URL || e2eDatabaseUrl(port);
  if (process.env.DATABASE_URL.startsWith("postgres")) await freshPostgresDatabase(process.env.DATABASE_URL);
  // Loaded only now: lib/search picks its engine from DATABASE_URL when it loads.
  const { announceSetupLink, prepareDatabase } = await import("./prepare-db");
  const { setupPath } = await prepareDatabase();
  announceSetupLink(origin, setupPath);
  if (setupPath) fs.writeFileSync(path.join(dataDir, "setup-url.txt"), `${origin}${setupPath}\n`);
  await allowManyRegistrationsFromLoopback();

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
      // Pictures go to this run's own folder, fresh like its database.
      UPLOADS_DIR: path.join(dataDir, "uploads"),
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      // Views written every 300 ms, so a journey sees its views counted soon (5 s by default).
      VIEW_COUNT_FLUSH_MS: "300",
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
      // Without JavaScript a form's challenge is passed by waiting this long
      // after it was rendered (5 s by default): a little longer here, so that
      // a journey sending the form at once is early even on a loaded machine.
      SPAM_FORM_WAIT_SECONDS: "6",
      TRUST_PROXY: undefined,
      // The caching journeys read whether a page came from the cache.
      EXPOSE_CACHE_STATUS: "1",
    }),
  );
}

/**
 * Every journey registers from 127.0.0.1: the hold of several registrations
 * from one address (lib/spam/registration-hold.ts) is switched off, as the
 * per-address limits are raised above; unit tests cover the hold.
 */
async function allowManyRegistrationsFromLoopback(): Promise<void> {
  const { createPrismaClient } = await import("../lib/db-client");
  const db = createPrismaClient(process.env.DATABASE_URL);
  await db.setting.upsert({ where: { key: "holdRegistrationsAfter" }, create: { key: "holdRegistrationsAfter", value: "0" }, update: { value: "0" } });
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
