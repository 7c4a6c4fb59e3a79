"use server";
// Moderation and administration actions. Each is made with
// lib/next/action.ts: read the form, call the moderation service (which
// authorises against fresh state), expire the cached pages the change shows
// on, redirect or answer in place. Reachable only by posting to them; the
// services refuse everyone else.
import { previewPastedArticle, publishPastedArticle } from "@/lib/article-import/publish-from-form";
import { previewArticleFromFields, publishArticleFromFields } from "@/lib/article-import/article-from-fields";
import { locatePost } from "@/lib/forum/locate-post";
import { threadsShowingMember } from "@/lib/forum/member-threads";
import { reviewPosts } from "@/lib/moderation/approval-queue";
import { createCategory, deleteCategory, updateCategory } from "@/lib/moderation/categories";
import { changeMemberRole } from "@/lib/moderation/change-role";
import { reviewHeldMember } from "@/lib/moderation/held-accounts";
import { resetMemberTwoFactor } from "@/lib/moderation/reset-two-factor";
import { hidePost, purgePost, restorePost } from "@/lib/moderation/hide-post";
import { removePicture } from "@/lib/moderation/remove-picture";
import { createReport, resolveReports } from "@/lib/moderation/reports";
import { liftSanction, sanctionMember } from "@/lib/moderation/sanctions";
import { sanctionWithPreset } from "@/lib/moderation/sanction-presets";
import { applyThreadTool } from "@/lib/moderation/thread-tools";
import { updateForumSettings } from "@/lib/moderation/update-settings";
import { updateReactionKinds } from "@/lib/moderation/update-reaction-kinds";
import { updateSiteSettings } from "@/lib/moderation/update-site-settings";
import { addWordFilter, removeWordFilter } from "@/lib/moderation/word-filter";
import { field, fields, formAction, inPlace, type Answer } from "@/lib/next/action";
import { expireCategories, expireMemberAppearances, expireSettings, expireThread } from "@/lib/next/expire";
import { memberPath, threadPath } from "@/lib/urls";
import type { FormState } from "@/lib/validation/form-contract";
import { articlePreviewData } from "@/lib/article-import/preview-data";
import { dryRunImagesMessage, unusedImagesMessage } from "@/lib/article-import/form-images";
import { t } from "@/lib/i18n/text";

/** Every page of the thread: a post appeared, disappeared or changed in place. */
const expirePostsOf = ({ threadId }: { threadId: number }) => expireThread(threadId, { visiblePostsChanged: true });

/** Where to go after a per-post tool: back to the post (its page and anchor). */
const backToPost = async (_: unknown, { postId }: { postId: string }) => (await locatePost(Number(postId))) ?? "/";

const memberPage = (username: string, done: string) => `/mod/members/${encodeURIComponent(username)}?done=${done}`;

export const hidePostAction = formAction({
  input: (form) => fields(form, ["postId", "reason"]),
  values: ({ reason }) => ({ reason }),
  service: hidePost,
  expire: expirePostsOf,
  answer: backToPost,
});

export const restorePostAction = formAction({
  input: (form) => fields(form, ["postId"]),
  service: restorePost,
  expire: expirePostsOf,
  answer: backToPost,
});

export const purgePostAction = formAction({
  input: (form) => fields(form, ["postId", "reason"]),
  values: ({ reason }) => ({ reason }),
  service: purgePost,
  expire: expirePostsOf,
  answer: ({ threadId }) => `/threads/${threadId}`,
});

/** Removes one picture from a post (reason shown in its place), its files purged. */
export const removePictureAction = formAction({
  input: (form) => fields(form, ["attachmentId", "reason"]),
  values: ({ reason }) => ({ reason }),
  service: removePicture,
  expire: expirePostsOf,
  answer: async ({ postId }) => (await locatePost(postId)) ?? "/",
});

export const reportPostAction = formAction({
  input: (form) => fields(form, ["postId", "reason", "note"]),
  values: ({ reason, note }) => ({ reason, note }),
  service: createReport,
  // Enough reports hide the post at once: readers see the placeholder.
  expire: (report) => {
    if (report.autoHidden) expirePostsOf(report);
  },
  // The report page now shows the member's open report (a durable confirmation).
  answer: () => inPlace(t("services.moderationReportThanks")),
});

export const resolveReportsAction = formAction({
  input: (form) => fields(form, ["postId", "outcome", "note"]),
  values: ({ outcome, note }) => ({ outcome, note }),
  service: resolveReports,
  // Hidden, or an automatic hiding lifted.
  expire: expirePostsOf,
  // The resolved group leaves the queue with its form: confirm on the page.
  answer: (_, { outcome }) => `/mod/reports?done=${outcome === "hide" ? "reports-hidden" : "reports-dismissed"}`,
});

export const reviewPostsAction = formAction({
  input: (form) => ({
    ...fields(form, ["decision", "reason"]),
    postIds: form.getAll("postId").filter((v): v is string => typeof v === "string"),
  }),
  values: ({ reason }) => ({ reason }),
  service: reviewPosts,
  expire: ({ threadIds }) => threadIds.forEach((threadId) => expireThread(threadId, { visiblePostsChanged: true })),
  answer: (_, { decision }) => `/mod/queue?done=${decision === "approve" ? "approved" : "rejected"}`,
});

export const threadToolAction = formAction({
  input: (form) => fields(form, ["tool", "threadId", "categoryId", "title", "reason"]),
  values: ({ title, reason }) => ({ title, reason }),
  service: applyThreadTool,
  // Lock, pin, move, rename all show on every page of the thread; a new
  // title also shows in the newest-posts widget.
  expire: (thread, { tool }) => expireThread(thread.id, { visiblePostsChanged: tool === "rename" }),
  // Back to the thread, which confirms what was done (components/forms/flash.tsx).
  answer: (thread) => `${threadPath(thread)}?done=thread-${thread.tool}`,
});

export const sanctionAction = formAction({
  input: (form) => {
    const { userId, kind, reason, endsAt } = fields(form, ["userId", "kind", "reason", "endsAt"]);
    // A date picked in the form means the end of that day, Vietnam time.
    return { userId, kind, reason, endsAt: endsAt ? `${endsAt}T23:59:59+07:00` : undefined, picked: endsAt };
  },
  values: ({ kind, reason, picked }) => ({ kind, reason, endsAt: picked }),
  service: sanctionMember,
  // Nothing cached changes: a sanction shows only to its member, read per request.
  answer: ({ username }, { kind }) => memberPage(username, kind === "ban" ? "banned" : "suspended"),
});

/** A preset length from the profile (back to it) or a post's menu (back to the post), confirmed there. */
export const sanctionPresetAction = formAction({
  input: (form) => fields(form, ["userId", "reason", "duration", "postId"]),
  values: ({ reason, duration }) => ({ reason, duration }),
  service: (viewer, input) => sanctionWithPreset(viewer, input),
  // Nothing cached changes: a sanction shows only to its member and to staff, read per request.
  answer: async ({ username, kind }, { postId }) => {
    const done = kind === "ban" ? "banned" : "suspended";
    const post = postId ? await locatePost(Number(postId)) : null;
    if (post) return post.replace(/(#.*)?$/, (hash) => `${post.includes("?") ? "&" : "?"}done=${done}${hash}`);
    return `${memberPath({ username })}?done=${done}#sanction`;
  },
});

export const liftSanctionAction = formAction({
  input: (form) => fields(form, ["userId"]),
  service: liftSanction,
  answer: ({ username }) => memberPage(username, "lifted"),
});

export const changeRoleAction = formAction({
  input: (form) => fields(form, ["userId", "role", "userTitle"]),
  values: ({ role, userTitle }) => ({ role, userTitle }),
  service: changeMemberRole,
  // The role badge and the title are shown beside the member's posts, on cached pages.
  expire: async (member) => expireMemberAppearances(await threadsShowingMember(member.id)),
  answer: (member) => memberPage(member.username, "role"),
});

const CATEGORY_FIELDS = ["name", "description", "position", "staffThreadsOnly"] as const;

export const createCategoryAction = formAction({
  input: (form) => fields(form, CATEGORY_FIELDS),
  values: (input) => input,
  service: createCategory,
  expire: expireCategories,
  // A fresh page: the creation form empty again, the new category in the list.
  answer: () => "/mod/categories?done=category-created",
});

export const updateCategoryAction = formAction({
  input: (form) => fields(form, ["categoryId", ...CATEGORY_FIELDS]),
  values: ({ categoryId: _, ...values }) => values,
  service: updateCategory,
  expire: expireCategories,
  answer: () => "/mod/categories?done=category-updated",
});

export const deleteCategoryAction = formAction({
  input: (form) => fields(form, ["categoryId"]),
  service: deleteCategory,
  expire: expireCategories,
  answer: () => "/mod/categories?done=category-deleted",
});

export const addWordFilterAction = formAction({
  input: (form) => fields(form, ["phrase", "action"]),
  values: (input) => input,
  service: addWordFilter,
  answer: (_, { phrase }) => inPlace(t("services.moderationFilterAdded", { phrase: phrase.trim() })),
});

export const removeWordFilterAction = formAction({
  input: (form) => fields(form, ["id"]),
  service: removeWordFilter,
  answer: () => inPlace(t("services.moderationFilterRemoved")),
});

export const updateSettingsAction = formAction({
  // Every setting the form has (Next's own "$ACTION_…" fields left out).
  input: (form) => Object.fromEntries([...form.entries()].filter(([k, v]) => !k.startsWith("$") && typeof v === "string")) as Record<string, string>,
  values: (input) => input,
  service: updateForumSettings,
  expire: expireSettings,
  answer: () => inPlace(t("services.moderationSettingsSaved")),
});

export const updateSiteSettingsAction = formAction({
  input: (form) => fields(form, ["forumName", "forumDescription", "registrationMode", "siteNotice", "shown"]),
  values: ({ shown: _shown, ...input }) => input,
  service: updateSiteSettings,
  // The name and the notice are on every page, cached ones included: they carry the settings tag.
  expire: expireSettings,
  answer: () => inPlace(t("services.moderationSiteSaved")),
});

export const updateReactionKindsAction = formAction({
  // The checked boxes: the kinds left on.
  input: (form) => ({ on: form.getAll("on").filter((v) => typeof v === "string"), shown: form.get("shown") }),
  service: updateReactionKinds,
  expire: expireSettings,
  answer: () => inPlace(t("services.moderationReactionsSaved")),
});

/** The article forms' image files (name "images"), matched to the names the article gives its pictures. */
const articleImages = (form: FormData) => ({ images: form.getAll("images") });

const previewArticle = formAction({
  input: (form) => ({ ...fields(form, ["text", "categorySlug"]), ...articleImages(form) }),
  values: ({ text, categorySlug }) => ({ text, categorySlug }),
  service: previewPastedArticle,
  // The pasted page can be long; it goes back to the form only when refused or previewed.
  // Shown as the thread page would show it, not as JSON (lib/article-import/preview-data.ts).
  answer: (dryRun, { text, categorySlug }): FormState => ({ status: "preview", message: dryRunImagesMessage(dryRun), values: { text, categorySlug }, data: articlePreviewData(dryRun.article) }),
});

const publishArticle = formAction({
  input: (form) => ({ ...fields(form, ["text", "categorySlug"]), ...articleImages(form) }),
  values: ({ text, categorySlug }) => ({ text, categorySlug }),
  service: publishPastedArticle,
  // A re-import rewrites the thread's title, lead and article in place; its
  // opening post is also among the newest posts.
  expire: expirePostsOf,
  // Files the page does not name are said by name, with the way to the thread.
  answer: (result, { text, categorySlug }): Answer => {
    const path = threadPath({ id: result.threadId, slug: result.slug });
    return result.unusedImages.length === 0 ? path : { status: "success", message: unusedImagesMessage(result.unusedImages), values: { text, categorySlug }, data: { threadUrl: path } };
  },
});

export async function publishArticleAction(previous: FormState, form: FormData): Promise<FormState> {
  return field(form, "intent") === "preview" ? previewArticle(previous, form) : publishArticle(previous, form);
}

const ARTICLE_FIELDS = ["title", "author", "userTitle", "lead", "body", "source", "sourceUrl", "categorySlug"] as const;

const previewArticleFields = formAction({
  input: (form) => ({ ...fields(form, ARTICLE_FIELDS), ...articleImages(form) }),
  values: ({ images: _, ...typed }) => typed,
  service: previewArticleFromFields,
  // The same preview as the pasted page's (components/moderation/article-preview.tsx).
  answer: (dryRun, { images: _, ...values }): FormState => ({ status: "preview", message: dryRunImagesMessage(dryRun), values, data: articlePreviewData(dryRun.article) }),
});

const publishArticleFields = formAction({
  input: (form) => ({ ...fields(form, ARTICLE_FIELDS), ...articleImages(form) }),
  values: ({ images: _, ...typed }) => typed,
  service: publishArticleFromFields,
  expire: expirePostsOf,
  answer: (result) => threadPath({ id: result.threadId, slug: result.slug }),
});

/** "Đăng bài viết" by fields: "Xem thử" or "Đăng". */
export async function publishArticleFieldsAction(previous: FormState, form: FormData): Promise<FormState> {
  return field(form, "intent") === "preview" ? previewArticleFields(previous, form) : publishArticleFields(previous, form);
}

export const resetTwoFactorAction = formAction({
  input: (form) => fields(form, ["userId", "reason"]),
  values: ({ reason }) => ({ reason: reason.slice(0, 300) }),
  service: resetMemberTwoFactor,
  answer: (member) => memberPage(member.username, "two-factor-reset"),
});

/** Approve or reject a registration held for approval (lib/moderation/held-accounts.ts). */
export const reviewHeldMemberAction = formAction({
  input: (form) => fields(form, ["userId", "decision", "reason"]),
  values: ({ reason }) => ({ reason }),
  service: reviewHeldMember,
  answer: ({ decision }) => `/mod/queue?done=${decision === "approve" ? "member-approved" : "member-rejected"}`,
});
