// Above a thread readers cannot see: held for approval, or not approved. Only
// its author and staff get this far (canViewThread), so it says where the
// thread stands and who else sees it.
export function ThreadStatusNotice({ status, reason }: { status: string; reason: string | null }) {
  if (status === "visible") return null;
  const text =
    status === "pending"
      ? "Chủ đề đang chờ điều hành viên duyệt. Cho đến khi được duyệt, chỉ tác giả và ban điều hành nhìn thấy nó; chủ đề chưa xuất hiện trong danh sách."
      : `Chủ đề đã bị ban điều hành ẩn (hoặc không được duyệt); chỉ tác giả và ban điều hành nhìn thấy nó.${reason ? ` Lý do: ${reason}` : ""}`;
  return (
    <p className="notice notice--warning" role="status" data-testid="thread-status">
      {text}
    </p>
  );
}
