// A table-like list of threads with reply counts and last activity.
import Link from "next/link";
import { formatDateTime, formatNumber, formatTimeAgo } from "@/lib/format";
import { categoryPath, memberPath, threadPath } from "@/lib/urls";

type ThreadRow = {
  id: number;
  slug: string;
  title: string;
  replyCount: number;
  lastPostAt: Date;
  pinned: boolean;
  locked: boolean;
  author: { username: string; displayName: string };
  category: { slug: string; name: string };
};

export function ThreadList({ threads, showCategory = true }: { threads: ThreadRow[]; showCategory?: boolean }) {
  if (threads.length === 0) return <p className="empty">Chưa có chủ đề nào.</p>;
  return (
    <ul className="thread-list">
      {threads.map((t) => (
        <li key={t.id} className="thread-list__item">
          <div className="thread-list__main">
            <Link href={threadPath(t)} className="thread-list__title">
              {t.pinned ? <span className="badge">Ghim</span> : null}
              {t.locked ? <span className="badge">Đã khóa</span> : null}
              {t.title}
            </Link>
            <div className="thread-list__meta">
              <Link href={memberPath(t.author)}>{t.author.displayName}</Link>
              {showCategory ? (
                <>
                  {" · "}
                  <Link href={categoryPath(t.category)}>{t.category.name}</Link>
                </>
              ) : null}
            </div>
          </div>
          <div className="thread-list__stats">
            <span>Phản hồi: {formatNumber(t.replyCount)}</span>
            <time dateTime={t.lastPostAt.toISOString()} title={formatDateTime(t.lastPostAt)}>
              {formatTimeAgo(t.lastPostAt)}
            </time>
          </div>
        </li>
      ))}
    </ul>
  );
}
