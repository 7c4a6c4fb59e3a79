// Resolves a thread URL ("slug.id", and "page-N" for later pages) to the
// thread and page, from the cache: old or mistyped slugs redirect permanently
// to the canonical URL (a renamed thread keeps its id), page-1 and pages past
// the end redirect to the canonical page, unknown ids and malformed pages 404.
// So does a thread the viewer may not see (held for approval: only its author
// and staff), before any redirect could reveal its slug. Shared by the
// guests' cached pages (viewer null) and the members' pages.
import "server-only";
import { notFound, permanentRedirect, redirect } from "next/navigation";
import { getCachedThread } from "@/lib/next/cached-thread";
import { pageCount } from "@/lib/forum/pages";
import { canViewThread, type Viewer } from "@/lib/permissions";
import { parseSlugId, threadPath } from "@/lib/urls";

export async function loadThreadForRoute(slugId: string, page: number, viewer: Viewer | null) {
  const parsed = parseSlugId(slugId);
  if (!parsed) notFound();
  const thread = await getCachedThread(parsed.id);
  if (!thread || !canViewThread(viewer, thread)) notFound();
  if (parsed.slug !== thread.slug) permanentRedirect(threadPath(thread, page));
  return thread;
}

/** The thread and page of /threads/<slugId>[/<pageSegment>]. */
export async function resolveThreadPage(viewer: Viewer | null, slugId: string, pageSegment?: string) {
  if (pageSegment === undefined) return { thread: await loadThreadForRoute(slugId, 1, viewer), page: 1 };
  const page = parsePageSegment(pageSegment);
  if (page === null) notFound();
  const thread = await loadThreadForRoute(slugId, page, viewer);
  // page-1 has one canonical address; pages past the end go to the last one.
  if (page === 1) redirect(threadPath(thread));
  const last = pageCount(thread);
  if (page > last) redirect(threadPath(thread, last));
  return { thread, page };
}

/** "page-12" → 12; anything else → null. */
export function parsePageSegment(segment: string): number | null {
  const match = /^page-(\d{1,7})$/.exec(segment);
  if (!match) return null;
  const page = Number(match[1]);
  return page >= 1 ? page : null;
}

export function parseQuoteParam(value: string | string[] | undefined): number | null {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
