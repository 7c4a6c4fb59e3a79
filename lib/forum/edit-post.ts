// Editing a reply: the author within the edit window, staff at any time. The
// version being replaced is kept as a revision (who replaced it, and when), so
// every reader can see the history.
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { assertCan, canEditPost, ForbiddenError, isStaff, type Viewer } from "@/lib/permissions";
import { getSettings } from "@/lib/settings";
import { editPostSchema, fieldErrorsOf } from "@/lib/validation/reply";
import { explainCannotParticipate } from "./explain-denial";
import { loadPostTarget } from "./post-target";
import { renderPostSource } from "./render-post";
import { publishThreadEvent } from "./thread-events";

export async function editPost(viewer: Viewer | null, input: { postId: unknown; source: unknown }) {
  const parsed = editPostSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0].message, fieldErrorsOf(parsed.error));
  const { postId, source } = parsed.data;
  if (!viewer) throw new ForbiddenError("Bạn cần đăng nhập.");

  const target = await loadPostTarget(postId);
  if (!target) throw new NotFoundError("Bài viết không tồn tại.");
  const settings = await getSettings();
  if (!isStaff(viewer)) {
    explainCannotParticipate(viewer);
    if (target.authorId === viewer.id && target.number > 1 && !target.threadLocked) {
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
      source: ["Nội dung quá dài."],
    });
  }
  if (source === target.source) return { postId, changed: false };

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
  });
  publishThreadEvent({ threadId: target.threadId, kind: "update" });
  return { postId, changed: true };
}
