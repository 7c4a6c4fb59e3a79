// /account/bookmarks: the posts a member bookmarked, with their notes. Private.
import type { Metadata } from "next";
import Link from "next/link";
import { listBookmarks } from "@/lib/bookmarks/bookmarks";
import { requireViewer } from "@/lib/next/session";
import { formatDateTime } from "@/lib/format";
import { BookmarkForm } from "@/components/alerts/bookmark-form";
import { localized, translator } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await translator();
  return { title: t("account.bookmarksTitle"), robots: { index: false } };
}

export default async function BookmarksPage() {
  const viewer = await requireViewer("/account/bookmarks");
  const items = await listBookmarks(viewer);
  const t = await translator();
  return (
    <main className="content content--narrow">
      <h1 className="page-title">{t("account.bookmarksTitle")}</h1>
      {items.length === 0 ? <p className="empty">{t("account.bookmarksNone")}</p> : null}
      <ul className="notification-list" data-testid="bookmarks">
        {items.map((b) => (
          <li key={b.id}>
            {b.readable ? (
              <>
                <p>
                  <Link href={localized(`/posts/${b.postId}`)}>{b.title}</Link> <span className="watched-list__meta">{t("account.bookmarksBy", { name: b.author! })}</span>
                </p>
                <p className="bookmark__excerpt">{b.excerpt}</p>
              </>
            ) : (
              <p>{t("account.bookmarksGone")}</p>
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
