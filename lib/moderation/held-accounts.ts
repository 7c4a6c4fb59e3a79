// Registrations held for approval (lib/spam/registration-hold.ts):
// moderators list them in the queue and approve (the member may log in from
// then on) or reject (the account is anonymised at once, as an account
// deletion would, and banned, so the address is free for a real owner).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { completeAccountDeletion } from "@/lib/accounts/account-deletion";
import { NotFoundError } from "@/lib/errors";
import { assertCan, canReviewRegistrations, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { logModAction } from "@/lib/mod-log/log-action";
import { t } from "@/lib/i18n/text";

export async function listHeldMembers(viewer: Viewer | null) {
  if (!canReviewRegistrations(viewer)) return [];
  return db.user.findMany({
    where: { heldAt: { not: null }, deletedAt: null },
    select: { id: true, username: true, displayName: true, email: true, emailVerifiedAt: true, heldAt: true, createdAt: true },
    orderBy: { heldAt: "asc" },
    take: 200,
  });
}

const reviewSchema = z.object({
  userId: z.coerce.number({ error: () => t("services.moderationAccountInvalid") }).int().positive({ error: () => t("services.moderationAccountInvalid") }),
  decision: z.enum(["approve", "reject"], { error: () => t("services.moderationDecisionRequired") }),
  reason: z.string().trim().max(500, { error: () => t("validation.moderationReasonMax") }).optional(),
});

export async function reviewHeldMember(viewer: Viewer | null, input: unknown): Promise<{ decision: "approve" | "reject" }> {
  const { userId, decision, reason } = parseInput(reviewSchema, input);
  assertCan(canReviewRegistrations(viewer));
  const member = await db.user.findUnique({ where: { id: userId }, select: { id: true, heldAt: true, deletedAt: true } });
  if (!member || !member.heldAt || member.deletedAt) throw new NotFoundError(t("services.moderationNoLongerHeld"));
  if (decision === "approve") {
    await db.$transaction(async (tx) => {
      // Guarded on the hold: two moderators deciding at once act once.
      await tx.user.update({ where: { id: userId, heldAt: { not: null } }, data: { heldAt: null } });
      await logModAction(tx, { actorId: viewer!.id, action: "member.approve", targetType: "member", targetId: userId, targetUserId: userId });
    });
  } else {
    await completeAccountDeletion(db, userId, new Date(), { moderatorId: viewer!.id, reason: reason || null });
    await db.user.update({ where: { id: userId }, data: { bannedAt: new Date(), sanctionReason: "Đăng ký bị từ chối" } });
  }
  return { decision };
}
