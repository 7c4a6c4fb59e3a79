// A confirmation carried in the URL after a redirect (?done=…), for actions
// whose form disappears once they succeed (a resolved report, an approved
// post). Only known codes are shown, so the URL cannot inject text.
const MESSAGES: Record<string, string> = {
  "reports-hidden": "Đã xử lý báo cáo: bài viết đã bị ẩn.",
  "reports-dismissed": "Đã xử lý báo cáo: bỏ qua, bài viết được giữ nguyên.",
  approved: "Đã duyệt các bài viết đã chọn.",
  rejected: "Đã từ chối các bài viết đã chọn.",
  "member-approved": "Đã duyệt tài khoản: thành viên đăng nhập được từ bây giờ.",
  "member-rejected": "Đã từ chối tài khoản: tài khoản đã bị xóa.",
  suspended: "Đã tạm khóa thành viên.",
  banned: "Đã cấm thành viên.",
  lifted: "Đã gỡ hình phạt.",
  role: "Đã lưu vai trò và danh hiệu.",
  "two-factor-reset": "Đã tắt xác thực hai bước và xóa passkey của thành viên; các phiên đăng nhập của họ đã kết thúc.",
  "category-created": "Đã tạo chuyên mục.",
  "category-updated": "Đã lưu chuyên mục.",
  "category-deleted": "Đã xóa chuyên mục.",
  // Thread tools (components/moderation/thread-mod-tools.tsx).
  "thread-lock": "Đã khóa chủ đề.",
  "thread-unlock": "Đã mở khóa chủ đề.",
  "thread-pin": "Đã ghim chủ đề.",
  "thread-unpin": "Đã bỏ ghim chủ đề.",
  "thread-move": "Đã chuyển chủ đề sang chuyên mục mới.",
  "thread-rename": "Đã đổi tiêu đề chủ đề.",
};

export function Flash({ code }: { code: string | string[] | undefined }) {
  const message = typeof code === "string" ? MESSAGES[code] : undefined;
  if (!message) return null;
  return (
    <p className="notice notice--success" role="status">
      {message}
    </p>
  );
}
