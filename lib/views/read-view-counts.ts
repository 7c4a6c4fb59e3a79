// Reading "Lượt xem" for what a page shows: one primary-key lookup for a
// whole list (or a thread), read fresh at render, after the cached rows —
// the cached list and thread entries are expired by changes, and a view is
// none, so the count is never taken from them.
//
// How far a shown count lags behind the views (docs/thread-lists.md):
// members' pages render per request, so by the flush interval at most
// (VIEW_COUNT_FLUSH_MS, 5 s). Guests' cached pages show the count of their
// last render: they are refreshed in the background at most 30 s apart when
// read (revalidate = 30), so by about 35 s, plus the time since the last
// guest asked (the first request after a quiet spell sets the refresh off
// and still gets the older copy), and more on a thread page that a change
// has not expired and no one read for a while. XenForo itself applies views
// by a cron job, up to an hour late.
import "server-only";
import { db } from "@/lib/db";

/** One query per list or thread page (each caller asks once per render). */
async function readCounts(ids: number[]): Promise<Map<number, number>> {
  const rows = await db.thread.findMany({ where: { id: { in: ids } }, select: { id: true, viewCount: true } });
  return new Map(rows.map((r) => [r.id, r.viewCount]));
}

/** The rows, each with its thread's current view count. */
export async function withViewCounts<T extends { id: number }>(rows: T[]): Promise<(T & { viewCount: number })[]> {
  if (rows.length === 0) return [];
  const counts = await readCounts([...new Set(rows.map((r) => r.id))]);
  return rows.map((r) => ({ ...r, viewCount: counts.get(r.id) ?? 0 }));
}

export async function threadViewCount(threadId: number): Promise<number> {
  return (await readCounts([threadId])).get(threadId) ?? 0;
}
