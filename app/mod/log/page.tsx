// The moderation log: who did what to whom, why and when. Append-only.
import Link from "next/link";
import { listModLog } from "@/lib/mod-log/read-log";
import { MOD_ACTIONS } from "@/lib/mod-log/log-action";
import { describeLogDetails } from "@/lib/mod-log/describe-log-details";
import { resolveLogTargets, type LogTarget } from "@/lib/mod-log/log-targets";
import { formatDateTime } from "@/lib/format";
import { getViewer } from "@/lib/next/session";
import { memberPath } from "@/lib/urls";
import { postLabel } from "@/lib/forum/post-label";

export const metadata = { title: "Nhật ký điều hành" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** The thread by its title, a post by its number in the thread and the thread's title (lib/mod-log/log-targets.ts). */
function targetLink(target: LogTarget | undefined): React.ReactNode {
  if (!target) return null;
  if (target.kind === "conversation-message") return <Link href={`/mod/conversation-reports/${target.messageId}`}>tin nhắn riêng #{target.messageId}</Link>;
  if (target.kind === "thread") return <Link href={`/threads/${target.threadId}`}>{target.title ? `“${target.title}”` : "chủ đề đã xóa"}</Link>;
  // Numbered as the thread numbers it (lib/forum/post-label.ts).
  const which = target.number === null ? "bài viết đã xóa hẳn" : postLabel(target.number);
  return <Link href={`/posts/${target.postId}`}>{target.title ? `${which} trong “${target.title}”` : which}</Link>;
}

export default async function ModLogPage({ searchParams }: { searchParams: Search }) {
  const q = await searchParams;
  const filters = { moderator: one(q.moderator), member: one(q.member), action: one(q.action), before: Number(one(q.before)) || undefined };
  const { entries, next } = await listModLog(await getViewer(), filters);
  const targets = await resolveLogTargets(entries);
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
                {targetLink(targets.get(e.id))}
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
