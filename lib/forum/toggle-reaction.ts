// "Thích": one per member per post; reacting again takes it back.
import "server-only";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, canReact, ForbiddenError, type Viewer } from "@/lib/permissions";
import { postIdSchema } from "@/lib/validation/reply";
import { explainCannotParticipate } from "@/lib/eligibility";
import { loadPostTarget } from "./post-target";
import { publishThreadEvent } from "./thread-events";
import { afterReaction } from "@/lib/alerts/on-activity";

export async function toggleReaction(viewer: Viewer | null, input: unknown): Promise<{ reacted: boolean }> {
  const { postId } = parseInput(postIdSchema, input);
  if (!viewer) throw new ForbiddenError("Bạn cần đăng nhập để thích bài viết.");
  const target = await loadPostTarget(postId);
  if (!target) throw new NotFoundError("Bài viết không tồn tại.");
  if (target.authorId === viewer.id) throw new ForbiddenError("Bạn không thể tự thích bài viết của mình.");
  explainCannotParticipate(viewer);
  assertCan(canReact(viewer, target));

  const key = { postId_userId_kind: { postId: target.id, userId: viewer.id, kind: "like" } };
  try {
    const reacted = await db.$transaction(async (tx) => {
      const removed = await tx.reaction.deleteMany({ where: key.postId_userId_kind });
      if (removed.count > 0) {
        await tx.post.update({ where: { id: target.id }, data: { reactionCount: { decrement: removed.count } } });
        return false;
      }
      await tx.reaction.create({ data: key.postId_userId_kind });
      await tx.post.update({ where: { id: target.id }, data: { reactionCount: { increment: 1 } } });
      return true;
    });
    publishThreadEvent({ threadId: target.threadId, kind: "update" });
    if (reacted) await afterReaction({ postId: target.id, userId: viewer.id, kind: "like" });
    return { reacted };
  } catch (error) {
    // A double click raced with itself: the first click's like stands.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { reacted: true };
    throw error;
  }
}
