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
import { localized, translator } from "@/lib/i18n/server";
import { categoryPath, memberPath, threadPath, threadUnreadPath } from "@/lib/urls";

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

export async function ThreadList({ threads, showCategory = true }: { threads: ThreadRow[]; showCategory?: boolean }) {
  const t = await translator();
  if (threads.length === 0) return <p className="empty">{t("lists.empty")}</p>;
  const viewsLabel = t("lists.views");
  return (
    <ul className="thread-list">
      {threads.map((row) => (
        <li key={row.id} className={`thread-list__item${row.unread ? " thread-list__item--unread" : ""}`} data-testid="thread-row">
          <div className="thread-list__main">
            <Link href={localized(threadPath(row))} className="thread-list__title">
              {row.pinned ? <span className="badge">{t("lists.pinned")}</span> : null}
              {row.locked ? <span className="badge">{t("lists.locked")}</span> : null}
              {row.unread ? (
                <span className="badge badge--unread" title={t("lists.unreadHint")}>
                  {t("lists.unread")}
                </span>
              ) : null}
              {row.title}
            </Link>
            <div className="thread-list__meta">
              <Link href={localized(memberPath(row.author))}>{row.author.displayName}</Link>
              {" · "}
              <time dateTime={row.createdAt.toISOString()} title={formatDateTime(row.createdAt)}>
                {formatDate(row.createdAt)}
              </time>
              {showCategory ? (
                <>
                  {" · "}
                  <Link href={localized(categoryPath(row.category))}>{row.category.name}</Link>
                </>
              ) : null}
              {row.unread ? (
                <>
                  {" · "}
                  {/* A plain <a>: a redirect to a post's anchor (a client navigation would drop it). */}
                  <a href={localized(threadUnreadPath(row))} className="thread-list__unread-link">
                    {t("lists.unreadLink")}
                  </a>
                </>
              ) : null}
            </div>
          </div>
          <div className="thread-list__counts">
            {t("lists.replies")}: {formatNumber(row.replyCount)}
            {row.viewCount !== undefined ? <ViewCountLine views={row.viewCount} label={viewsLabel} /> : null}
          </div>
          <div className="thread-list__last">
            {row.lastPost ? <Avatar user={row.lastPost.author} size="s" /> : null}
            <div className="thread-list__last-text">
              <time dateTime={row.lastPostAt.toISOString()} title={formatDateTime(row.lastPostAt)}>
                {formatTimeAgo(row.lastPostAt)}
              </time>
              {row.lastPost ? (
                <Link href={localized(memberPath(row.lastPost.author))} aria-label={t("lists.lastPostBy", { name: row.lastPost.author.displayName })}>
                  {row.lastPost.author.displayName}
                </Link>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
