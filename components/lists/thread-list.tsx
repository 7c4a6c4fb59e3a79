// A thread list as on XenForo: each row shows the title (bold, with "Mới"
// and a link to the first unread post, when a member has not read it), the
// starter and start date, the replies, and the last poster with their avatar
// and the time of the last post. Pinned threads come first (the services'
// order) and are marked, as are locked ones. Plain links: works without JS.
import Link from "next/link";
import "./lists.css";
import { Avatar } from "@/components/avatar";
import { ViewCountLine } from "@/components/views/thread-view-count";
import { formatDate, formatDateTime, formatNumber, formatTimeAgo } from "@/lib/format";
import { categoryPath, memberPath, threadPath, threadUnreadPath } from "@/lib/urls";

const TEXT = {
  empty: "Chưa có chủ đề nào.",
  pinned: "Ghim",
  locked: "Đã khóa",
  unread: "Mới",
  unreadLink: "Bài chưa đọc đầu tiên",
  replies: "Phản hồi",
  lastPostBy: "Bài cuối của",
  unreadHint: "Có bài chưa đọc",
} as const;

type Member = { username: string; displayName: string; avatarUrl?: string | null };

export type ThreadRow = {
  id: number;
  slug: string;
  title: string;
  replyCount: number;
  lastPostAt: Date;
  createdAt: Date;
  pinned: boolean;
  locked: boolean;
  author: Member;
  category: { slug: string; name: string };
  /** From lib/forum/thread-rows.ts; absent where a list does not load it. */
  lastPost?: { createdAt: Date; author: Member } | null;
  /** Only a member's lists have it (never a cached guest page). */
  unread?: boolean;
  /** "Lượt xem", read at render (lib/views/read-view-counts.ts); absent where a list does not load it. */
  viewCount?: number;
};

export function ThreadList({ threads, showCategory = true }: { threads: ThreadRow[]; showCategory?: boolean }) {
  if (threads.length === 0) return <p className="empty">{TEXT.empty}</p>;
  return (
    <ul className="thread-list">
      {threads.map((t) => (
        <li key={t.id} className={`thread-list__item${t.unread ? " thread-list__item--unread" : ""}`} data-testid="thread-row">
          <div className="thread-list__main">
            <Link href={threadPath(t)} className="thread-list__title">
              {t.pinned ? <span className="badge">{TEXT.pinned}</span> : null}
              {t.locked ? <span className="badge">{TEXT.locked}</span> : null}
              {t.unread ? (
                <span className="badge badge--unread" title={TEXT.unreadHint}>
                  {TEXT.unread}
                </span>
              ) : null}
              {t.title}
            </Link>
            <div className="thread-list__meta">
              <Link href={memberPath(t.author)}>{t.author.displayName}</Link>
              {" · "}
              <time dateTime={t.createdAt.toISOString()} title={formatDateTime(t.createdAt)}>
                {formatDate(t.createdAt)}
              </time>
              {showCategory ? (
                <>
                  {" · "}
                  <Link href={categoryPath(t.category)}>{t.category.name}</Link>
                </>
              ) : null}
              {t.unread ? (
                <>
                  {" · "}
                  {/* A plain <a>: a redirect to a post's anchor (a client navigation would drop it). */}
                  <a href={threadUnreadPath(t)} className="thread-list__unread-link">
                    {TEXT.unreadLink}
                  </a>
                </>
              ) : null}
            </div>
          </div>
          <div className="thread-list__counts">
            {TEXT.replies}: {formatNumber(t.replyCount)}
            {t.viewCount !== undefined ? <ViewCountLine views={t.viewCount} /> : null}
          </div>
          <div className="thread-list__last">
            {t.lastPost ? <Avatar user={t.lastPost.author} size="s" /> : null}
            <div className="thread-list__last-text">
              <time dateTime={t.lastPostAt.toISOString()} title={formatDateTime(t.lastPostAt)}>
                {formatTimeAgo(t.lastPostAt)}
              </time>
              {t.lastPost ? (
                <Link href={memberPath(t.lastPost.author)} aria-label={`${TEXT.lastPostBy} ${t.lastPost.author.displayName}`}>
                  {t.lastPost.author.displayName}
                </Link>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
