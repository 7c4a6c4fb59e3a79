// Turns "you may not take part" into the specific reason, so a member is told
// why (and until when) instead of a generic refusal: services throw it, pages
// that would show a form show it instead.
import { activeSanction, sanctionMessage } from "@/lib/accounts/sanctions";
import { ForbiddenError, type Viewer } from "@/lib/permissions";

const UNVERIFIED_MESSAGE = "Bạn cần xác minh email trước khi tham gia thảo luận.";

/** Why this member may not post now (sanction, unverified email), or null. */
export function cannotParticipateReason(viewer: Viewer, now: Date = new Date()): string | null {
  const sanction = activeSanction(viewer, now);
  if (sanction) return sanctionMessage(sanction);
  if (!viewer.emailVerified) return UNVERIFIED_MESSAGE;
  return null;
}

export function explainCannotParticipate(viewer: Viewer, now: Date = new Date()): void {
  const reason = cannotParticipateReason(viewer, now);
  if (reason) throw new ForbiddenError(reason);
}

/** Why a post with a link was refused (permissions.canPostLinks): the text is kept, the member removes the link. */
export function linkRuleMessage(linkFreePosts: number): string {
  return `Thành viên mới chưa được đăng liên kết trong ${linkFreePosts} bài đầu tiên (chống spam). Hãy bỏ liên kết rồi gửi lại — nội dung bạn viết vẫn được giữ.`;
}

export const LINK_FIELD_ERROR = "Chưa được chứa liên kết.";
