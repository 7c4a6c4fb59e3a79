// Reads the expiry feed (lib/cache/expiry-feed.ts) every few seconds and hands
// new tags to `expire`. Started once per server process by instrumentation.ts.
// A database outage only pauses it (logged once, not per poll).
import type { Db } from "@/lib/db-client";
import { expiriesAfter, latestExpiryId } from "./expiry-feed";

export type ExpiryPoller = { stop: () => void; pollNow: () => Promise<void> };

export function startExpiryPoller(db: Db, expire: (tags: string[]) => void, intervalMs = 2_000): ExpiryPoller {
  let last: number | null = null;
  let failing = false;
  let running: Promise<void> | null = null;

  async function poll(): Promise<void> {
    try {
      if (last === null) last = await latestExpiryId(db);
      for (;;) {
        const rows = await expiriesAfter(db, last);
        for (const row of rows) {
          expire(row.tags);
          last = row.id;
        }
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
  return { stop: () => clearInterval(timer), pollNow: pollOnce };
}
