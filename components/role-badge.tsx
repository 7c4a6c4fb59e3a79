// Moderators and administrators are marked next to their name everywhere.
export function RoleBadge({ role }: { role: string }) {
  if (role === "admin") return <span className="badge badge--admin">Quản trị viên</span>;
  if (role === "moderator") return <span className="badge badge--mod">Điều hành viên</span>;
  return null;
}
