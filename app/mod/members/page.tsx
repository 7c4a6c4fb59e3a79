// Member search for moderators.
import Link from "next/link";
import { RoleBadge } from "@/components/role-badge";
import { searchMembers } from "@/lib/moderation/read-members";
import { formatDate } from "@/lib/format";
import { getViewer } from "@/lib/next/session";

export const metadata = { title: "Thành viên" };

export default async function ModMembersPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const members = await searchMembers(await getViewer(), q);
  return (
    <>
      <h1 className="page-title">Thành viên</h1>
      <form method="get" className="filters" role="search" aria-label="Tìm thành viên">
        <label>
          Tên, tên đăng nhập hoặc email <input name="q" defaultValue={q} maxLength={100} />
        </label>
        <button type="submit" className="button button--small">
          Tìm
        </button>
      </form>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Thành viên</th>
            <th scope="col">Tham gia</th>
            <th scope="col">Bài viết</th>
            <th scope="col">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <td>
                <Link href={`/mod/members/${encodeURIComponent(m.username)}`}>{m.displayName}</Link> <span className="muted">@{m.username}</span>
                <RoleBadge role={m.role} />
              </td>
              <td>{formatDate(m.createdAt)}</td>
              <td>{m.postCount}</td>
              <td>{m.bannedAt ? "Bị cấm" : m.suspendedUntil && m.suspendedUntil > new Date() ? `Tạm khóa đến ${formatDate(m.suspendedUntil)}` : "Bình thường"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
