// Cache expiries made outside the server process. A command-line tool that
// changes what pages show (import:article while the forum runs) records the
// tags it changed; every running server polls for new rows and expires those
// tags in its own cache (lib/cache/expiry-poller.ts, started by
// instrumentation.ts). One small indexed read every few seconds per server,
// on either engine, with nothing else to run.
import type { Db } from "@/lib/db-client";

/** How long rows are kept: far longer than any server takes to read them. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** Records the tags; returns the row (its id lets a poller skip what pub/sub delivered already), or null when no tag was valid. */
export async function recordExpiry(db: Db, tags: string[]): Promise<{ id: number; tags: string[] } | null> {
  const unique = [...new Set(tags.filter((tag) => tag && !/\s/.test(tag)))];
  if (unique.length === 0) return null;
  const row = await db.cacheExpiry.create({ data: { tags: unique.join(" ") }, select: { id: true } });
  await db.cacheExpiry.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_MS) } } });
  return { id: row.id, tags: unique };
}

/** The newest row's id: a server starting now has nothing older to expire. */
export async function latestExpiryId(db: Db): Promise<number> {
  const row = await db.cacheExpiry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return row?.id ?? 0;
}

export async function expiriesAfter(db: Db, afterId: number, limit = 500): Promise<{ id: number; tags: string[] }[]> {
  const rows = await db.cacheExpiry.findMany({ where: { id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit, select: { id: true, tags: true } });
  return rows.map((row) => ({ id: row.id, tags: row.tags.split(" ").filter(Boolean) }));
}
