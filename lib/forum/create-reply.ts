// Posting a reply: validate, authorise against fresh state, apply the limits
// (lib/forum/posting-rules.ts, shared with new threads), then write post,
// counters and search entry in one transaction. A form submitted twice (same
// client token) posts once and answers with the first post
// (lib/forum/form-token.ts).
//
// The transaction holds SQLite's single writer lock, and every statement in
// it is a round trip through Prisma during which the rest of the server runs:
// so it contains only the writes that must commit together (the post number,
// the post, its search entry, the counters), each written from data already
// at hand. Dropping the member's draft follows the commit (a draft left
// behind by a failure there is harmless).
import "server-only";
import type { ServiceContext } from "@/lib/service-context";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { canViewThread, ForbiddenError, type Viewer } from "@/lib/permissions";
import { getSettings } from "@/lib/settings";
import { createReplySchema } from "@/lib/validation/reply";
import { assertCanReply } from "@/lib/eligibility";
import { findPostByToken, rulesUnlessPosted, writeOnce, type TokenPost } from "./form-token";
import { newPostData } from "./new-post";
import { applyPostingRules } from "./posting-rules";
import { enforcePostChallenge } from "@/lib/spam/post-challenge";
import { screenedFromInput } from "@/lib/spam/screen-form";
import { renderPostSource } from "./render-post";
import { indexNewPost } from "@/lib/search";
import { publishThreadEvent } from "./thread-events";
import { afterReplyPosted } from "@/lib/alerts/on-activity";
import { sqliteDirect } from "@/lib/db/sqlite-direct";
import { writeReplySqlite } from "./reply-sqlite";
import { altTextsOf, attachmentIdsOf, claimablePictures, linkPictures } from "@/lib/uploads/post-pictures";
import { t } from "@/lib/i18n/text";

export type CreatedReply = {
  postId: number;
  threadId: number;
  /** The thread's slug, for the URL of the page showing the reply. */
  threadSlug: string;
  number: number;
  status: string;
  duplicate: boolean;
};

export async function createReply(
  viewer: Viewer | null,
  input: unknown,
  ctx: ServiceContext = {},
): Promise<CreatedReply> {
  const { threadId, source, clientToken } = parseInput(createReplySchema, input);
  if (!viewer) throw new ForbiddenError(t("services.eligibilityGuestReply"));

  // A retry of a form that already went through answers with the first post.
  const earlier = await findPostByToken(clientToken, viewer.id, "reply");
  if (earlier) return answered(earlier);

  // findFirst: not batched with other requests' lookups, so its plan is kept (lib/db/plan-cache.ts).
  const thread = await db.thread.findFirst({
    where: { id: threadId },
    select: { id: true, slug: true, title: true, lead: true, locked: true, status: true, authorId: true },
  });
  if (!thread || !canViewThread(viewer, thread)) throw new NotFoundError(t("services.threadMissing"));
  // The reason, if any, is the one the reply box shows (lib/eligibility.ts).
  assertCanReply(viewer, thread);

  const settings = await getSettings();
  const now = new Date();
  const ruled = await rulesUnlessPosted(
    () => applyPostingRules(viewer, { kind: "reply", source, filtered: { source } }, settings, now),
    { clientToken, authorId: viewer.id, kind: "reply" },
  );
  if ("winner" in ruled) return answered(ruled.winner);
  const status = ruled.passed;
  const held = status === "pending";
  // New members' challenge (a setting), last of the rules: a refusal above spends nothing.
  await enforcePostChallenge(viewer, settings, { challenge: screenedFromInput(input), ip: ctx.ip }, now);

  // The member's uploads named by the form (lib/uploads/post-pictures.ts).
  const pictureIds = attachmentIdsOf(input);
  const pictures = await claimablePictures(viewer, pictureIds, settings.maxImagesPerPost, 0, altTextsOf(input, pictureIds));
  const html = await renderPostSource(source, pictures);
  return writeOnce(async () => {
    // SQLite: the same writes as hand-written statements (lib/forum/reply-sqlite.ts); otherwise Prisma's transaction below.
    const direct = pictures.length === 0 ? sqliteDirect(db) : null;
    const post = direct
      ? await writeReplySqlite(direct, { threadId, authorId: viewer.id, source, html, status, clientToken, ipHash: ctx.ipHash ?? null, createdAt: now, thread })
      : await db.$transaction(async (tx) => {
          // A held reply takes its number now but counts only once approved.
          const numbered = await tx.thread.update({
            where: { id: threadId },
            data: held ? { lastNumber: { increment: 1 } } : { lastNumber: { increment: 1 }, replyCount: { increment: 1 }, lastPostAt: now },
            select: { lastNumber: true },
          });
          const created = await tx.post.create({
            data: newPostData(thread, viewer.id, numbered.lastNumber, { source, html, status, clientToken, ipHash: ctx.ipHash ?? null, createdAt: now }),
            select: { id: true, number: true, status: true },
          });
          await linkPictures(tx, created.id, viewer.id, pictures);
          await indexNewPost(tx, { id: created.id, number: created.number, format: "markdown", source, html, thread });
          if (!held) await tx.user.update({ where: { id: viewer.id }, data: { postCount: { increment: 1 } } });
          return created;
        });
    if (!direct) await db.draft.deleteMany({ where: { userId: viewer.id, threadId } });
    if (!held) publishThreadEvent({ threadId, kind: "reply" });
    // Alerts and e-mail to watchers: one queued job (on SQLite already written with the reply), delivered in the background (lib/alerts/).
    await afterReplyPosted({ postId: post.id, threadId, authorId: viewer.id, visible: !held, queued: Boolean(direct) && !held });
    return { postId: post.id, threadId, threadSlug: thread.slug, number: post.number, status: post.status, duplicate: false };
  }, { clientToken, authorId: viewer.id, kind: "reply" }, answered);
}

/** A resubmitted form's answer: the reply its first submission posted. */
function answered(post: TokenPost): CreatedReply {
  return { postId: post.id, threadId: post.thread.id, threadSlug: post.thread.slug, number: post.number, status: post.status, duplicate: true };
}
