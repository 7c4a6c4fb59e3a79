// A like (a reaction) on a member's post: one alert per post that gathers
// while unread — "A và 3 người khác đã thích bài viết của bạn trong …".
// Reactors the author ignores are neither named nor counted.
import type { Db } from "@/lib/db-client";
import { canReadPost } from "@/lib/permissions";
import { ignoredIdsOf } from "@/lib/members/ignore";
import { ALERT_TEXT } from "./messages";
import { loadRecipients } from "./recipients";
import { writeGroupedAlert } from "./write-alert";

export async function deliverReaction(db: Db, postId: number, reactorId: number): Promise<boolean> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, authorId: true, status: true, thread: { select: { title: true, status: true, authorId: true } } },
  });
  if (!post || post.authorId === reactorId) return false;
  const author = (await loadRecipients(db, [post.authorId])).get(post.authorId);
  if (!author || author.inactive || !canReadPost(author.viewer, { status: post.status, authorId: post.authorId, thread: post.thread })) return false;
  const ignored = await ignoredIdsOf(db, post.authorId);
  if (ignored.has(reactorId)) return false;
  const reactions = await db.reaction.findMany({
    where: { postId, userId: { notIn: [...ignored, post.authorId] } },
    orderBy: { id: "desc" },
    select: { userId: true, user: { select: { displayName: true } } },
  });
  const people = new Map(reactions.map((r) => [r.userId, r.user.displayName]));
  if (people.size === 0) return false; // taken back meanwhile
  const newest = reactions[0].user.displayName;
  await writeGroupedAlert(db, {
    userId: post.authorId,
    kind: "post.liked",
    message: ALERT_TEXT.likes(author.locale, newest, people.size - 1, post.thread.title),
    link: `/posts/${post.id}`,
    groupKey: `like:${post.id}`,
  });
  return true;
}
