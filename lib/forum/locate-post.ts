// Finds where a post is shown: its thread and number (for cache expiry) and
// the page of its thread, for permalinks. Pages are ranges of post numbers,
// so this is arithmetic, not a count.
import "server-only";
import { db } from "@/lib/db";
import { pageOfNumber } from "@/lib/forum/pages";
import { canSeePost, type Viewer } from "@/lib/permissions";
import { threadPath } from "@/lib/urls";

export type PostPlace = { id: number; number: number; threadId: number; thread: { id: number; slug: string } };

export async function findPostPlace(postId: number) {
  if (!Number.isSafeInteger(postId) || postId <= 0) return null;
  const post = await db.post.findUnique({
    where: { id: postId },
    select: {
      id: true,
      number: true,
      threadId: true,
      status: true,
      authorId: true,
      thread: { select: { id: true, slug: true, status: true, authorId: true } },
    },
  });
  return post satisfies PostPlace | null;
}

/** The URL of the page that shows the post, with its anchor. */
export function postPlaceUrl(place: PostPlace): string {
  if (place.number === 1) return threadPath(place.thread);
  return `${threadPath(place.thread, pageOfNumber(place.number))}#post-${place.id}`;
}

export async function locatePost(postId: number): Promise<string | null> {
  const place = await findPostPlace(postId);
  return place ? postPlaceUrl(place) : null;
}

/**
 * A public permalink's target; null for a post this viewer may not know of: in
 * a thread held back from them (its slug is its title), or a reply waiting
 * for approval (its anchor would prove it exists).
 */
export async function locatePostFor(viewer: Viewer | null, postId: number): Promise<string | null> {
  const place = await findPostPlace(postId);
  return place && canSeePost(viewer, place) ? postPlaceUrl(place) : null;
}
