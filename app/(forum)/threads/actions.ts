"use server";
// Thread and reply actions: thin — read the form, resolve the viewer from the
// database, call the service, answer with a form state or a redirect. Every
// check that matters happens in the services (lib/forum), not here.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { formString, type FormState } from "@/lib/validation/form-state";
import { toFormError } from "@/lib/validation/to-form-error";
import { createReply } from "@/lib/forum/create-reply";
import { deleteOwnPost } from "@/lib/forum/delete-own-post";
import { saveDraft } from "@/lib/forum/drafts";
import { editPost } from "@/lib/forum/edit-post";
import { locatePost } from "@/lib/forum/locate-post";
import { renderPostSource } from "@/lib/forum/render-post";
import { toggleReaction } from "@/lib/forum/toggle-reaction";
import { getViewer, requestIp } from "@/lib/session";
import { hashIp } from "@/lib/ip-hash";
import { canParticipate } from "@/lib/permissions";
import { HARD_MAX_REPLY_LENGTH, normaliseSource } from "@/lib/validation/reply";

/** Posts a reply, or (intent=preview) renders it without posting. */
export async function submitReply(_previous: FormState, formData: FormData): Promise<FormState> {
  const source = formString(formData, "source");
  const values = { source };
  if (formString(formData, "intent") === "preview") return preview(source);

  let target: string | null;
  try {
    const viewer = await getViewer();
    const reply = await createReply(
      viewer,
      { threadId: formString(formData, "threadId"), source, clientToken: formString(formData, "clientToken") },
      { ipHash: hashIp(await requestIp()) },
    );
    target = await locatePost(reply.postId);
  } catch (error) {
    return toFormError(error, values);
  }
  revalidatePath("/", "layout");
  redirect(target ?? "/");
}

/** Renders the text as it would be posted; only for members who may post. */
async function preview(source: string): Promise<FormState> {
  const values = { source };
  if (!canParticipate(await getViewer())) return { status: "error", message: "Bạn cần đăng nhập để xem trước.", values };
  if (source.trim() === "") return { status: "error", message: "Chưa có gì để xem trước.", values };
  const html = await renderPostSource(normaliseSource(source).slice(0, HARD_MAX_REPLY_LENGTH));
  return { status: "preview", values, data: { html } };
}

export async function saveDraftAction(threadId: number, source: string): Promise<{ ok: boolean; message?: string }> {
  try {
    await saveDraft(await getViewer(), { threadId, source });
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
  const target = await locatePost(Number(postId));
  revalidatePath("/", "layout");
  // Without JavaScript the browser followed the form: bring it back to the post.
  if (formString(formData, "js") !== "1" && target) redirect(target);
  return { status: "success" };
}

export async function deleteOwnPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const postId = formString(formData, "postId");
  try {
    await deleteOwnPost(await getViewer(), { postId });
  } catch (error) {
    return toFormError(error, {});
  }
  revalidatePath("/", "layout");
  redirect((await locatePost(Number(postId))) ?? "/");
}

export async function editPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const postId = formString(formData, "postId");
  const source = formString(formData, "source");
  if (formString(formData, "intent") === "preview") return preview(source);
  try {
    await editPost(await getViewer(), { postId, source });
  } catch (error) {
    return toFormError(error, { source });
  }
  revalidatePath("/", "layout");
  redirect((await locatePost(Number(postId))) ?? "/");
}
