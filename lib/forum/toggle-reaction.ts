// Reacting to a post with one of XenForo's six kinds (lib/forum/reaction-kinds.ts):
// one reaction per member per post. Choosing the kind you already gave takes
// it back; choosing another replaces it. The post's count and its author's
// "reactions received" move with it, in the same transaction.
import "server-only";
import { parseInput } from "@/lib/validation/parse-input";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan, canReact, ForbiddenError, type Viewer } from "@/lib/permissions";
import { reactionInputSchema } from "@/lib/validation/reaction";
import { explainCannotParticipate } from "@/lib/eligibility";
import { getSiteSettings } from "@/lib/site/site-settings";
import type { ReactionKind } from "./reaction-kinds";
import { loadPostTarget } from "./post-target";
import { publishThreadEvent } from "./thread-events";
import { afterReaction } from "@/lib/alerts/on-activity";
import { t } from "@/lib/i18n/text";

const KIND_OFF = () => t("services.forumReactionKindOff");

export async function toggleReaction(viewer: Viewer | null, input: unknown): Promise<{ reacted: boolean; kind: ReactionKind }> {
  const { postId, kind } = parseInput(reactionInputSchema, input);
  if (!viewer) throw new ForbiddenError(t("services.forumReactLogIn"));
  const target = await loadPostTarget(postId);
  if (!target) throw new NotFoundError(t("services.postMissing"));
  if (target.authorId === viewer.id) throw new ForbiddenError(t("services.forumReactOwn"));
  explainCannotParticipate(viewer);
  assertCan(canReact(viewer, target));
  const kindsOff = (await getSiteSettings()).reactionKindsOff;

  const mine = { postId: target.id, userId: viewer.id };
  try {
    const reacted = await db.$transaction(async (tx) => {
      const before = await tx.reaction.findMany({ where: mine, select: { kind: true } });
      const takingBack = before.some((r) => r.kind === kind);
      // Taking back a kind that was switched off since is still allowed.
      if (!takingBack && kindsOff.includes(kind)) throw new ForbiddenError(KIND_OFF());
      const removed = before.length > 0 ? (await tx.reaction.deleteMany({ where: mine })).count : 0;
      if (!takingBack) await tx.reaction.create({ data: { ...mine, kind } });
      const delta = (takingBack ? 0 : 1) - removed;
      if (delta !== 0) {
        await tx.post.update({ where: { id: target.id }, data: { reactionCount: { increment: delta } } });
        await tx.user.update({ where: { id: target.authorId }, data: { reactionsReceived: { increment: delta } } });
      }
      return !takingBack;
    });
    publishThreadEvent({ threadId: target.threadId, kind: "update" });
    if (reacted) await afterReaction({ postId: target.id, userId: viewer.id, kind });
    return { reacted, kind };
  } catch (error) {
    // A double click raced with itself: the first click's reaction stands.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { reacted: true, kind };
    throw error;
  }
}
