// Editing a reply: the author within the edit window, staff at any time. The
// version being replaced is kept as a revision (who replaced it, and when), so
// every reader can see the history.
import "server-only";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { assertCan, canEditPost, ForbiddenError, isStaff, type Viewer } from "@/lib/permissions";
import { getSettings } from "@/lib/settings";
import { editPostSchema } from "@/lib/validation/reply";
import { logModAction } from "@/lib/moderation/log-action";
import { setPostStatus } from "@/lib/moderation/post-visibility";
import { checkWordFilter } from "@/lib/moderation/word-filter";
import { explainCannotParticipate } from "./explain-denial";
import { loadPostTarget } from "./post-target";
import { renderPostSource } from "./render-post";
import { indexPost } from "@/lib/search";
import { publishThreadEvent } from "./thread-events";

export async function editPost(viewer: Viewer | null, input: { postId: unknown; source: unknown }) {
  const { postId, source } = parseInput(editPostSchema, input);
  if (!viewer) throw new ForbiddenError("Bạn cần đăng nhập.");

  const target = await loadPostTarget(postId);
  if (!target) throw new NotFoundError("Bài viết không tồn tại.");
  const settings = await getSettings();
  if (!isStaff(viewer)) {
    explainCannotParticipate(viewer);
    if (target.authorId === viewer.id && !target.threadLocked) {
      const ageMinutes = (Date.now() - target.createdAt.getTime()) / 60_000;
      if (ageMinutes > settings.editWindowMinutes) {
        throw new ForbiddenError(`Đã quá ${settings.editWindowMinutes} phút kể từ khi đăng, bạn không thể sửa bài này nữa.`);
      }
    }
  }
  assertCan(canEditPost(viewer, target, settings));
  if (target.format !== "markdown") throw new ForbiddenError("Bài viết này không sửa được ở đây.");
  if (source.length > settings.maxReplyLength) {
    throw new InvalidInputError(`Nội dung vượt giới hạn ${settings.maxReplyLength.toLocaleString("vi-VN")} ký tự.`, {
      source: "Nội dung quá dài.",
    });
  }
  if (source === target.source) return { postId, changed: false, requeued: false };
  const verdict = await checkWordFilter(source);
  if (verdict?.action === "refuse") {
    throw new InvalidInputError(`Nội dung chứa cụm từ không được phép: “${verdict.phrase}”. Hãy sửa lại.`, { source: "Chứa cụm từ bị cấm." });
  }
  // An edit that brings in a phrase held for review sends the post back to the queue.
  const requeue = verdict?.action === "queue" && !isStaff(viewer) && target.status === "visible";

  const html = await renderPostSource(source);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.postRevision.create({
      data: { postId, editorId: viewer.id, source: target.source, html: target.html, createdAt: now },
    });
    await tx.post.update({
      where: { id: postId },
      data: { source, html, editedAt: now, editCount: { increment: 1 } },
    });
    await indexPost(tx, postId);
    if (requeue) await setPostStatus(tx, target, { status: "pending", byId: viewer.id });
    // Staff editing someone else's post is a moderation action, logged as such.
    if (isStaff(viewer) && target.authorId !== viewer.id) {
      await logModAction(tx, { actorId: viewer.id, action: "post.edit", targetType: "post", targetId: postId, targetUserId: target.authorId });
    }
  });
  publishThreadEvent({ threadId: target.threadId, kind: "update" });
  return { postId, changed: true, requeued: requeue };
}
