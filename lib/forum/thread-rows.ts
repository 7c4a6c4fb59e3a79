// What a row of a thread list shows besides the thread itself (issue 20,
// feature 14, XenForo's list): the last poster with their avatar and the
// time of the last post, and — for a member — whether it is unread.
// Two queries for a whole list (the last visible post number of each thread
// on the index Post(threadId, status, number), then those posts), plus the
// unread lookup of lib/forum/unread.ts: the cost never grows per thread.
import "server-only";
import { db } from "@/lib/db";
import { unreadThreadIds } from "@/lib/forum/unread";
import type { Viewer } from "@/lib/permissions";

export type LastPost = {
  id: number;
  number: number;
  createdAt: Date;
  author: { username: string; displayName: string; avatarUrl: string | null };
};

/** Each thread's last visible post (the opening post when it has no reply yet). */
export async function lastPostsOf(threadIds: readonly number[]): Promise<Map<number, LastPost>> {
  if (threadIds.length === 0) return new Map();
  const last = await db.post.groupBy({
    by: ["threadId"],
    where: { threadId: { in: [...threadIds] }, status: "visible" },
    _max: { number: true },
  });
  const pairs = last.filter((g) => g._max.number !== null).map((g) => ({ threadId: g.threadId, number: g._max.number! }));
  if (pairs.length === 0) return new Map();
  // (threadId IN …) AND (number IN …) is one index range per thread on both
  // engines (an OR of pairs is not, on PostgreSQL); a post matching another
  // thread's number is dropped below — at most a list's length of them.
  const wanted = new Map(pairs.map((p) => [p.threadId, p.number]));
  const posts = await db.post.findMany({
    where: { threadId: { in: [...wanted.keys()] }, status: "visible", number: { in: [...new Set(wanted.values())] } },
    select: { id: true, threadId: true, number: true, createdAt: true, author: { select: { username: true, displayName: true, avatarUrl: true } } },
  });
  return new Map(posts.filter((p) => wanted.get(p.threadId) === p.number).map(({ threadId, ...post }) => [threadId, post]));
}

/** `threads` with their last post: what every reader's row shows (cacheable, no viewer). */
export async function withLastPosts<T extends { id: number }>(threads: readonly T[]): Promise<(T & { lastPost: LastPost | null })[]> {
  const lastPosts = await lastPostsOf(threads.map((t) => t.id));
  return threads.map((t) => ({ ...t, lastPost: lastPosts.get(t.id) ?? null }));
}

/** Rows with their last post, marked unread for a member (never for a guest); one lookup for the list. */
export async function withUnread<T extends { id: number; categoryId: number; lastPostAt: Date; lastPost: { number: number } | null }>(
  viewer: Viewer | null,
  rows: readonly T[],
  now: Date = new Date(),
): Promise<(T & { unread: boolean })[]> {
  const lastNumbers = new Map(rows.flatMap((t) => (t.lastPost ? [[t.id, t.lastPost.number] as const] : [])));
  const unread = await unreadThreadIds(viewer, rows, lastNumbers, now);
  return rows.map((t) => ({ ...t, unread: unread.has(t.id) }));
}

/** `threads` with their last post and, for a member, their unread mark. */
export async function withRowFacts<T extends { id: number; categoryId: number; lastPostAt: Date }>(
  viewer: Viewer | null,
  threads: readonly T[],
  now: Date = new Date(),
): Promise<(T & { lastPost: LastPost | null; unread: boolean })[]> {
  return withUnread(viewer, await withLastPosts(threads), now);
}
