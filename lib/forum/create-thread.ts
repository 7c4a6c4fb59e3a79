// Starting a thread: validate, authorise against fresh state (the member, the
// category), apply the rules every post obeys (lib/forum/posting-rules.ts),
// then write the thread, its opening post (number 1), the counters and the
// search entry in one transaction. A form submitted twice (same client
// token) creates one thread and answers with it.
//
// A thread held for approval (word filter, or a new member's first posts) is
// written with its opening post "pending" and Thread.status "pending": no
// list, feed, sitemap or search shows it, and it counts towards nothing,
// until a moderator approves it from the queue (setPostStatus brings the
// thread and its counters along). Not a moderation action: nothing is logged.
import "server-only";
import type { ServiceContext } from "@/lib/service-context";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { assertCan, canCreateThread, ForbiddenError, type Viewer } from "@/lib/permissions";
import { indexNewPost } from "@/lib/search";
import { getSettings } from "@/lib/settings";
import { slugify } from "@/lib/slug";
import { parseInput } from "@/lib/validation/parse-input";
import { createThreadSchema } from "@/lib/validation/thread";
import { explainCannotParticipate } from "@/lib/eligibility";
import { findPostByToken, rulesUnlessPosted, writeOnce, type TokenPost } from "./form-token";
import { newPostData } from "./new-post";
import { applyPostingRules } from "./posting-rules";
import { enforcePostChallenge } from "@/lib/spam/post-challenge";
import { screenedFromInput } from "@/lib/spam/screen-form";
import { renderPostSource } from "./render-post";
import { altTextsOf, attachmentIdsOf, claimablePictures, linkPictures } from "@/lib/uploads/post-pictures";
import { clearThreadDraft } from "./thread-drafts";
import { afterThreadCreated } from "@/lib/alerts/on-activity";
import { t } from "@/lib/i18n/text";

export type CreatedThread = {
  threadId: number;
  slug: string;
  postId: number;
  /** visible, or pending (held for approval). */
  status: string;
  /** True when this answered a resubmitted form: nothing new was written. */
  duplicate: boolean;
};

export async function createThread(
  viewer: Viewer | null,
  input: unknown,
  ctx: ServiceContext = {},
): Promise<CreatedThread> {
  const { categoryId, title, source, clientToken } = parseInput(createThreadSchema, input);
  if (!viewer) throw new ForbiddenError(t("services.forumCreateThreadLogIn"));

  // A retry of a form that already went through answers with the first thread.
  const earlier = await findPostByToken(clientToken, viewer.id, "thread");
  if (earlier) return answered(earlier);

  explainCannotParticipate(viewer);
  const category = await db.category.findUnique({ where: { id: categoryId }, select: { id: true, name: true, staffThreadsOnly: true } });
  if (!category) throw new InvalidInputError(t("services.categoryMissing"), { categoryId: t("validation.threadCategoryRequired") });
  assertCan(
    canCreateThread(viewer, category),
    t("services.forumStaffThreadsOnly", { category: category.name }),
  );

  const settings = await getSettings();
  const now = new Date();
  const ruled = await rulesUnlessPosted(
    () => applyPostingRules(viewer, { kind: "thread", source, filtered: { title, source } }, settings, now),
    { clientToken, authorId: viewer.id, kind: "thread" },
  );
  if ("winner" in ruled) return answered(ruled.winner);
  const status = ruled.passed;
  const visible = status === "visible";
  // New members' challenge (a setting), last of the rules: a refusal above spends nothing.
  await enforcePostChallenge(viewer, settings, { challenge: screenedFromInput(input), ip: ctx.ip }, now);

  // The member's uploads named by the form (lib/uploads/post-pictures.ts).
  const pictureIds = attachmentIdsOf(input);
  const pictures = await claimablePictures(viewer, pictureIds, settings.maxImagesPerPost, 0, altTextsOf(input, pictureIds));
  const html = await renderPostSource(source, pictures);
  // One transaction: the thread, its opening post, its search entry and the counters.
  const write = async () => {
    const created = await db.$transaction(async (tx): Promise<CreatedThread> => {
      const thread = await tx.thread.create({
        data: {
          categoryId,
          authorId: viewer.id,
          title,
          // The id in the URL makes it unique: /threads/<slug>.<id>.
          slug: slugify(title),
          kind: "discussion",
          status,
          lastNumber: 1,
          lastPostAt: now,
          createdAt: now,
        },
        select: { id: true, slug: true },
      });
      const post = await tx.post.create({
        data: newPostData(thread, viewer.id, 1, { source, html, status, clientToken, ipHash: ctx.ipHash ?? null, createdAt: now }),
        select: { id: true },
      });
      await linkPictures(tx, post.id, viewer.id, pictures);
      await indexNewPost(tx, { id: post.id, number: 1, format: "markdown", source, html, thread: { title, lead: null } });
      // A held thread counts once approved (lib/forum/post-visibility.ts).
      if (visible) {
        await tx.category.update({ where: { id: categoryId }, data: { threadCount: { increment: 1 } } });
        await tx.user.update({ where: { id: viewer.id }, data: { postCount: { increment: 1 } } });
      }
      return { threadId: thread.id, slug: thread.slug, postId: post.id, status, duplicate: false };
    });
    // Posted: the draft has done its job (a failure here leaves a harmless draft).
    await clearThreadDraft(viewer.id);
    // Alerts to the category's watchers: one queued job, delivered in the background (lib/alerts/).
    await afterThreadCreated({ postId: created.postId, threadId: created.threadId, authorId: viewer.id, visible });
    return created;
  };
  return writeOnce(write, { clientToken, authorId: viewer.id, kind: "thread" }, answered);
}

/** A resubmitted form's answer: the thread its first submission created. */
function answered(post: TokenPost): CreatedThread {
  return { threadId: post.thread.id, slug: post.thread.slug, postId: post.id, status: post.status, duplicate: true };
}
