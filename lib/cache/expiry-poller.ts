// Reads the expiry feed (lib/cache/expiry-feed.ts) every few seconds and hands
// new tags to `expire`. Started once per server process by instrumentation.ts.
// A database outage only pauses it (logged once, not per poll).
import type { Db } from "@/lib/db-client";
import { expiriesAfter, latestExpiryId } from "./expiry-feed";

export type ExpiryPoller = {
  stop: () => void;
  pollNow: () => Promise<void>;
  /** Row `id` was applied already (delivered over Redis pub/sub, expiry-broadcast.ts): do not expire its tags again. */
  delivered: (id: number) => void;
};

export function startExpiryPoller(db: Db, expire: (tags: string[]) => void, intervalMs = 2_000): ExpiryPoller {
  let last: number | null = null;
  let failing = false;
  let running: Promise<void> | null = null;
  const deliveredIds = new Set<number>();

  async function poll(): Promise<void> {
    try {
      if (last === null) last = await latestExpiryId(db);
      for (;;) {
        const rows = await expiriesAfter(db, last);
        for (const row of rows) {
          if (!deliveredIds.delete(row.id)) expire(row.tags);
          last = row.id;
        }
        // Ids at or below the start point are never read: forget them.
        for (const id of deliveredIds) if (id <= last) deliveredIds.delete(id);
        if (rows.length < 500) break;
      }
      if (failing) console.warn("Bàn Luận: đọc lại được danh sách trang cần làm mới.");
      failing = false;
    } catch (error) {
      const reason = String((error as Error)?.message ?? error).split("\n").map((l) => l.trim()).filter(Boolean).pop() ?? "";
      if (!failing) console.warn(`Bàn Luận: chưa đọc được danh sách trang cần làm mới (${reason}); sẽ thử lại.`);
      failing = true;
    }
  }

  const pollOnce = () => (running ??= poll().finally(() => (running = null)));
  const timer = setInterval(pollOnce, intervalMs);
  timer.unref();
  void pollOnce();
  return {
    stop: () => clearInterval(timer),
    pollNow: pollOnce,
    delivered: (id) => {
      if (last === null || id > last) deliveredIds.add(id);
    },
  };
}
