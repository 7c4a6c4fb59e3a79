// Turns "you may not take part" into the specific reason, so a member is told
// why (and until when) instead of a generic refusal.
import { formatDateTime } from "@/lib/format";
import { ForbiddenError, type Viewer } from "@/lib/permissions";

export function explainCannotParticipate(viewer: Viewer, now: Date = new Date()): void {
  if (viewer.bannedAt) {
    throw new ForbiddenError(`Tài khoản của bạn đã bị cấm.${viewer.sanctionReason ? ` Lý do: ${viewer.sanctionReason}` : ""}`);
  }
  if (viewer.suspendedUntil && viewer.suspendedUntil > now) {
    throw new ForbiddenError(
      `Tài khoản của bạn bị tạm khóa đến ${formatDateTime(viewer.suspendedUntil)}.${viewer.sanctionReason ? ` Lý do: ${viewer.sanctionReason}` : ""}`,
    );
  }
  if (!viewer.emailVerified) {
    throw new ForbiddenError("Bạn cần xác minh email trước khi tham gia thảo luận.");
  }
}
