// Finds the page of its thread that shows a post, for permalinks. Pages are
// ranges of post numbers, so this is arithmetic, not a count.
import "server-only";
import { db } from "@/lib/db";
import { pageOfNumber } from "@/lib/forum/read-thread";
import { threadPath } from "@/lib/urls";

export async function locatePost(postId: number): Promise<string | null> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, number: true, thread: { select: { id: true, slug: true } } },
  });
  if (!post) return null;
  if (post.number === 1) return threadPath(post.thread);
  return `${threadPath(post.thread, pageOfNumber(post.number))}#post-${post.id}`;
}
