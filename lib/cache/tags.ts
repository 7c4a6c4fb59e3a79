// Cache tags: the names under which cached thread pages and their data are
// filed, so a change expires exactly what shows it (lib/next/expire.ts).
//
//   thread:<id>           the thread row (title, slug, category, lock, counts,
//                         last post number) — shown on every page of the thread,
//                         so every cached page of it and every cached page of
//                         replies carry it;
//   thread:<id>:page:<n>  the posts on page n (page 1 also has the opening post):
//                         an edit or a like expires only that page;
//   newest-posts          the members' sidebar widget "Thành viên mới đăng";
//   settings, categories  forum settings; the categories — their list, and
//                         their names in every cached thread's breadcrumb
//                         (so every thread entry carries this tag too).
//
// A member's name is shown beside their posts: renaming them expires the
// threads they posted or liked in (lib/forum/member-threads.ts).
//
// Tags are plain strings under Next.js's 256-character limit.
import { pageOfNumber } from "@/lib/forum/pages";

export const NEWEST_POSTS_TAG = "newest-posts";
export const SETTINGS_TAG = "settings";
export const CATEGORIES_TAG = "categories";
/**
 * Every thread list (the index, category pages): any change of a thread —
 * a reply, a new thread, moderation, a rename — and member renames and
 * category changes expire it (lib/next/expire.ts, lib/next/cached-lists.ts).
 */
export const THREAD_LISTS_TAG = "thread-lists";

export function threadTag(threadId: number): string {
  return `thread:${threadId}`;
}

export function threadPageTag(threadId: number, page: number): string {
  return `thread:${threadId}:page:${page}`;
}

/** The tag of the page that shows post number `number` of a thread. */
export function postPageTag(threadId: number, number: number): string {
  return threadPageTag(threadId, pageOfNumber(number));
}
