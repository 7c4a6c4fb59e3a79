// The moderation log: who did what to whom, why and when. Append-only.
import Link from "next/link";
import { listModLog } from "@/lib/mod-log/read-log";
import { MOD_ACTIONS } from "@/lib/mod-log/log-action";
import { describeLogDetails } from "@/lib/mod-log/describe-log-details";
import { formatDateTime } from "@/lib/format";
import { getViewer } from "@/lib/next/session";
import { memberPath } from "@/lib/urls";
import { postLabel } from "@/lib/forum/post-label";

export const metadata = { title: "Nhật ký điều hành" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

function targetLink(e: { targetType: string; targetId: number; targetPost: { number: number; threadTitle: string } | null }): React.ReactNode {
  // Numbered as the thread numbers it (lib/forum/post-label.ts); a purged post keeps only its id.
  if (e.targetType === "post" && e.targetPost)
    return (
      <Link href={`/posts/${e.targetId}`}>
        {postLabel(e.targetPost.number)} trong “{e.targetPost.threadTitle}”
      </Link>
    );
  if (e.targetType === "post") return <span>bài viết đã xóa hẳn</span>;
  if (e.targetType === "thread") return <Link href={`/threads/${e.targetId}`}>chủ đề #{e.targetId}</Link>;
  return null;
}

export default async function ModLogPage({ searchParams }: { searchParams: Search }) {
  const q = await searchParams;
  const filters = { moderator: one(q.moderator), member: one(q.member), action: one(q.action), before: Number(one(q.before)) || undefined };
  const { entries, next } = await listModLog(await getViewer(), filters);
  const nextHref = next
    ? `/mod/log?${new URLSearchParams({ ...(filters.moderator ? { moderator: filters.moderator } : {}), ...(filters.member ? { member: filters.member } : {}), ...(filters.action ? { action: filters.action } : {}), before: String(next) })}`
    : null;
  return (
    <>
      <h1 className="page-title">Nhật ký điều hành</h1>
      <form method="get" className="filters" role="search" aria-label="Lọc nhật ký">
        <label>
          Người điều hành <input name="moderator" defaultValue={filters.moderator} placeholder="tên đăng nhập" />
        </label>
        <label>
          Thành viên <input name="member" defaultValue={filters.member} placeholder="tên đăng nhập" />
        </label>
        <label>
          Hành động
          <select name="action" defaultValue={filters.action ?? ""}>
            <option value="">Tất cả</option>
            {Object.entries(MOD_ACTIONS).map(([key, label]) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button button--small">
          Lọc
        </button>
      </form>
      {entries.length === 0 ? <p className="empty">Không có mục nào.</p> : null}
      <table className="table" data-testid="mod-log">
        <thead>
          <tr>
            <th scope="col">Thời gian</th>
            <th scope="col">Người điều hành</th>
            <th scope="col">Hành động</th>
            <th scope="col">Đối tượng</th>
            <th scope="col">Chi tiết</th>
            <th scope="col">Lý do</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-action={e.action}>
              <td>
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
              </td>
              <td>
                <Link href={memberPath(e.actor)}>{e.actor.displayName}</Link>
              </td>
              <td>{MOD_ACTIONS[e.action as keyof typeof MOD_ACTIONS] ?? e.action}</td>
              <td>
                {targetLink(e)}
                {e.targetUser ? (
                  <>
                    {" "}
                    (<Link href={`/mod/members/${encodeURIComponent(e.targetUser.username)}`}>{e.targetUser.displayName}</Link>)
                  </>
                ) : null}
              </td>
              <td>{describeLogDetails(e.action, e.details) ?? ""}</td>
              <td>{e.reason ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {nextHref ? (
        <p>
          <Link href={nextHref} className="button">
            Cũ hơn ›
          </Link>
        </p>
      ) : null}
    </>
  );
}
