// /account/bookmarks: the posts a member bookmarked, with their notes. Private.
import type { Metadata } from "next";
import Link from "next/link";
import { listBookmarks } from "@/lib/bookmarks/bookmarks";
import { requireViewer } from "@/lib/next/session";
import { formatDateTime } from "@/lib/format";
import { BookmarkForm } from "@/components/alerts/bookmark-form";

const TEXT = {
  title: "Bài viết đã đánh dấu",
  none: "Bạn chưa đánh dấu bài viết nào. Bấm «Đánh dấu» dưới một bài viết để lưu nó vào đây.",
  gone: "Bài viết này không còn xem được.",
  by: (name: string) => `của ${name}`,
} as const;

export const metadata: Metadata = { title: TEXT.title, robots: { index: false } };

export default async function BookmarksPage() {
  const viewer = await requireViewer("/account/bookmarks");
  const items = await listBookmarks(viewer);
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{TEXT.title}</h1>
      {items.length === 0 ? <p className="empty">{TEXT.none}</p> : null}
      <ul className="notification-list" data-testid="bookmarks">
        {items.map((b) => (
          <li key={b.id}>
            {b.readable ? (
              <>
                <p>
                  <Link href={`/posts/${b.postId}`}>{b.title}</Link> <span className="watched-list__meta">{TEXT.by(b.author!)}</span>
                </p>
                <p className="bookmark__excerpt">{b.excerpt}</p>
              </>
            ) : (
              <p>{TEXT.gone}</p>
            )}
            {b.note ? <p className="bookmark__note">📝 {b.note}</p> : null}
            <time dateTime={b.createdAt.toISOString()}>{formatDateTime(b.createdAt)}</time>
            <BookmarkForm postId={b.postId} saved note={b.note} />
          </li>
        ))}
      </ul>
    </main>
  );
}
