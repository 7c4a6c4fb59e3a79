// After a thread's title or lead changes, its opening post's entry is
// rewritten: the same for every engine, given that engine's indexPost.
import type { SearchDb } from "./search-engine";

export async function indexOpeningPost(tx: SearchDb, threadId: number, indexPost: (tx: SearchDb, postId: number) => Promise<void>): Promise<void> {
  const opening = await tx.post.findUnique({ where: { threadId_number: { threadId, number: 1 } }, select: { id: true } });
  if (opening) await indexPost(tx, opening.id);
}
