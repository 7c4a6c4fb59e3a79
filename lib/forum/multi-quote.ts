// Multi-quote (XenForo's "+ Quote"): a member collects posts of one thread,
// from any of its pages, then inserts them together as quote blocks, in the
// thread's order. The Markdown is built here, from the posts' sources, for
// both paths (the browser's selection with JavaScript, the cookie's without),
// so the quotes read exactly like the single "Trích dẫn" (lib/markdown/quote.ts).
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { explainCannotParticipate } from "@/lib/eligibility";
import { assertCan, canReply, ForbiddenError, type Viewer } from "@/lib/permissions";
import { buildQuote, withoutQuotes } from "@/lib/markdown/quote";
import { parseInput } from "@/lib/validation/parse-input";
import { MULTI_QUOTE_MAX } from "@/lib/validation/multi-quote-limits";
import { multiQuoteSchema, multiQuoteToggleSchema } from "@/lib/validation/multi-quote";
import { t } from "@/lib/i18n/text";

/** The thread, if the viewer may reply in it (quoting is writing a reply). */
async function threadToQuoteIn(viewer: Viewer | null, threadId: number) {
  if (!viewer) throw new ForbiddenError(t("services.forumQuoteLogIn"));
  explainCannotParticipate(viewer);
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { id: true, locked: true, status: true } });
  if (!thread) throw new NotFoundError(t("services.threadMissing"));
  assertCan(canReply(viewer, thread));
  return thread;
}

/** Posts every reader of the thread can read: visible, Markdown (not an imported article), of this thread. */
function quotable(threadId: number, postIds: number[]) {
  return db.post.findMany({
    where: { id: { in: postIds }, threadId, status: "visible", format: "markdown" },
    orderBy: { number: "asc" },
    select: { id: true, source: true, author: { select: { displayName: true } } },
  });
}

/**
 * The quotes of the collected posts, in the thread's order, as one block of
 * Markdown. Posts that are gone or hidden since they were collected are left
 * out (`count` says how many were quoted).
 */
export async function quotesForReply(viewer: Viewer | null, input: unknown): Promise<{ text: string; count: number }> {
  const { threadId, postIds } = parseInput(multiQuoteSchema, input);
  await threadToQuoteIn(viewer, threadId);
  const posts = postIds.length ? await quotable(threadId, [...new Set(postIds)]) : [];
  const text = posts.map((p) => buildQuote({ postId: p.id, authorName: p.author.displayName, text: withoutQuotes(p.source) })).join("");
  return { text, count: posts.length };
}

/**
 * Adds a post to the selection, or takes it out if it is there (the toggle
 * without JavaScript). `selected` is what the member had; the answer is the
 * new selection, in the thread's order, bounded.
 */
export async function toggleMultiQuote(viewer: Viewer | null, input: unknown, selected: readonly number[]): Promise<{ threadId: number; postId: number; selected: number[] }> {
  const { threadId, postId } = parseInput(multiQuoteToggleSchema, input);
  await threadToQuoteIn(viewer, threadId);
  if (selected.includes(postId)) return { threadId, postId, selected: selected.filter((id) => id !== postId) };
  const [post] = await quotable(threadId, [postId]);
  if (!post) throw new NotFoundError(t("services.forumNotQuotable"));
  if (selected.length >= MULTI_QUOTE_MAX) throw new ForbiddenError(t("services.forumTooManyQuotes", { max: MULTI_QUOTE_MAX }));
  const next = await quotable(threadId, [...selected, postId]);
  return { threadId, postId, selected: next.map((p) => p.id) };
}
