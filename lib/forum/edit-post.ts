// Editing a post: the author within the edit window, staff at any time. The
// version being replaced is kept as a revision (who replaced it, and when), so
// every reader can see the history. A thread's opening post is edited with the
// thread's title, which its author may correct under the same rules (the slug
// follows; old addresses redirect, as they carry the thread's id).
import "server-only";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { assertCan, canEditPost, ForbiddenError, isStaff, type Viewer } from "@/lib/permissions";
import { getSettings } from "@/lib/settings";
import { slugify } from "@/lib/slug";
import { editPostWithTitleSchema } from "@/lib/validation/thread";
import { logModAction } from "@/lib/mod-log/log-action";
import { setPostStatus } from "@/lib/forum/post-visibility";
import { checkWordFilter } from "./word-filter-check";
import { explainCannotParticipate } from "@/lib/eligibility";
import { enforceLinkRule } from "./posting-rules";
import { loadPostTarget } from "./post-target";
import { renderPostSource } from "./render-post";
import { altTextsOf, attachmentIdsOf, claimablePictures, linkPictures, picturesOfPost } from "@/lib/uploads/post-pictures";
import { indexPost } from "@/lib/search";
import { publishThreadEvent } from "./thread-events";
import { t } from "@/lib/i18n/text";

export async function editPost(viewer: Viewer | null, input: unknown) {
  const { postId, source, title, reason } = parseInput(editPostWithTitleSchema, input);
  if (!viewer) throw new ForbiddenError(t("services.logInRequired"));

  const target = await loadPostTarget(postId);
  if (!target) throw new NotFoundError(t("services.postMissing"));
  const settings = await getSettings();
  if (!isStaff(viewer)) {
    explainCannotParticipate(viewer);
    if (target.authorId === viewer.id && !target.threadLocked) {
      const ageMinutes = (Date.now() - target.createdAt.getTime()) / 60_000;
      if (ageMinutes > settings.editWindowMinutes) {
        throw new ForbiddenError(t("services.forumEditWindowOver", { minutes: settings.editWindowMinutes }));
      }
    }
  }
  assertCan(canEditPost(viewer, target, settings));
  if (target.format !== "markdown") throw new ForbiddenError(t("services.forumNotEditableHere"));
  if (source.length > settings.maxReplyLength) {
    throw new InvalidInputError(t("services.forumEditTooLong", { max: settings.maxReplyLength }), {
      source: t("validation.replySourceTooLong"),
    });
  }
  if (title !== undefined && target.number !== 1) throw new InvalidInputError(t("services.forumTitleOnlyOpening"));
  const thread = title === undefined ? null : await db.thread.findUniqueOrThrow({ where: { id: target.threadId }, select: { title: true } });
  const renamed = thread !== null && title !== thread.title;
  // Pictures added with the edit join those the post has (lib/uploads/post-pictures.ts).
  const pictureIds = attachmentIdsOf(input);
  const existingPictures = await picturesOfPost(postId);
  const addedPictures = await claimablePictures(viewer, pictureIds, settings.maxImagesPerPost, existingPictures.length, altTextsOf(input, pictureIds));
  const textChanged = source !== target.source || addedPictures.length > 0;
  if (!textChanged && !renamed) return { postId, changed: false, requeued: false, renamed: false };
  // The link rule of new members' first posts holds for edits too (not for staff editing others).
  if (textChanged && target.authorId === viewer.id) await enforceLinkRule(viewer, source, settings, { postId, createdAt: target.createdAt });
  const verdict = textChanged ? await checkWordFilter(source) : null;
  if (verdict?.action === "refuse") {
    throw new InvalidInputError(t("services.forumEditBannedPhrase", { phrase: verdict.phrase }), { source: t("services.bannedPhraseField") });
  }
  const titleVerdict = renamed ? await checkWordFilter(title!) : null;
  if (titleVerdict?.action === "refuse") {
    throw new InvalidInputError(t("services.forumTitleBannedPhrase", { phrase: titleVerdict.phrase }), { title: t("services.bannedPhraseField") });
  }
  // An edit that brings in a phrase held for review sends the post back to the queue.
  const requeue = (verdict?.action === "queue" || titleVerdict?.action === "queue") && !isStaff(viewer) && target.status === "visible";

  const html = await renderPostSource(source, [...existingPictures, ...addedPictures]);
  const now = new Date();
  await db.$transaction(async (tx) => {
    // The title first: the post's search entry, rewritten below, carries it.
    if (renamed) await tx.thread.update({ where: { id: target.threadId }, data: { title: title!, slug: slugify(title!) } });
    // A new title alone is not a new version of the text: no revision, no "Đã chỉnh sửa".
    if (addedPictures.length > 0) await linkPictures(tx, postId, viewer.id, addedPictures, existingPictures.length);
    if (textChanged) {
      await tx.postRevision.create({
        // The reason belongs to this edit: it is shown with the version it replaced, in the history.
        data: { postId, editorId: viewer.id, source: target.source, html: target.html, createdAt: now, reason: reason ?? null },
      });
      await tx.post.update({
        where: { id: postId },
        data: { source, html, editedAt: now, editCount: { increment: 1 } },
      });
    }
    await indexPost(tx, postId);
    if (requeue) await setPostStatus(tx, target, { status: "pending", byId: viewer.id });
    // Staff editing someone else's post is a moderation action, logged as such.
    if (isStaff(viewer) && target.authorId !== viewer.id) {
      if (textChanged) await logModAction(tx, { actorId: viewer.id, action: "post.edit", targetType: "post", targetId: postId, targetUserId: target.authorId, reason });
      if (renamed) {
        await logModAction(tx, {
          actorId: viewer.id,
          action: "thread.rename",
          targetType: "thread",
          targetId: target.threadId,
          targetUserId: target.authorId,
          reason,
          details: { from: thread!.title, to: title },
        });
      }
    }
  });
  publishThreadEvent({ threadId: target.threadId, kind: "update" });
  return { postId, changed: true, requeued: requeue, renamed };
}
