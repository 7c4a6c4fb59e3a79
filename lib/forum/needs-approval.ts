// The approval rule for new members (setting "approveFirstReplies"): read by
// the posting rules; the queue itself is lib/moderation/approval-queue.ts.
import "server-only";
import { db } from "@/lib/db";

/**
 * Whether a member's next post must wait for approval: their first N posts
 * do, replies and new threads' opening posts alike (one approved thread
 * vouches for its author as much as one approved reply).
 */
export async function needsApproval(authorId: number, approveFirstReplies: number): Promise<boolean> {
  if (approveFirstReplies <= 0) return false;
  const approved = await db.post.count({
    where: { authorId, status: { in: ["visible", "hidden", "deleted"] } },
  });
  return approved < approveFirstReplies;
}
