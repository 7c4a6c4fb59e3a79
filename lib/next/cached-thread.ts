// The shared part of a thread page, from the server cache: the thread, its
// opening post, one page of replies, the sidebar's newest posts, the forum
// settings and categories. Guests' cached pages and members' pages read the
// same entries; each is tagged (lib/cache/tags.ts) so the change that
// outdates it expires it (lib/next/expire.ts), and a guest page rendered
// from them carries their tags too.
//
// The cache stores JSON, so dates come back as strings: each reader turns
// them back into Date objects (a fresh read returns real dates; both work).
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { CATEGORIES_TAG, NEWEST_POSTS_TAG, SETTINGS_TAG, threadPageTag, threadTag } from "@/lib/cache/tags";
import { listCategories, listNewestPosts } from "@/lib/forum/list-threads";
import { getOpeningPost, getThreadById, readRepliesPage } from "@/lib/forum/read-thread";
import { getSettings } from "@/lib/settings";

const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));
const asOptionalDate = (value: Date | string | null): Date | null => (value === null ? null : asDate(value));

/** The thread, or null for an unknown id (cached too, under the id's tag). */
export const getCachedThread = cache(async (threadId: number) => {
  const thread = await unstable_cache(() => getThreadById(threadId), ["thread", String(threadId)], {
    // The thread row includes its category's name and slug.
    tags: [threadTag(threadId), CATEGORIES_TAG],
  })();
  if (!thread) return null;
  return {
    ...thread,
    publishedAt: asOptionalDate(thread.publishedAt),
    lastPostAt: asDate(thread.lastPostAt),
    createdAt: asDate(thread.createdAt),
    updatedAt: asDate(thread.updatedAt),
    category: { ...thread.category, createdAt: asDate(thread.category.createdAt) },
  };
});

export const getCachedOpeningPost = cache(async (threadId: number) => {
  const post = await unstable_cache(() => getOpeningPost(threadId), ["opening-post", String(threadId)], {
    tags: [threadTag(threadId), threadPageTag(threadId, 1)],
  })();
  if (!post) return null;
  return { ...post, createdAt: asDate(post.createdAt), editedAt: asOptionalDate(post.editedAt) };
});

/** Every post numbered on the page, pending ones included: filter with visibleReplies(). */
export const getCachedRepliesPage = cache(async (threadId: number, page: number) => {
  const replies = await unstable_cache(() => readRepliesPage(threadId, page), ["replies-page", String(threadId), String(page)], {
    tags: [threadTag(threadId), threadPageTag(threadId, page)],
  })();
  return replies.map((reply) => ({ ...reply, createdAt: asDate(reply.createdAt), editedAt: asOptionalDate(reply.editedAt) }));
});

/** "Thành viên mới đăng" for members: expired by every change of a visible post. */
export const getCachedNewestPosts = cache(() =>
  unstable_cache(() => listNewestPosts(), ["newest-posts"], { tags: [NEWEST_POSTS_TAG] })(),
);

export const getCachedSettings = cache(() => unstable_cache(() => getSettings(), ["settings"], { tags: [SETTINGS_TAG] })());

/** Categories for the thread tools' "move" menu. */
export const getCachedCategories = cache(() =>
  unstable_cache(
    async () => (await listCategories()).map(({ id, slug, name }) => ({ id, slug, name })),
    ["categories"],
    { tags: [CATEGORIES_TAG] },
  )(),
);

export type CachedThread = NonNullable<Awaited<ReturnType<typeof getCachedThread>>>;
