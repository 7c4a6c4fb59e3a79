// Expiring cached pages and data after a change, from server actions (the
// only callers: Next.js's updateTag works only there). Each function names a
// kind of change and expires exactly the tags whose content it alters
// (lib/cache/tags.ts). Expiry is immediate: the next request — the author's
// or a guest's — renders afresh instead of being served the old copy.
//
// Services stay free of Next.js (scripts and unit tests call them); the
// actions call these after the service succeeded.
import "server-only";
import { updateTag } from "next/cache";
import { CATEGORIES_TAG, NEWEST_POSTS_TAG, SETTINGS_TAG, THREAD_LISTS_TAG, postPageTag, threadTag } from "@/lib/cache/tags";

/**
 * Something every page of a thread shows changed: a reply counted or
 * uncounted (posted, hidden, restored, deleted, approved, rejected, purged),
 * a new post number handed out (pages, "Phản hồi: N"), the title, slug,
 * category or lock. Every cached page of the thread and of its replies
 * carries the thread's tag. `visiblePostsChanged` also refreshes the
 * "newest posts" widget, which lists visible posts.
 */
export function expireThread(threadId: number, { visiblePostsChanged }: { visiblePostsChanged: boolean }): void {
  updateTag(threadTag(threadId));
  if (visiblePostsChanged) updateTag(NEWEST_POSTS_TAG);
  // Its row in the lists (counts, last poster, order, lock, pin, title).
  updateTag(THREAD_LISTS_TAG);
}

/**
 * One post changed in place (edited, liked): only the page showing it. An
 * edit also changes the excerpt the newest-posts widget may show.
 */
export function expirePostPage(threadId: number, number: number, { textChanged }: { textChanged: boolean }): void {
  updateTag(postPageTag(threadId, number));
  if (textChanged) updateTag(NEWEST_POSTS_TAG);
}

/**
 * A member's name changed: it is shown beside their posts and in the likers'
 * lists of the threads given (lib/forum/member-threads.ts), and maybe in the
 * newest-posts widget.
 */
export function expireMemberAppearances(threadIds: number[]): void {
  for (const threadId of threadIds) updateTag(threadTag(threadId));
  updateTag(NEWEST_POSTS_TAG);
  updateTag(THREAD_LISTS_TAG);
}

export function expireSettings(): void {
  updateTag(SETTINGS_TAG);
}

/**
 * A category was created, renamed, reordered or deleted: the thread tools'
 * category menu, and every cached thread (its breadcrumb names its category).
 * Rare, so expiring every thread page is the simple, exact choice.
 */
export function expireCategories(): void {
  updateTag(CATEGORIES_TAG);
  updateTag(THREAD_LISTS_TAG);
}
