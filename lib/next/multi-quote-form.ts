// The multi-quote buttons of the reply form without JavaScript, as services
// for actions/writing.ts: the lib/forum services (which parse and authorise)
// joined to the selection cookie, which only this Next.js seam may touch.
import "server-only";
import { saveDraft } from "@/lib/forum/drafts";
import { quotesForReply, toggleMultiQuote } from "@/lib/forum/multi-quote";
import type { Viewer } from "@/lib/permissions";
import { forgetSelectedQuotes, keepSelectedQuotes, selectedQuotes } from "./multi-quote-cookie";

/** The form's fields as read by the action (strings; the services parse them). */
type Fields = Record<string, string | undefined>;
const threadOf = (input: unknown) => Number((input as Fields).threadId);

/**
 * "+ Trích dẫn": the post joins (or leaves) the selection, and what was typed
 * is kept as the member's draft, which refills the box after the reload.
 */
export async function toggleQuoteKeepingDraft(viewer: Viewer | null, input: unknown) {
  const { threadId, source, clientToken, postId } = input as Fields;
  const toggled = await toggleMultiQuote(viewer, { threadId, postId }, await selectedQuotes(threadOf(input)));
  await saveDraft(viewer, { threadId, source: source ?? "", clientToken });
  await keepSelectedQuotes(toggled.threadId, toggled.selected);
  return toggled;
}

/** "Chèn N trích dẫn": the selected posts' quotes; the selection is then emptied. */
export async function insertSelectedQuotes(viewer: Viewer | null, input: unknown) {
  const threadId = threadOf(input);
  const quotes = await quotesForReply(viewer, { threadId: (input as Fields).threadId, postIds: await selectedQuotes(threadId) });
  await forgetSelectedQuotes(threadId);
  return quotes;
}

/** "Bỏ chọn": the selection emptied (only the member's own cookie: nothing to authorise). */
export async function clearSelectedQuotes(_viewer: Viewer | null, input: unknown) {
  await forgetSelectedQuotes(threadOf(input));
}
