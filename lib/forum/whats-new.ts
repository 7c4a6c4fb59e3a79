// "Bài mới" / "Có gì mới" (issue 20, feature 10): the forum's threads by
// latest activity. Guests (and members asking for everything) page through
// them by key — (lastPostAt, id) on the index Thread(lastPostAt, id), flat at
// any depth; members get, by default, the threads with posts they have not
// read, found in the recent activity window (lib/forum/unread.ts).
import "server-only";
import { db } from "@/lib/db";
import { LISTED_THREAD, threadListInclude } from "@/lib/forum/list-threads";
import { withRowFacts } from "@/lib/forum/thread-rows";
import { UNREAD_WINDOW_DAYS } from "@/lib/forum/unread";
import type { Viewer } from "@/lib/permissions";

export const WHATS_NEW_PAGE_SIZE = 30;
/** How many recent threads a member's unread list looks through at most (newest first). */
export const UNREAD_SCAN_LIMIT = 600;
const SCAN_CHUNK = 150;

export type ActivityKey = { lastPostAt: Date; id: number };

/** "<ms>.<id>" in the URL (?before=…); null when malformed. */
export function parseActivityKey(value: string | undefined): ActivityKey | null {
  const match = value ? /^(\d{1,15})\.(\d{1,10})$/.exec(value) : null;
  if (!match) return null;
  const ms = Number(match[1]);
  const id = Number(match[2]);
  return Number.isSafeInteger(id) && id > 0 && ms <= 8.64e15 ? { lastPostAt: new Date(ms), id } : null;
}

export function formatActivityKey(key: ActivityKey): string {
  return `${key.lastPostAt.getTime()}.${key.id}`;
}

function olderThan(key: ActivityKey | null) {
  return key ? { OR: [{ lastPostAt: { lt: key.lastPostAt } }, { lastPostAt: key.lastPostAt, id: { lt: key.id } }] } : {};
}

async function recentThreads(before: ActivityKey | null, take: number, since?: Date) {
  return db.thread.findMany({
    where: { ...LISTED_THREAD, ...olderThan(before), ...(since ? { lastPostAt: { gt: since } } : {}) },
    orderBy: [{ lastPostAt: "desc" }, { id: "desc" }],
    take,
    include: threadListInclude,
  });
}

/** One page of threads by latest activity, and the key of the next page (null at the end). */
export async function listRecentActivity(viewer: Viewer | null, before: ActivityKey | null, now: Date = new Date()) {
  const rows = await recentThreads(before, WHATS_NEW_PAGE_SIZE + 1);
  const page = rows.slice(0, WHATS_NEW_PAGE_SIZE);
  const next = rows.length > WHATS_NEW_PAGE_SIZE ? page[page.length - 1] : null;
  return { threads: await withRowFacts(viewer, page, now), next: next ? { lastPostAt: next.lastPostAt, id: next.id } : null };
}

/**
 * A member's threads with unread posts, newest activity first: looked for in
 * the threads active within the unread window, a chunk at a time (each chunk
 * one lookup of read state), at most UNREAD_SCAN_LIMIT of them.
 */
export async function listUnreadThreads(viewer: Viewer, now: Date = new Date()) {
  const since = new Date(now.getTime() - UNREAD_WINDOW_DAYS * 86_400_000);
  const found: Awaited<ReturnType<typeof withRowFacts<Awaited<ReturnType<typeof recentThreads>>[number]>>> = [];
  let before: ActivityKey | null = null;
  for (let scanned = 0; scanned < UNREAD_SCAN_LIMIT && found.length < WHATS_NEW_PAGE_SIZE; scanned += SCAN_CHUNK) {
    const chunk = await recentThreads(before, SCAN_CHUNK, since);
    if (chunk.length === 0) break;
    const rows = await withRowFacts(viewer, chunk, now);
    found.push(...rows.filter((t) => t.unread));
    const last = chunk[chunk.length - 1];
    before = { lastPostAt: last.lastPostAt, id: last.id };
    if (chunk.length < SCAN_CHUNK) break;
  }
  return found.slice(0, WHATS_NEW_PAGE_SIZE);
}
