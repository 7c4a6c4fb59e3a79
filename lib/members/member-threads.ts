// A member's threads, page by page (issue 20, defect 1: thread lists are
// paged with XenForo's page links and a page jump, at flat cost): visible
// threads the member started, by last activity, 20 to a page, at
// /members/<username>/threads[/page-N].
//
// Cost, as for a category (lib/forum/category-pages.ts): where page N starts
// is found by walking the index Thread(authorId, status, lastPostAt, id)
// alone — no table row is read for the threads skipped — then the page's 20
// rows are read by primary key. The page count is an index-only count on the
// same index (there is no per-member thread counter to keep in step).
// Figures: npm run bench:lists (scripts/bench/category-pages.ts).
import "server-only";
import { db } from "@/lib/db";
import { LISTED_THREAD, threadListInclude } from "@/lib/forum/list-threads";

export const MEMBER_THREADS_PER_PAGE = 20;

const ORDER = [{ lastPostAt: "desc" }, { id: "desc" }] as const;

export async function countMemberThreads(authorId: number): Promise<number> {
  return db.thread.count({ where: { authorId, ...LISTED_THREAD } });
}

export function memberThreadPageCount(threadCount: number): number {
  return Math.max(1, Math.ceil(threadCount / MEMBER_THREADS_PER_PAGE));
}

/** Page `page` of the member's visible threads, newest activity first; [] past the end. */
export async function listMemberThreadsPage(authorId: number, page: number) {
  const ids = await db.thread.findMany({
    where: { authorId, ...LISTED_THREAD },
    orderBy: [...ORDER],
    skip: (page - 1) * MEMBER_THREADS_PER_PAGE,
    take: MEMBER_THREADS_PER_PAGE,
    select: { id: true },
  });
  if (ids.length === 0) return [];
  const rows = await db.thread.findMany({ where: { id: { in: ids.map((t) => t.id) } }, include: threadListInclude });
  const byId = new Map(rows.map((t) => [t.id, t]));
  // In the ids' order; a thread that left the list between the two reads is skipped.
  return ids.map((t) => byId.get(t.id)).filter((t): t is NonNullable<typeof t> => t !== undefined);
}
