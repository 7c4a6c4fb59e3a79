// Which threads of a list are unread for a member, and where a thread's
// first unread post is. A thread is unread when it has a visible post newer
// than what the member was shown (ThreadRead), unless that post is older
// than the member's "Đánh dấu đã đọc" for its category (CategoryRead) or
// than the unread window: as on XenForo, nothing older than 30 days is
// "new", so a newcomer's list is not all bold.
//
// Cost for a list: one indexed lookup of the list's ThreadRead rows
// (lastReadNumbers) and one of the member's watermarks — never a query per
// thread. Guests have no read state: their lists are the cached ones.
import "server-only";
import { db } from "@/lib/db";
import { lastReadNumber, lastReadNumbers } from "@/lib/forum/read-state";
import { readWatermarks } from "@/lib/forum/read-marks";
import { canViewThread, type Viewer } from "@/lib/permissions";

export const UNREAD_WINDOW_DAYS = 30;
const DAY = 86_400_000;

type ListedThread = { id: number; categoryId: number; lastPostAt: Date };

/** The oldest activity that can still be unread, for a thread of `categoryId`. */
function unreadSince(watermarks: Map<number, Date>, categoryId: number, now: Date): Date {
  const window = new Date(now.getTime() - UNREAD_WINDOW_DAYS * DAY);
  const mark = watermarks.get(categoryId);
  return mark && mark > window ? mark : window;
}

/**
 * The ids of `threads` with posts the member has not read. `lastNumbers`
 * holds each thread's last visible post number (lib/forum/thread-rows.ts).
 */
export async function unreadThreadIds(
  viewer: Viewer | null,
  threads: readonly ListedThread[],
  lastNumbers: ReadonlyMap<number, number>,
  now: Date = new Date(),
): Promise<Set<number>> {
  if (!viewer || threads.length === 0) return new Set();
  const [read, watermarks] = await Promise.all([
    lastReadNumbers(db, viewer.id, threads.map((t) => t.id)),
    readWatermarks(viewer.id),
  ]);
  const unread = new Set<number>();
  for (const t of threads) {
    if (t.lastPostAt <= unreadSince(watermarks, t.categoryId, now)) continue;
    if ((lastNumbers.get(t.id) ?? 1) > (read.get(t.id) ?? 0)) unread.add(t.id);
  }
  return unread;
}

/**
 * Where "Bài chưa đọc đầu tiên" of a thread leads: the id of the first
 * visible post after what the member has read (the last post when all is
 * read; the first when the category was marked read and nothing came
 * since… the last). null when the thread is not for the viewer.
 */
export async function firstUnreadPostId(viewer: Viewer | null, threadId: number, now: Date = new Date()): Promise<number | null> {
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { id: true, status: true, authorId: true, categoryId: true, lastPostAt: true } });
  if (!thread || !canViewThread(viewer, thread)) return null;
  let after = 0;
  if (viewer) {
    const [read, watermarks] = await Promise.all([lastReadNumber(db, viewer.id, threadId), readWatermarks(viewer.id)]);
    // Marked read (or too old to be new) and nothing since: all of it counts as read.
    after = thread.lastPostAt <= unreadSince(watermarks, thread.categoryId, now) ? Number.MAX_SAFE_INTEGER : read;
  }
  const next = await db.post.findFirst({
    where: { threadId, status: "visible", number: { gt: Math.min(after, 2_147_483_647) } },
    orderBy: { number: "asc" },
    select: { id: true },
  });
  if (next) return next.id;
  const last = await db.post.findFirst({ where: { threadId, status: "visible" }, orderBy: { number: "desc" }, select: { id: true } });
  return last?.id ?? null;
}

/** What a member had read of a thread before the page now shown records more (0 for a guest). */
export async function readBeforeShowing(viewer: Viewer | null, threadId: number): Promise<number> {
  return viewer ? lastReadNumber(db, viewer.id, threadId) : 0;
}
