// Work a server process does outside requests, started once by
// instrumentation.ts: reading the cache-expiry feed, so that what the
// command-line tools change (import:article while the forum runs) shows on
// this server's cached pages within a few seconds (CACHE_EXPIRY_POLL_MS,
// default 2 000).
import { createPrismaClient } from "@/lib/db-client";
import { startExpiryPoller } from "@/lib/cache/expiry-poller";
import { expireInProcess } from "@/lib/cache/isr-cache-handler.mjs";

const started = globalThis as unknown as { __banluanBackground?: boolean };

export function startServerBackground(): void {
  if (started.__banluanBackground) return;
  started.__banluanBackground = true;
  const interval = Number(process.env.CACHE_EXPIRY_POLL_MS);
  // Its own small client: one poll at a time, never competing with requests' pool.
  const db = createPrismaClient(undefined, { poolSize: 1 });
  startExpiryPoller(db, expireInProcess, Number.isInteger(interval) && interval >= 100 ? interval : 2_000);
}
