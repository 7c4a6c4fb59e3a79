// Finds the page of its thread that shows a post, for permalinks.
import "server-only";
import { db } from "@/lib/db";
import { REPLIES_PER_PAGE } from "@/lib/forum/read-thread";
import { threadPath } from "@/lib/urls";

export async function locatePost(postId: number): Promise<string | null> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, number: true, status: true, thread: { select: { id: true, slug: true } } },
  });
  if (!post || post.status !== "visible") return null;
  if (post.number === 1) return threadPath(post.thread);
  const before = await db.post.count({
    where: { threadId: post.thread.id, status: "visible", number: { gt: 1, lt: post.number } },
  });
  const page = Math.floor(before / REPLIES_PER_PAGE) + 1;
  return `${threadPath(post.thread, page)}#post-${post.id}`;
}
