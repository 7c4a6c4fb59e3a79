"use server";
// Thread and post actions (replies, new threads, edits, likes, drafts). Each
// is made with lib/next/action.ts: read the form, call the service in
// lib/forum (which parses and authorises), expire the cached pages the
// change shows on, redirect or answer in place. No check that matters
// happens here.
import { expirePostPage, expireThread } from "@/lib/next/expire";
import { callAction, field, fields, formAction, type Service } from "@/lib/next/action";
import { createReply } from "@/lib/forum/create-reply";
import { createThread } from "@/lib/forum/create-thread";
import { deleteOwnPost } from "@/lib/forum/delete-own-post";
import { saveDraft } from "@/lib/forum/drafts";
import { editPost } from "@/lib/forum/edit-post";
import { findPostPlace, postPlaceUrl, type PostPlace } from "@/lib/forum/locate-post";
import { previewPost } from "@/lib/forum/preview-post";
import { saveThreadDraft } from "@/lib/forum/thread-drafts";
import { toggleReaction } from "@/lib/forum/toggle-reaction";
import { SCREENED_FIELDS } from "@/lib/spam/screened-fields";
import { threadPath } from "@/lib/urls";
import type { FormState } from "@/lib/validation/form-contract";
import { keepPictures, pictureFields, previewHolding } from "@/lib/next/form-pictures";
import { holdingFormPictures, withFormPictures } from "@/lib/uploads/form-pictures";
import { forgetSelectedQuotes } from "@/lib/next/multi-quote-cookie";
import { multiQuoteIntent } from "./writing";

/** The service, then where its post is shown (for the expiry and the redirect back to it). */
function andPlace<R>(service: Service<R>): Service<{ result: R; place: PostPlace | null }> {
  return async (viewer, input, ctx) => {
    const result = await service(viewer, input, ctx);
    return { result, place: await findPostPlace(Number((input as { postId: string }).postId)) };
  };
}

const editAndLocate = withFormPictures(andPlace(editPost));
const replyWithPictures = withFormPictures(createReply);
const threadWithPictures = withFormPictures(createThread);
const reactAndLocate = andPlace(toggleReaction);
const deleteAndLocate = andPlace(deleteOwnPost);

const previewWithPictures = holdingFormPictures(previewPost);
const typedOf = (input: Record<string, unknown>, typed: readonly string[]) => Object.fromEntries(typed.map((name) => [name, String(input[name] ?? "")]));

/**
 * "Xem trước" of any post form: the text rendered, what was typed kept, and
 * the files chosen (sent with the form without JavaScript) stored and held
 * by the form as after a refusal, so posting after the preview includes them.
 */
const previewAction = (typed: readonly string[]) =>
  formAction({
    input: (form) => ({ ...fields(form, typed), ...pictureFields(form) }),
    values: (input) => ({ ...typedOf(input, typed), attachmentIds: input.attachmentIds }),
    service: previewWithPictures,
    refused: keepPictures,
    answer: ({ result, held }, input) => previewHolding(result.html, typedOf(input, typed), held),
  });
const previewReply = previewAction(["source"]);
const previewNewThread = previewAction(["categoryId", "title", "source"]);

const postReply = formAction({
  // The spam screen's fields go with the post (lib/spam/post-challenge.ts: new members, when set).
  // Pictures travel with the text (lib/uploads/form-pictures.ts); a refusal keeps both.
  input: (form) => ({ ...fields(form, ["threadId", "source", "clientToken", ...SCREENED_FIELDS]), ...pictureFields(form) }),
  values: ({ source, attachmentIds }) => ({ source, attachmentIds }),
  service: replyWithPictures,
  refused: keepPictures,
  // A resubmitted form changed nothing the first submission did not.
  expire: (reply) => {
    if (!reply.duplicate) expireThread(reply.threadId, { visiblePostsChanged: reply.status === "visible" });
  },
  answer: (reply) => postPlaceUrl({ id: reply.postId, number: reply.number, threadId: reply.threadId, thread: { id: reply.threadId, slug: reply.threadSlug } }),
});

/** Posts a reply, or (intent=preview) renders it without posting. */
export async function submitReply(previous: FormState, form: FormData): Promise<FormState> {
  // The multi-quote buttons without JavaScript submit this form too (actions/writing.ts).
  const quoted = await multiQuoteIntent(previous, form);
  if (quoted) return quoted;
  if (field(form, "intent") !== "preview") await forgetSelectedQuotes(Number(field(form, "threadId")));
  return field(form, "intent") === "preview" ? previewReply(previous, form) : postReply(previous, form);
}

const startThread = formAction({
  input: (form) => ({ ...fields(form, ["categoryId", "title", "source", "clientToken", ...SCREENED_FIELDS]), ...pictureFields(form) }),
  values: ({ categoryId, title, source, attachmentIds }) => ({ categoryId, title, source, attachmentIds }),
  service: threadWithPictures,
  refused: keepPictures,
  // The lists that show a new thread (index, category pages, feed,
  // sitemaps) are read per request. Cached and expired here: the
  // newest-posts widget (its opening post, once visible) and anything
  // cached under the new id, such as an earlier "no such thread".
  expire: (created) => {
    if (!created.duplicate) expireThread(created.threadId, { visiblePostsChanged: created.status === "visible" });
  },
  answer: (created) => threadPath({ id: created.threadId, slug: created.slug }),
});

/** Starts a thread, or (intent=preview) renders its text without posting. */
export async function submitNewThread(previous: FormState, form: FormData): Promise<FormState> {
  return field(form, "intent") === "preview" ? previewNewThread(previous, form) : startThread(previous, form);
}

const saveEdit = formAction({
  input: (form) => ({
    ...fields(form, ["postId", "source", "reason"]),
    // Only an opening post's form has the thread's title.
    title: form.has("title") ? field(form, "title") : undefined,
    ...pictureFields(form),
  }),
  values: ({ source, title, reason, attachmentIds }): Record<string, string> =>
    title === undefined ? { source, reason, attachmentIds } : { source, title, reason, attachmentIds },
  service: editAndLocate,
  refused: keepPictures,
  expire: ({ result, place }) => {
    if (!place || !result.changed) return;
    // Sent back to the approval queue (it stops counting), or a new title
    // (shown on every page and in the newest posts): every page of the thread.
    if (result.requeued || result.renamed) expireThread(place.threadId, { visiblePostsChanged: true });
    else expirePostPage(place.threadId, place.number, { textChanged: true });
  },
  answer: ({ place }) => (place ? postPlaceUrl(place) : "/"),
});
const previewOpeningEdit = previewAction(["source", "title", "reason"]);
const previewReplyEdit = previewAction(["source", "reason"]);

export async function editPostAction(previous: FormState, form: FormData): Promise<FormState> {
  if (field(form, "intent") !== "preview") return saveEdit(previous, form);
  return form.has("title") ? previewOpeningEdit(previous, form) : previewReplyEdit(previous, form);
}

export const toggleReactionAction = formAction({
  // "kind" is the pressed button's (absent from an older page's one-button form: "Thích").
  input: (form) => ({ ...fields(form, ["postId", "js"]), kind: field(form, "kind") || undefined }),
  service: reactAndLocate,
  expire: ({ place }) => {
    if (place) expirePostPage(place.threadId, place.number, { textChanged: false });
  },
  // Without JavaScript the browser followed the form: bring it back to the post.
  answer: ({ place }, { js }) => (js !== "1" && place ? postPlaceUrl(place) : { status: "success" }),
});

export const deleteOwnPostAction = formAction({
  input: (form) => fields(form, ["postId"]),
  service: deleteAndLocate,
  expire: ({ result }) => expireThread(result.threadId, { visiblePostsChanged: true }),
  answer: ({ place }) => (place ? postPlaceUrl(place) : "/"),
});

/** Saves what is typed in a reply (called, debounced, by the composer with JavaScript on). */
export const saveDraftAction = callAction<{ threadId: number; source: string; clientToken: string }, unknown>(saveDraft);

/** Saves what is typed in the new-thread form (called, debounced, with JavaScript on). */
export const saveThreadDraftAction = callAction<{ categoryId: string; title: string; source: string; clientToken: string }, unknown>(saveThreadDraft);
