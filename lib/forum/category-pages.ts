// A category's threads, page by page (issue 20, defect 1: only the 50 newest
// were reachable). Pinned first, then by last activity, 20 to a page, at
// /categories/<slug>/page-N with XenForo-style page links and a page jump.
//
// Cost: finding where page N starts walks only the index
// Thread(categoryId, status, pinned, lastPostAt, id) — no table row is read
// for the threads skipped — and the page itself is then 20 reads by primary
// key. The walk is a few microseconds per thousand entries, so page 1 000 costs
// about what page 1 does (figures: scripts/bench/category-pages.ts).
import "server-only";
import { db } from "@/lib/db";
import { LISTED_THREAD, threadListInclude } from "@/lib/forum/list-threads";

export const THREADS_PER_PAGE = 20;

const LIST_ORDER = [{ pinned: "desc" }, { lastPostAt: "desc" }, { id: "desc" }] as const;

/** Pages of a category holding `threadCount` visible threads (at least one). */
export function categoryPageCount(threadCount: number): number {
  return Math.max(1, Math.ceil(threadCount / THREADS_PER_PAGE));
}

/**
 * Page `page` of a category's visible threads, in list order; [] past the end.
 * Two queries: the ids (index only), then those rows with what a row shows.
 */
export async function listCategoryPage(categoryId: number, page: number) {
  const ids = await db.thread.findMany({
    where: { categoryId, ...LISTED_THREAD },
    orderBy: [...LIST_ORDER],
    skip: (page - 1) * THREADS_PER_PAGE,
    take: THREADS_PER_PAGE,
    select: { id: true },
  });
  if (ids.length === 0) return [];
  const rows = await db.thread.findMany({ where: { id: { in: ids.map((t) => t.id) } }, include: threadListInclude });
  const byId = new Map(rows.map((t) => [t.id, t]));
  // Rows are returned in the ids' order; one that left the list between the two reads is skipped.
  return ids.map((t) => byId.get(t.id)).filter((t): t is NonNullable<typeof t> => t !== undefined);
}

/** Parses "page-N" (N ≥ 2; page 1 is the category's own address); null otherwise. */
export function parsePageSegment(segment: string): number | null {
  const match = /^page-([1-9]\d{0,6})$/.exec(segment);
  if (!match) return null;
  const page = Number(match[1]);
  return page >= 2 ? page : null;
}
