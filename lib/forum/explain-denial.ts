// Turns "you may not take part" into the specific reason, so a member is told
// why (and until when) instead of a generic refusal.
import { activeSanction, sanctionMessage } from "@/lib/accounts/sanctions";
import { ForbiddenError, type Viewer } from "@/lib/permissions";

export function explainCannotParticipate(viewer: Viewer, now: Date = new Date()): void {
  const sanction = activeSanction(viewer, now);
  if (sanction) throw new ForbiddenError(sanctionMessage(sanction));
  if (!viewer.emailVerified) {
    throw new ForbiddenError("Bạn cần xác minh email trước khi tham gia thảo luận.");
  }
}
