// Resolves a thread URL segment ("slug.id") to the thread, redirecting old or
// mistyped slugs permanently to the canonical URL, and 404 for unknown ids.
import "server-only";
import { notFound, permanentRedirect } from "next/navigation";
import { getThreadById } from "@/lib/forum/read-thread";
import { parseSlugId, threadPath } from "@/lib/urls";

export async function loadThreadForRoute(slugId: string, page = 1) {
  const parsed = parseSlugId(slugId);
  if (!parsed) notFound();
  const thread = await getThreadById(parsed.id);
  if (!thread) notFound();
  if (parsed.slug !== thread.slug) permanentRedirect(threadPath(thread, page));
  return thread;
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
