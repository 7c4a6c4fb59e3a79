"use server";
// Moderation actions: each reads the form, resolves the viewer from the
// database and calls the moderation service, which authorises against fresh
// state, then expires the cached pages the change shows on
// (lib/cache/expire.ts). Reachable only by posting to them; the services
// refuse everyone else.
import { redirect } from "next/navigation";
import { refresh } from "next/cache";
import { expireCategories, expireMemberAppearances, expireSettings, expireThread } from "@/lib/cache/expire";
import { threadsShowingMember } from "@/lib/forum/member-threads";
import { changeMemberRole } from "@/lib/moderation/change-role";
import { createCategory, deleteCategory, updateCategory } from "@/lib/moderation/categories";
import { formString, type FormState } from "@/lib/validation/form-state";
import { toFormError } from "@/lib/validation/to-form-error";
import { locatePost } from "@/lib/forum/locate-post";
import { reviewPosts } from "@/lib/moderation/approval-queue";
import { hidePost, purgePost, restorePost } from "@/lib/moderation/hide-post";
import { createReport, resolveReports } from "@/lib/moderation/reports";
import { liftSanction, sanctionMember } from "@/lib/moderation/sanctions";
import { applyThreadTool } from "@/lib/moderation/thread-tools";
import { addWordFilter, removeWordFilter } from "@/lib/moderation/word-filter";
import { updateForumSettings } from "@/lib/moderation/update-settings";
import { getViewer } from "@/lib/session";
import { previewPastedArticle, publishPastedArticle } from "@/lib/article-import/publish-from-form";
import { threadPath } from "@/lib/urls";

/** Answers in place: the page the form is on is rendered again with the change. */
function done(message: string): FormState {
  refresh();
  return { status: "success", message };
}

/** Where to go after a per-post tool: back to the post (its page and anchor). */
async function backToPost(postId: string, fallback = "/"): Promise<never> {
  redirect((await locatePost(Number(postId))) ?? fallback);
}

export async function hidePostAction(_: FormState, formData: FormData): Promise<FormState> {
  const postId = formString(formData, "postId");
  const reason = formString(formData, "reason");
  try {
    const { threadId } = await hidePost(await getViewer(), { postId, reason });
    expireThread(threadId, { visiblePostsChanged: true });
  } catch (error) {
    return toFormError(error, { reason });
  }
  return backToPost(postId);
}

export async function restorePostAction(_: FormState, formData: FormData): Promise<FormState> {
  const postId = formString(formData, "postId");
  try {
    const { threadId } = await restorePost(await getViewer(), { postId });
    expireThread(threadId, { visiblePostsChanged: true });
  } catch (error) {
    return toFormError(error, {});
  }
  return backToPost(postId);
}

export async function purgePostAction(_: FormState, formData: FormData): Promise<FormState> {
  const reason = formString(formData, "reason");
  let threadId: number;
  try {
    ({ threadId } = await purgePost(await getViewer(), { postId: formString(formData, "postId"), reason }));
  } catch (error) {
    return toFormError(error, { reason });
  }
  expireThread(threadId, { visiblePostsChanged: true });
  redirect(`/threads/${threadId}`);
}

export async function reportPostAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: formString(formData, "reason"), note: formString(formData, "note") };
  try {
    const { autoHidden, threadId } = await createReport(await getViewer(), { postId: formString(formData, "postId"), ...values });
    // Enough reports hide the post at once: readers see the placeholder.
    if (autoHidden) expireThread(threadId, { visiblePostsChanged: true });
    // The report page now shows the member's open report (a durable confirmation).
    return done("Cảm ơn bạn đã báo cáo. Điều hành viên sẽ xem xét và bạn sẽ được thông báo kết quả.");
  } catch (error) {
    return toFormError(error, values);
  }
}

export async function resolveReportsAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { outcome: formString(formData, "outcome"), note: formString(formData, "note") };
  try {
    const { threadId } = await resolveReports(await getViewer(), { postId: formString(formData, "postId"), ...values });
    // Hidden, or an automatic hiding lifted.
    expireThread(threadId, { visiblePostsChanged: true });
  } catch (error) {
    return toFormError(error, values);
  }
  // The resolved group leaves the queue with its form: confirm on the page.
  redirect(`/mod/reports?done=${values.outcome === "hide" ? "reports-hidden" : "reports-dismissed"}`);
}

export async function reviewPostsAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { reason: formString(formData, "reason") };
  const postIds = formData.getAll("postId").filter((v): v is string => typeof v === "string");
  const decision = formString(formData, "decision");
  try {
    const { threadIds } = await reviewPosts(await getViewer(), { postIds, decision, ...values });
    for (const threadId of threadIds) expireThread(threadId, { visiblePostsChanged: true });
  } catch (error) {
    return toFormError(error, values);
  }
  redirect(`/mod/queue?done=${decision === "approve" ? "approved" : "rejected"}`);
}

export async function threadToolAction(_: FormState, formData: FormData): Promise<FormState> {
  const input = {
    tool: formString(formData, "tool"),
    threadId: formString(formData, "threadId"),
    categoryId: formString(formData, "categoryId"),
    title: formString(formData, "title"),
  };
  let thread: { id: number; slug: string };
  try {
    thread = await applyThreadTool(await getViewer(), input);
  } catch (error) {
    return toFormError(error, { title: input.title });
  }
  // Lock, pin, move, rename all show on every page of the thread; a new
  // title also shows in the newest-posts widget.
  expireThread(thread.id, { visiblePostsChanged: input.tool === "rename" });
  redirect(threadPath(thread));
}

export async function sanctionAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { kind: formString(formData, "kind"), reason: formString(formData, "reason"), endsAt: formString(formData, "endsAt") };
  let username: string;
  try {
    ({ username } = await sanctionMember(await getViewer(), {
      userId: formString(formData, "userId"),
      ...values,
      // A date picked in the form means the end of that day, Vietnam time.
      endsAt: values.endsAt ? `${values.endsAt}T23:59:59+07:00` : undefined,
    }));
  } catch (error) {
    return toFormError(error, values);
  }
  // Nothing cached changes: a sanction shows only to its member, read per request.
  redirect(`/mod/members/${encodeURIComponent(username)}?done=${values.kind === "ban" ? "banned" : "suspended"}`);
}

export async function liftSanctionAction(_: FormState, formData: FormData): Promise<FormState> {
  let username: string;
  try {
    ({ username } = await liftSanction(await getViewer(), { userId: formString(formData, "userId") }));
  } catch (error) {
    return toFormError(error, {});
  }
  redirect(`/mod/members/${encodeURIComponent(username)}?done=lifted`);
}

export async function changeRoleAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { role: formString(formData, "role"), userTitle: formString(formData, "userTitle") };
  let member: { id: number; username: string };
  try {
    member = await changeMemberRole(await getViewer(), { userId: formString(formData, "userId"), ...values });
  } catch (error) {
    return toFormError(error, values);
  }
  // The role badge and the title are shown beside the member's posts, on cached pages.
  expireMemberAppearances(await threadsShowingMember(member.id));
  redirect(`/mod/members/${encodeURIComponent(member.username)}?done=role`);
}

const categoryValues = (formData: FormData) => ({
  name: formString(formData, "name"),
  description: formString(formData, "description"),
  position: formString(formData, "position"),
  staffThreadsOnly: formString(formData, "staffThreadsOnly"),
});

export async function createCategoryAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = categoryValues(formData);
  try {
    await createCategory(await getViewer(), values);
  } catch (error) {
    return toFormError(error, values);
  }
  expireCategories();
  // A fresh page: the creation form empty again, the new category in the list.
  redirect("/mod/categories?done=category-created");
}

export async function updateCategoryAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = categoryValues(formData);
  try {
    await updateCategory(await getViewer(), { categoryId: formString(formData, "categoryId"), ...values });
  } catch (error) {
    return toFormError(error, values);
  }
  expireCategories();
  redirect("/mod/categories?done=category-updated");
}

export async function deleteCategoryAction(_: FormState, formData: FormData): Promise<FormState> {
  try {
    await deleteCategory(await getViewer(), { categoryId: formString(formData, "categoryId") });
  } catch (error) {
    return toFormError(error, {});
  }
  expireCategories();
  redirect("/mod/categories?done=category-deleted");
}

export async function addWordFilterAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { phrase: formString(formData, "phrase"), action: formString(formData, "action") };
  try {
    await addWordFilter(await getViewer(), values);
    return done(`Đã thêm “${values.phrase.trim()}” vào bộ lọc.`);
  } catch (error) {
    return toFormError(error, values);
  }
}

export async function removeWordFilterAction(_: FormState, formData: FormData): Promise<FormState> {
  try {
    await removeWordFilter(await getViewer(), { id: formString(formData, "id") });
    return done("Đã xóa khỏi bộ lọc.");
  } catch (error) {
    return toFormError(error, {});
  }
}

export async function updateSettingsAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = Object.fromEntries([...formData.entries()].filter(([k, v]) => !k.startsWith("$") && typeof v === "string")) as Record<string, string>;
  try {
    await updateForumSettings(await getViewer(), values);
    expireSettings();
    return done("Đã lưu cài đặt.");
  } catch (error) {
    return toFormError(error, values);
  }
}

export async function publishArticleAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = { text: formString(formData, "text"), categorySlug: formString(formData, "categorySlug") };
  // The pasted page can be long; it goes back to the form only when refused.
  if (formString(formData, "intent") === "preview") {
    try {
      const article = previewPastedArticle(await getViewer(), values.text);
      return { status: "preview", values, data: { json: JSON.stringify(article, null, 2) } };
    } catch (error) {
      return toFormError(error, values);
    }
  }
  let result: { threadId: number; slug: string };
  try {
    result = await publishPastedArticle(await getViewer(), values);
  } catch (error) {
    return toFormError(error, values);
  }
  // A re-import rewrites the thread's title, lead and article in place; its
  // opening post is also among the newest posts.
  expireThread(result.threadId, { visiblePostsChanged: true });
  redirect(threadPath({ id: result.threadId, slug: result.slug }));
}
