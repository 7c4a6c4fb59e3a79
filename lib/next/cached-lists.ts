// The shared part of the thread lists, from the server cache: a category's
// page of threads and the index's sections, each row with its last post.
// Guests' cached list pages (app/guest-view) and members' per-request pages
// read the same entries; a member's unread marks are added after, per
// request (lib/forum/thread-rows.ts withUnread), so they never enter a
// shared entry. Tagged THREAD_LISTS_TAG (every thread change expires it) and
// CATEGORIES_TAG; the cache stores JSON, so dates are revived here.
import "server-only";
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { CATEGORIES_TAG, THREAD_LISTS_TAG } from "@/lib/cache/tags";
import { listCategoryPage } from "@/lib/forum/category-pages";
import { listCategoriesWithLatest } from "@/lib/forum/list-threads";
import { withLastPosts } from "@/lib/forum/thread-rows";

const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

type Member = { username: string; displayName: string; avatarUrl: string | null };

/** What a list row shows, and nothing that would not survive the cache's JSON. */
export type ListRow = {
  id: number;
  slug: string;
  title: string;
  categoryId: number;
  replyCount: number;
  lastPostAt: Date;
  createdAt: Date;
  pinned: boolean;
  locked: boolean;
  author: Member;
  category: { slug: string; name: string };
  lastPost: { id: number; number: number; createdAt: Date; author: Member } | null;
};

type RawRow = Omit<ListRow, "lastPostAt" | "createdAt" | "lastPost"> & {
  lastPostAt: Date | string;
  createdAt: Date | string;
  lastPost: (Omit<NonNullable<ListRow["lastPost"]>, "createdAt"> & { createdAt: Date | string }) | null;
};

function toRow(t: RawRow): ListRow {
  return {
    id: t.id,
    slug: t.slug,
    title: t.title,
    categoryId: t.categoryId,
    replyCount: t.replyCount,
    lastPostAt: asDate(t.lastPostAt),
    createdAt: asDate(t.createdAt),
    pinned: t.pinned,
    locked: t.locked,
    author: { username: t.author.username, displayName: t.author.displayName, avatarUrl: t.author.avatarUrl },
    category: { slug: t.category.slug, name: t.category.name },
    lastPost: t.lastPost ? { ...t.lastPost, createdAt: asDate(t.lastPost.createdAt) } : null,
  };
}

const TAGS = { tags: [THREAD_LISTS_TAG, CATEGORIES_TAG] };

/** Page `page` of a category's threads with their last posts. */
export const getCachedCategoryPage = cache(async (categoryId: number, page: number): Promise<ListRow[]> => {
  const rows = await unstable_cache(
    async () => (await withLastPosts(await listCategoryPage(categoryId, page))).map(toRow),
    ["category-page", String(categoryId), String(page)],
    TAGS,
  )();
  return rows.map(toRow);
});

/** The index: every category with its few most recently active threads. */
export const getCachedIndexSections = cache(async () => {
  const sections = await unstable_cache(
    async () => {
      const listed = await listCategoriesWithLatest();
      const rows = new Map((await withLastPosts(listed.flatMap((s) => s.threads))).map((t) => [t.id, toRow(t)]));
      return listed.map(({ category: c, threads }) => ({
        category: { id: c.id, slug: c.slug, name: c.name, description: c.description, threadCount: c.threadCount, staffThreadsOnly: c.staffThreadsOnly },
        threads: threads.map((t) => rows.get(t.id)!),
      }));
    },
    ["index-sections"],
    TAGS,
  )();
  return sections.map((s) => ({ ...s, threads: s.threads.map(toRow) }));
});
