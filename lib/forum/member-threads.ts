// The threads whose pages show a member's name: those they posted in (the
// opening post included) and those where they liked a post (the likers'
// list). Renaming a member expires exactly these threads' cached pages.
// Reads the (authorId, createdAt) index of Post and the (userId) index of
// Reaction.
import "server-only";
import { db } from "@/lib/db";

export async function threadsShowingMember(memberId: number): Promise<number[]> {
  const [posted, liked] = await Promise.all([
    db.post.groupBy({ by: ["threadId"], where: { authorId: memberId } }),
    db.reaction.findMany({ where: { userId: memberId }, select: { post: { select: { threadId: true } } } }),
  ]);
  return [...new Set([...posted.map((p) => p.threadId), ...liked.map((r) => r.post.threadId)])];
}
