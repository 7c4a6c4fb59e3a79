// A member deletes their own reply. It stays in place as a placeholder
// ("Bài viết đã bị tác giả xóa") and its content is kept so moderators can
// restore it. Not the moderator's "hide", which is a different ability.
import "server-only";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { assertCan, canDeleteOwnPost, ForbiddenError, type Viewer } from "@/lib/permissions";
import { postIdSchema } from "@/lib/validation/reply";
import { indexPost } from "@/lib/search";
import { explainCannotParticipate } from "@/lib/eligibility";
import { loadPostTarget } from "./post-target";
import { publishThreadEvent } from "./thread-events";
import { t } from "@/lib/i18n/text";

export async function deleteOwnPost(viewer: Viewer | null, input: unknown) {
  const { postId } = parseInput(postIdSchema, input);
  if (!viewer) throw new ForbiddenError(t("services.logInRequired"));
  const target = await loadPostTarget(postId);
  if (!target) throw new NotFoundError(t("services.postMissing"));
  if (target.authorId !== viewer.id) throw new ForbiddenError(t("services.forumDeleteOnlyOwn"));
  explainCannotParticipate(viewer);
  assertCan(canDeleteOwnPost(viewer, target));

  const now = new Date();
  await db.$transaction(async (tx) => {
    // Only a post that counted as a reply changes the counters.
    const wasVisible = target.status === "visible";
    await tx.post.update({
      where: { id: target.id, status: target.status },
      data: { status: "deleted", statusById: viewer.id, statusAt: now, statusReason: null },
    });
    await indexPost(tx, target.id);
    if (wasVisible) {
      await tx.thread.update({ where: { id: target.threadId }, data: { replyCount: { decrement: 1 } } });
      await tx.user.update({ where: { id: viewer.id }, data: { postCount: { decrement: 1 } } });
    }
  });
  publishThreadEvent({ threadId: target.threadId, kind: "update" });
  return { postId: target.id, threadId: target.threadId };
}
