// The moderation log: one append-only row per moderator or admin action,
// written in the same transaction as the action itself, so the log can never
// claim something that did not happen (or miss something that did).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export const MOD_ACTIONS = {
  "post.hide": "Ẩn bài viết",
  "post.restore": "Khôi phục bài viết",
  "post.edit": "Sửa bài viết",
  "post.purge": "Xóa vĩnh viễn bài viết",
  "post.approve": "Duyệt bài viết",
  "post.reject": "Từ chối bài viết",
  "report.hide": "Xử lý báo cáo: ẩn bài",
  "report.dismiss": "Xử lý báo cáo: bỏ qua",
  "thread.lock": "Khóa chủ đề",
  "thread.unlock": "Mở khóa chủ đề",
  "thread.pin": "Ghim chủ đề",
  "thread.unpin": "Bỏ ghim chủ đề",
  "thread.move": "Chuyển chủ đề",
  "thread.rename": "Đổi tiêu đề chủ đề",
  "member.suspend": "Tạm khóa thành viên",
  "member.ban": "Cấm thành viên",
  "member.lift": "Gỡ hình phạt",
  "member.role": "Đổi vai trò",
  "member.title": "Đổi danh hiệu",
  "member.two-factor-reset": "Tắt xác thực hai bước của thành viên",
  "member.hold": "Giữ tài khoản mới chờ duyệt",
  "member.approve": "Duyệt tài khoản mới",
  "member.reject": "Từ chối tài khoản mới",
  "account.delete-request": "Yêu cầu xóa tài khoản",
  "account.delete-cancel": "Hủy yêu cầu xóa tài khoản",
  "account.delete-complete": "Xóa tài khoản",
  "filter.add": "Thêm từ lọc",
  "filter.remove": "Xóa từ lọc",
  "settings.update": "Đổi cài đặt",
  "category.create": "Tạo chuyên mục",
  "category.update": "Sửa chuyên mục",
  "category.delete": "Xóa chuyên mục",
  "article.publish": "Đăng bài viết",
  // Conversations: a moderator reads a reported private message (and its
  // neighbours) only through a report, and every such reading is logged.
  "conversation.report-view": "Xem tin nhắn riêng bị báo cáo",
  "conversation.message-hide": "Ẩn tin nhắn riêng bị báo cáo",
  "conversation.report-dismiss": "Bỏ qua báo cáo tin nhắn riêng",
  // Pictures (lib/moderation/remove-picture.ts).
  "picture.remove": "Gỡ ảnh khỏi bài viết",
} as const;

export type ModAction = keyof typeof MOD_ACTIONS;

export type LogEntry = {
  actorId: number;
  action: ModAction;
  targetType: "post" | "thread" | "member" | "report" | "filter" | "settings" | "category" | "conversation-message";
  targetId: number;
  targetUserId?: number | null;
  reason?: string | null;
  details?: Record<string, unknown>;
};

export async function logModAction(tx: Prisma.TransactionClient, entry: LogEntry): Promise<void> {
  await tx.moderationLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      targetUserId: entry.targetUserId ?? null,
      reason: entry.reason ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    },
  });
}
