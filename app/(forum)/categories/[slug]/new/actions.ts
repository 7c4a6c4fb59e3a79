"use server";
import { postingMeta } from "@/lib/spam/posting-meta";
// The "Tạo chủ đề" form's action: thin — read the form, resolve the viewer
// from the database, call the service (lib/forum/create-thread.ts), expire
// what the cache holds of the change, answer with a form state (the message
// and the text as typed) or a redirect to the new thread.
import { redirect } from "next/navigation";
import { expireThread } from "@/lib/cache/expire";
import { createThread } from "@/lib/forum/create-thread";
import { previewPost } from "@/lib/forum/preview-post";
import { saveThreadDraft } from "@/lib/forum/thread-drafts";
import { getViewer } from "@/lib/session";
import { threadPath } from "@/lib/urls";
import { formString, type FormState } from "@/lib/validation/form-state";
import { toFormError } from "@/lib/validation/to-form-error";

/** Saves what is typed in the form (called, debounced, by the form with JavaScript on). */
export async function saveThreadDraftAction(values: { categoryId: string; title: string; source: string; clientToken: string }): Promise<{ ok: boolean; message?: string }> {
  try {
    await saveThreadDraft(await getViewer(), values);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: toFormError(error, {}).message };
  }
}

/** Starts a thread, or (intent=preview) renders its text without posting. */
export async function submitNewThread(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = { categoryId: formString(formData, "categoryId"), title: formString(formData, "title"), source: formString(formData, "source") };
  if (formString(formData, "intent") === "preview") return previewPost(await getViewer(), values.source, values);

  let target: string;
  try {
    const created = await createThread(
      await getViewer(),
      { ...values, clientToken: formString(formData, "clientToken") },
      await postingMeta(formData),
    );
    // The lists that show a new thread (index, category pages, feed,
    // sitemaps) are read per request. Cached and expired here: the
    // newest-posts widget (its opening post, once visible) and anything
    // cached under the new id, such as an earlier "no such thread".
    // A resubmitted form changed nothing the first submission did not.
    if (!created.duplicate) expireThread(created.threadId, { visiblePostsChanged: created.status === "visible" });
    target = threadPath({ id: created.threadId, slug: created.slug });
  } catch (error) {
    return toFormError(error, values);
  }
  redirect(target);
}
