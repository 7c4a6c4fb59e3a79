// Moderators hide a reply with a reason; readers then see, in its place,
// "Bài viết đã bị ẩn bởi điều hành viên · Lý do: …". Restoring brings it back.
// Administrators alone may delete a reply for good.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { loadPostTarget } from "@/lib/forum/post-target";
import { publishThreadEvent } from "@/lib/forum/thread-events";
import { assertCan, canHidePost, canPurgePost, canRestorePost, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { hidePostSchema, purgePostSchema, restorePostSchema } from "@/lib/validation/moderation";
import { logModAction } from "@/lib/mod-log/log-action";
import { notifyMember } from "./notify";
import { t } from "@/lib/i18n/text";
import { setPostStatus } from "@/lib/forum/post-visibility";
import { removePost } from "@/lib/search";
import { purgeUnusedFiles } from "@/lib/uploads/purge-files";

export async function hidePost(viewer: Viewer | null, input: unknown) {
  const { postId, reason } = parseInput(hidePostSchema, input);
  const post = await loadPostTarget(postId);
  if (!post) throw new NotFoundError(t("services.postMissing"));
  assertCan(canHidePost(viewer, post));
  await db.$transaction(async (tx) => {
    await setPostStatus(tx, post, { status: "hidden", reason, byId: viewer!.id });
    await logModAction(tx, { actorId: viewer!.id, action: "post.hide", targetType: "post", targetId: post.id, targetUserId: post.authorId, reason });
    await notifyMember(tx, post.authorId, "post.hidden", () => t("alerts.modPostHidden", { reason }), `/posts/${post.id}`);
  });
  publishThreadEvent({ threadId: post.threadId, kind: "update" });
  return { postId: post.id, threadId: post.threadId };
}

export async function restorePost(viewer: Viewer | null, input: unknown) {
  const { postId } = parseInput(restorePostSchema, input);
  const post = await loadPostTarget(postId);
  if (!post) throw new NotFoundError(t("services.postMissing"));
  assertCan(canRestorePost(viewer, post));
  await db.$transaction(async (tx) => {
    await setPostStatus(tx, post, { status: "visible", byId: viewer!.id });
    // Reports about a post that is visible again are not pending any more.
    await logModAction(tx, { actorId: viewer!.id, action: "post.restore", targetType: "post", targetId: post.id, targetUserId: post.authorId });
    await notifyMember(tx, post.authorId, "post.restored", () => t("alerts.modPostRestored"), `/posts/${post.id}`);
  });
  publishThreadEvent({ threadId: post.threadId, kind: "update" });
  return { postId: post.id, threadId: post.threadId };
}

export async function purgePost(viewer: Viewer | null, input: unknown) {
  const { postId, reason } = parseInput(purgePostSchema, input);
  const post = await loadPostTarget(postId);
  if (!post) throw new NotFoundError(t("services.postMissing"));
  assertCan(canPurgePost(viewer, post));
  // Its pictures' files go too, once nothing else uses them (after the rows are gone).
  const pictures = await db.attachment.findMany({ where: { postId: post.id }, select: { contentHash: true, variants: true } });
  await db.$transaction(async (tx) => {
    if (post.status === "visible") {
      await tx.thread.update({ where: { id: post.threadId }, data: { replyCount: { decrement: 1 } } });
      await tx.user.update({ where: { id: post.authorId }, data: { postCount: { decrement: 1 } } });
    }
    await tx.post.delete({ where: { id: post.id } });
    await removePost(tx, post.id);
    await logModAction(tx, {
      actorId: viewer!.id,
      action: "post.purge",
      targetType: "post",
      targetId: post.id,
      targetUserId: post.authorId,
      reason,
      details: { threadId: post.threadId, number: post.number },
    });
  });
  await purgeUnusedFiles(db, pictures);
  publishThreadEvent({ threadId: post.threadId, kind: "update" });
  return { threadId: post.threadId, number: post.number };
}
