"use server";
// Writing aids of the composer (issue 20.15): multi-quote (the live preview
// is a route, app/api/live-preview). The services (lib/forum/multi-quote.ts, and the
// cookie's side in lib/next/multi-quote-form.ts) parse and authorise; these
// only carry the form and the answer.
import { callActionFor, field, fields, formAction } from "@/lib/next/action";
import { clearSelectedQuotes, insertSelectedQuotes, toggleQuoteKeepingDraft } from "@/lib/next/multi-quote-form";
import { quotesForReply } from "@/lib/forum/multi-quote";
import type { FormState } from "@/lib/validation/form-contract";
import { t } from "@/lib/i18n/text";

/** The no-JavaScript answer after inserting the selected quotes, in the page's language. */
function insertedMessage(count: number): string {
  if (count === 0) return t("composer.quotesInsertedNone");
  return count === 1 ? t("composer.quotesInsertedOne", { count }) : t("composer.quotesInsertedOther", { count });
}

/** The typed text with the quotes after it, as the single "Trích dẫn" joins them. */
function withQuotes(typed: string, quotes: string): string {
  return typed.trim() ? `${typed.trimEnd()}\n\n${quotes}` : quotes;
}

/**
 * "+ Trích dẫn" without JavaScript: the button submits the reply form, so
 * what the member typed is saved as their draft before the page reloads at
 * the quoted post, with the box refilled from the draft. Nothing is lost.
 */
const toggleWithoutScript = formAction({
  input: (form) => ({ ...fields(form, ["threadId", "source", "clientToken"]), postId: field(form, "intent").slice("quote-toggle:".length) }),
  values: ({ source }) => ({ source }),
  service: toggleQuoteKeepingDraft,
  answer: ({ postId }) => `/posts/${postId}`,
});

/** "Chèn N trích dẫn" without JavaScript: the box comes back with the quotes after the text. */
const insertWithoutScript = formAction({
  input: (form) => fields(form, ["threadId", "source"]),
  values: ({ source }) => ({ source }),
  service: insertSelectedQuotes,
  answer: ({ text, count }, { source }): FormState => ({ status: "success", message: insertedMessage(count), values: { source: withQuotes(source, text) } }),
});

/** "Bỏ chọn" without JavaScript: the selection is emptied, the text kept. */
const clearWithoutScript = formAction({
  input: (form) => fields(form, ["threadId", "source"]),
  values: ({ source }) => ({ source }),
  service: clearSelectedQuotes,
  answer: (_nothing, { source }): FormState => ({ status: "success", message: t("composer.quotesClearedNotice"), values: { source } }),
});

/** The reply form's multi-quote buttons (their `intent`), or null for the form's other buttons. */
export async function multiQuoteIntent(previous: FormState, form: FormData): Promise<FormState | null> {
  const intent = field(form, "intent");
  if (intent.startsWith("quote-toggle:")) return toggleWithoutScript(previous, form);
  if (intent === "quote-insert") return insertWithoutScript(previous, form);
  if (intent === "quote-clear") return clearWithoutScript(previous, form);
  return null;
}

/** With JavaScript: the quotes of the posts collected in the browser, to insert. */
export const quotesForAction = callActionFor<{ threadId: number; postIds: number[] }, { text: string; count: number }>(quotesForReply);
