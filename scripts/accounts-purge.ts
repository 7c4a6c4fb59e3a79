// npm run accounts:purge
//
// Carries out the account deletions whose grace period is over
// (lib/accounts/account-deletion.ts). The server does the same every hour
// by itself (lib/next/server-background.ts), and at once when someone tries
// to log in to such an account; this command is for operators who want it
// now, or run the forum's servers without the background work (cron).
// The database is DATABASE_URL (or the default). What it changes reaches
// running servers' cached pages through the expiry feed.
import { databaseUrl } from "@/lib/database-url";
import { runInCliLocale } from "@/lib/i18n/cli-locale";
import { t } from "@/lib/i18n/text";

async function main() {
  const url = databaseUrl();
  process.env.DATABASE_URL = url;
  // Loaded only now: lib/db and lib/search pick their engine from DATABASE_URL.
  const { db } = await import("@/lib/db");
  const { purgeDueAccounts } = await import("@/lib/accounts/account-deletion");
  try {
    let total = 0;
    for (;;) {
      const done = await purgeDueAccounts(db);
      total += done;
      if (done < 100) break;
    }
    console.log(total === 0 ? t("cli.purgeNone") : t("cli.purgeDone", { count: total }));
  } finally {
    await db.$disconnect();
  }
}

runInCliLocale(() =>
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  }),
);
