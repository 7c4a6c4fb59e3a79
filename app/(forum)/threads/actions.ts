"use server";
import { postingMeta } from "@/lib/spam/posting-meta";
// Thread and reply actions: thin — read the form, resolve the viewer from the
// database, call the service, expire the cached pages the change shows on
// (lib/cache/expire.ts), answer with a form state or a redirect. Every check
// that matters happens in the services (lib/forum), not here.
import { redirect } from "next/navigation";
import { expirePostPage, expireThread } from "@/lib/cache/expire";
import { formString, type FormState } from "@/lib/validation/form-state";
import { toFormError } from "@/lib/validation/to-form-error";
import { createReply } from "@/lib/forum/create-reply";
import { deleteOwnPost } from "@/lib/forum/delete-own-post";
import { saveDraft } from "@/lib/forum/drafts";
import { editPost } from "@/lib/forum/edit-post";
import { findPostPlace, postPlaceUrl } from "@/lib/forum/locate-post";
import { previewPost } from "@/lib/forum/preview-post";
import { toggleReaction } from "@/lib/forum/toggle-reaction";
import { getViewer } from "@/lib/session";

/** Posts a reply, or (intent=preview) renders it without posting. */
export async function submitReply(_previous: FormState, formData: FormData): Promise<FormState> {
  const source = formString(formData, "source");
  const values = { source };
  if (formString(formData, "intent") === "preview") return preview(source);

  let target: string;
  try {
    const viewer = await getViewer();
    const reply = await createReply(
      viewer,
      { threadId: formString(formData, "threadId"), source, clientToken: formString(formData, "clientToken") },
      await postingMeta(formData),
    );
    // A resubmitted form changed nothing the first submission did not.
    if (!reply.duplicate) expireThread(reply.threadId, { visiblePostsChanged: reply.status === "visible" });
    target = postPlaceUrl({ id: reply.postId, number: reply.number, threadId: reply.threadId, thread: { id: reply.threadId, slug: reply.threadSlug } });
  } catch (error) {
    return toFormError(error, values);
  }
  redirect(target);
}

/** Renders the text as it would be posted; only for members who may post. `typed` is echoed back into the form. */
async function preview(source: string, typed: Record<string, string> = { source }): Promise<FormState> {
  return previewPost(await getViewer(), source, typed);
}

export async function saveDraftAction(threadId: number, source: string, clientToken: string): Promise<{ ok: boolean; message?: string }> {
  try {
    await saveDraft(await getViewer(), { threadId, source, clientToken });
    return { ok: true };
  } catch (error) {
    const state = toFormError(error, {});
    return { ok: false, message: state.message };
  }
}

export async function toggleReactionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const postId = formString(formData, "postId");
  try {
    await toggleReaction(await getViewer(), { postId });
  } catch (error) {
    return toFormError(error, {});
  }
  const place = await findPostPlace(Number(postId));
  if (place) expirePostPage(place.threadId, place.number, { textChanged: false });
  const target = place ? postPlaceUrl(place) : null;
  // Without JavaScript the browser followed the form: bring it back to the post.
  if (formString(formData, "js") !== "1" && target) redirect(target);
  return { status: "success" };
}

export async function deleteOwnPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const postId = formString(formData, "postId");
  let threadId: number;
  try {
    ({ threadId } = await deleteOwnPost(await getViewer(), { postId }));
  } catch (error) {
    return toFormError(error, {});
  }
  expireThread(threadId, { visiblePostsChanged: true });
  const place = await findPostPlace(Number(postId));
  redirect(place ? postPlaceUrl(place) : "/");
}

export async function editPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const postId = formString(formData, "postId");
  const source = formString(formData, "source");
  // Only an opening post's form has the thread's title.
  const title = formData.has("title") ? formString(formData, "title") : undefined;
  const typed: Record<string, string> = title === undefined ? { source } : { source, title };
  if (formString(formData, "intent") === "preview") return preview(source, typed);
  let result: Awaited<ReturnType<typeof editPost>>;
  try {
    result = await editPost(await getViewer(), { postId, source, title });
  } catch (error) {
    return toFormError(error, typed);
  }
  const place = await findPostPlace(Number(postId));
  if (place && result.changed) {
    // Sent back to the approval queue (it stops counting), or a new title
    // (shown on every page and in the newest posts): every page of the thread.
    if (result.requeued || result.renamed) expireThread(place.threadId, { visiblePostsChanged: true });
    else expirePostPage(place.threadId, place.number, { textChanged: true });
  }
  redirect(place ? postPlaceUrl(place) : "/");
}
