// Staff remove one picture from a post: readers then see, in its place,
// "Ảnh đã bị điều hành viên gỡ: <lý do>" (lib/uploads/picture-html.ts), and
// its files are deleted unless another post uses the same picture. The post
// itself stays as it is; reporting a post covers its pictures.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { renderPostSource } from "@/lib/forum/render-post";
import { publishThreadEvent } from "@/lib/forum/thread-events";
import { renderArticleHtml } from "@/lib/article-import/render-html";
import type { ArticleBlock } from "@/lib/article-import/parse";
import { logModAction } from "@/lib/mod-log/log-action";
import { assertCan, canRemovePicture, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { idSchema } from "@/lib/validation/reply";
import { stripUnsafeControls } from "@/lib/validation/unicode-text";
import { picturesOfPost, PICTURE_SELECT } from "@/lib/uploads/post-pictures";
import type { PictureView } from "@/lib/uploads/picture-html";
import { purgeUnusedFiles } from "@/lib/uploads/purge-files";
import { notifyMember } from "./notify";
import { t } from "@/lib/i18n/text";

const removePictureSchema = z.object({
  attachmentId: idSchema,
  reason: z
    .string({ error: () => t("validation.moderationReasonRequired") })
    .transform((s) => stripUnsafeControls(s).normalize("NFC").trim())
    .pipe(z.string().min(3, { error: () => t("validation.moderationReasonMin") }).max(300, { error: () => t("services.moderationReasonMax300") })),
});

/** The post's HTML again, with its pictures as they now are. */
async function rerender(post: { id: number; format: string; source: string }): Promise<string> {
  if (post.format === "article") {
    const rows = await db.attachment.findMany({ where: { postId: post.id, variants: { not: null } }, select: { ...PICTURE_SELECT, filename: true } });
    const byName = new Map<string, PictureView>(rows.map((r) => [r.filename, r]));
    return renderArticleHtml(JSON.parse(post.source) as ArticleBlock[], byName);
  }
  return renderPostSource(post.source, await picturesOfPost(post.id));
}

export async function removePicture(viewer: Viewer | null, input: unknown) {
  const { attachmentId, reason } = parseInput(removePictureSchema, input);
  assertCan(canRemovePicture(viewer));
  const picture = await db.attachment.findUnique({
    where: { id: attachmentId },
    select: { id: true, contentHash: true, variants: true, removedAt: true, post: { select: { id: true, threadId: true, number: true, authorId: true, format: true, source: true } } },
  });
  if (!picture?.post || picture.removedAt) throw new NotFoundError(t("services.moderationPictureGone"));
  const post = picture.post;
  await db.attachment.update({ where: { id: picture.id }, data: { removedAt: new Date(), removedReason: reason, removedById: viewer!.id } });
  const html = await rerender(post);
  await db.$transaction(async (tx) => {
    await tx.post.update({ where: { id: post.id }, data: { html } });
    await logModAction(tx, { actorId: viewer!.id, action: "picture.remove", targetType: "post", targetId: post.id, targetUserId: post.authorId, reason, details: { attachmentId: picture.id } });
    await notifyMember(tx, post.authorId, "picture.removed", () => t("alerts.modPictureRemoved", { reason }), `/posts/${post.id}`);
  });
  await purgeUnusedFiles(db, [picture]);
  publishThreadEvent({ threadId: post.threadId, kind: "update" });
  return { postId: post.id, threadId: post.threadId };
}

/** A post's pictures for the moderators' menu. */
export async function picturesForModeration(viewer: Viewer | null, postId: number) {
  if (!canRemovePicture(viewer)) return [];
  const rows = await db.attachment.findMany({ where: { postId, variants: { not: null }, removedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, filename: true, variants: true } });
  return rows;
}
