// Work a server process does outside requests, started once by
// instrumentation.ts:
// - reading the cache-expiry feed, so that what the command-line tools change
//   (import:article while the forum runs) shows on this server's cached pages
//   within a few seconds (CACHE_EXPIRY_POLL_MS, default 2 000);
// - pinging the database every second while it is marked down (and every
//   5 s otherwise), so the request gate's 503 ends as soon as it is back
//   (lib/db/availability.ts);
// - carrying out account deletions whose grace period is over, hourly
//   (lib/accounts/account-deletion.ts; `npm run accounts:purge` does it by hand);
// - with REDIS_URL, recording in that feed the expiries Redis could not take,
//   and carrying live-update events between instances over Redis pub/sub
//   (lib/live/redis-thread-bus.ts) and the command-line tools' expiries the
//   moment they are published (lib/cache/expiry-broadcast.ts; the feed's
//   poller then skips those rows), and members' own events (alert counts,
//   lib/live/redis-member-bus.ts);
// - alerts and mail (lib/alerts/background.ts): the fan-out jobs of new posts
//   and likes, the mail queue with its retries, and the digests.
import { createPrismaClient, type Db } from "@/lib/db-client";
import { startExpiryPoller } from "@/lib/cache/expiry-poller";
import { recordExpiry } from "@/lib/cache/expiry-feed";
import { expireInProcess } from "@/lib/cache/isr-cache-handler.mjs";
import { databaseDownSince, isUnreachableError, markDatabaseDown, markDatabaseUp } from "@/lib/db/availability";

const started = globalThis as unknown as { __banluanBackground?: boolean };

export function startServerBackground(): void {
  if (started.__banluanBackground) return;
  started.__banluanBackground = true;
  const interval = Number(process.env.CACHE_EXPIRY_POLL_MS);
  // Its own small client: one poll at a time, never competing with requests' pool.
  const db = createPrismaClient(undefined, { poolSize: 1 });
  // With the cache in Redis (REDIS_URL): an expiry Redis refused goes into
  // the feed instead, so the instances that can still reach Redis apply it.
  (globalThis as unknown as { __banluanRecordExpiry?: (tags: string[]) => void }).__banluanRecordExpiry = (tags) => {
    recordExpiry(db, tags).catch(() => {});
  };
  const poller = startExpiryPoller(db, expireInProcess, Number.isInteger(interval) && interval >= 100 ? interval : 2_000);

  const ping = async () => {
    try {
      await db.$queryRawUnsafe("SELECT 1");
      markDatabaseUp();
    } catch (error) {
      if (isUnreachableError(error)) markDatabaseDown();
    }
    setTimeout(ping, databaseDownSince() ? 1_000 : 5_000).unref();
  };
  setTimeout(ping, 5_000).unref();

  // Several instances may sweep at once: each account is anonymised once
  // (completeAccountDeletion skips an account already done).
  const sweepDeletions = async () => {
    try {
      const { purgeDueAccounts } = await import("@/lib/accounts/account-deletion");
      const done = await purgeDueAccounts(db);
      if (done > 0) console.log(`[accounts] Đã xóa ${done} tài khoản hết thời gian chờ.`);
    } catch (error) {
      if (!isUnreachableError(error)) console.error("[accounts] Không xóa được các tài khoản đến hạn:", error);
    }
    setTimeout(sweepDeletions, 60 * 60_000).unref();
  };
  setTimeout(sweepDeletions, 30_000).unref();

  // Alerts and mail write every second or so. On SQLite they go through the
  // requests' own client: better-sqlite3 is synchronous, so a second
  // connection in this process waiting for the write lock that a request's
  // transaction holds would block the event loop — and with it the very
  // transaction it waits for (posting stalled 10 s at a time in the bench).
  // On PostgreSQL a small pool of their own.
  void Promise.all([import("@/lib/alerts/background"), import("@/lib/database-url")]).then(([{ startAlertLoop }, { databaseEngine }]) => {
    const every = Number(process.env.ALERT_POLL_MS);
    const shared = globalThis as unknown as { __banluanDb?: Db };
    // The requests' client (lib/db.ts keeps it there; made here if no request came yet).
    const alertDb = databaseEngine() === "postgresql" ? createPrismaClient(undefined, { poolSize: 2 }) : (shared.__banluanDb ??= createPrismaClient(undefined, { watchAvailability: true }));
    startAlertLoop(alertDb, { intervalMs: Number.isInteger(every) && every >= 50 ? every : 1_000, isUnreachable: isUnreachableError });
    // Web push: the VAPID key pair made (and stored) on the first start, unless configured (lib/push/vapid.ts).
    void import("@/lib/push/vapid").then(({ vapidKeys }) => vapidKeys(alertDb)).catch((error) => {
      if (!isUnreachableError(error)) console.error("[push] Không tạo được khóa VAPID:", error);
    });
  });
  // Uploads never posted are deleted after a day (lib/uploads/sweep-orphans.ts), hourly.
  // Through the requests' client, for the reason the alert loop gives above:
  // on SQLite a second connection waiting for the write lock would block the event loop.
  const sweepUploads = async () => {
    try {
      const [{ sweepOrphanUploads }, { db: requestsDb }] = await Promise.all([import("@/lib/uploads/sweep-orphans"), import("@/lib/db")]);
      const done = await sweepOrphanUploads(requestsDb);
      if (done > 0) console.log(`[uploads] Đã xóa ${done} ảnh tải lên không được đăng sau một ngày.`);
    } catch (error) {
      if (!isUnreachableError(error)) console.error("[uploads] Không dọn được ảnh tải lên bị bỏ:", error);
    }
    setTimeout(sweepUploads, 60 * 60_000).unref();
  };
  setTimeout(sweepUploads, 45_000).unref();

  const redisUrl = process.env.REDIS_URL?.trim();
  if (redisUrl) {
    void Promise.all([import("@/lib/live/redis-bus"), import("@/lib/live/redis-thread-bus"), import("@/lib/live/thread-bus"), import("@/lib/cache/expiry-broadcast")]).then(
      ([{ createRedisBus }, { RedisThreadEventBus }, { setThreadEventBus }, { subscribeToExpiries }]) => {
        const bus = createRedisBus(redisUrl);
        setThreadEventBus(new RedisThreadEventBus(bus));
        // Conversations' live messages ride the same bus (their own channels).
        void import("@/lib/live/conversation-bus").then(({ RedisConversationBus, setConversationBus }) => setConversationBus(new RedisConversationBus(bus)));
        void import("@/lib/live/redis-member-bus").then(({ RedisMemberEventBus }) =>
          import("@/lib/live/member-bus").then(({ setMemberEventBus }) => setMemberEventBus(new RedisMemberEventBus(bus))),
        );
        // A subscription that fails (Redis down at start) is retried by the
        // bus's reconnect; the poller delivers meanwhile.
        subscribeToExpiries(bus, ({ id, tags }) => {
          poller.delivered(id);
          void expireInProcess(tags);
        }).catch(() => {});
      },
    );
  }
}
