// The approval queue: posts held back (a new member's first posts, or text
// the word filter sends for review) wait here, visible only to their author
// and to staff, until a moderator approves or rejects them — one by one or in
// bulk. A held new thread waits as its opening post (number 1): approving it
// publishes the thread, rejecting it keeps the thread hidden (post-visibility.ts).
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { publishThreadEvent } from "@/lib/forum/thread-events";
import { assertCan, canApprovePosts, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { reviewPostsSchema } from "@/lib/validation/moderation";
import { logModAction } from "@/lib/mod-log/log-action";
import { notifyMember } from "./notify";
import { t } from "@/lib/i18n/text";
import { setPostStatus } from "@/lib/forum/post-visibility";
import { afterPostApproved } from "@/lib/alerts/on-activity";

export async function listPendingPosts(viewer: Viewer | null) {
  assertCan(canApprovePosts(viewer));
  return db.post.findMany({
    where: { status: "pending" },
    orderBy: { createdAt: "asc" },
    take: 200,
    include: {
      author: { select: { id: true, username: true, displayName: true, createdAt: true } },
      thread: { select: { id: true, slug: true, title: true, category: { select: { name: true } } } },
    },
  });
}

export async function reviewPosts(viewer: Viewer | null, input: unknown) {
  const { postIds, decision, reason } = parseInput(reviewPostsSchema, input);
  assertCan(canApprovePosts(viewer));
  if (decision === "reject" && reason.length < 3) {
    throw new InvalidInputError(t("services.moderationRejectReasonNeeded"), { reason: t("services.moderationReasonNeededField") });
  }
  const threads = new Set<number>();
  const approved: { id: number; number: number }[] = [];
  const count = await db.$transaction(async (tx) => {
    const posts = await tx.post.findMany({
      where: { id: { in: postIds }, status: "pending" },
      select: { id: true, threadId: true, authorId: true, number: true, status: true },
    });
    if (posts.length === 0) throw new InvalidInputError(t("services.moderationNoLongerPending"));
    for (const post of posts) {
      threads.add(post.threadId);
      const what = post.number === 1 ? "thread" : "post";
      if (decision === "approve") {
        await setPostStatus(tx, post, { status: "visible", byId: viewer!.id });
        approved.push({ id: post.id, number: post.number });
        await notifyMember(tx, post.authorId, "post.approved", () => t("alerts.modApproved", { what }), `/posts/${post.id}`);
      } else {
        // A rejected post is hidden (kept, restorable), with the reason shown to its author.
        await setPostStatus(tx, post, { status: "hidden", reason, byId: viewer!.id });
        await notifyMember(tx, post.authorId, "post.rejected", () => t("alerts.modRejected", { what, reason }), `/posts/${post.id}`);
      }
      await logModAction(tx, {
        actorId: viewer!.id,
        action: decision === "approve" ? "post.approve" : "post.reject",
        targetType: "post",
        targetId: post.id,
        targetUserId: post.authorId,
        reason: reason || null,
      });
    }
    return posts.length;
  });
  for (const threadId of threads) publishThreadEvent({ threadId, kind: "reply" });
  // Held posts alerted nobody when written: now that they are public, their
  // watchers, category watchers, mentioned, quoted members and followers get
  // what they would have got (after the commit, off the request path).
  for (const post of approved) await afterPostApproved({ postId: post.id, opening: post.number === 1 });
  return { count, threadIds: [...threads] };
}
