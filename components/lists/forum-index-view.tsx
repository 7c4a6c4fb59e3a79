// The forum index: each category with its most recently active threads. Reads
// nothing about the request: guests get it from the page cache (viewer null,
// app/guest-view), members per request with their unread marks and
// "Đánh dấu tất cả đã đọc".
import Link from "next/link";
import { NewThreadButton, offersNewThread } from "@/components/new-thread-button";
import { NewestPosts } from "@/components/newest-posts";
import { ThreadList } from "@/components/lists/thread-list";
import { MarkReadForm } from "@/components/lists/mark-read-form";
import { getCachedNewestPosts } from "@/lib/next/cached-thread";
import { getCachedIndexSections } from "@/lib/next/cached-lists";
import { withUnread } from "@/lib/forum/thread-rows";
import { withViewCounts } from "@/lib/views/read-view-counts";
import { formatNumber } from "@/lib/format";
import type { Viewer } from "@/lib/permissions";
import { localized, translator } from "@/lib/i18n/server";
import { categoryPath } from "@/lib/urls";

export async function ForumIndexView({ viewer }: { viewer: Viewer | null }) {
  const [listed, t] = await Promise.all([getCachedIndexSections(), translator()]);
  // Unread marks for every row of the page at once (one lookup, not one per section).
  const rows = await withViewCounts(await withUnread(viewer, listed.flatMap((s) => s.threads)));
  const byId = new Map(rows.map((t) => [t.id, t]));
  const sections = listed.map((s) => ({ ...s, threads: s.threads.map((t) => byId.get(t.id)!) }));
  // The index's "Tạo chủ đề" opens the form on the first category open to
  // members (staff too: news is for articles), else one open to the viewer;
  // the form lets them choose another.
  const categories = sections.map((s) => s.category);
  const newThreadIn = categories.find((c) => !c.staffThreadsOnly) ?? categories.find((c) => offersNewThread(viewer, c));
  return (
    <div className="layout">
      <main className="content">
        <div className="page-head">
          <h1 className="page-title">{t("lists.forum")}</h1>
          {newThreadIn ? <NewThreadButton category={newThreadIn} /> : null}
        </div>
        {viewer ? (
          <div className="list-tools">
            <MarkReadForm />
          </div>
        ) : null}
        {sections.map(({ category, threads }) => (
          <section key={category.id} aria-labelledby={`category-${category.id}`} className="block">
            <div className="block__title block__title--category">
              <h2 id={`category-${category.id}`}>
                <Link href={localized(categoryPath(category))}>{category.name}</Link>
              </h2>
              <span className="category-list__count">
                {t("lists.threadCount")} {formatNumber(category.threadCount)}
              </span>
            </div>
            {category.description ? <p className="block__description">{category.description}</p> : null}
            <ThreadList threads={threads} showCategory={false} />
            {category.threadCount > threads.length ? (
              <p className="block__more">
                <Link href={localized(categoryPath(category))}>{t("lists.viewAll", { name: category.name })}</Link>
              </p>
            ) : null}
          </section>
        ))}
      </main>
      <aside className="sidebar" aria-label={t("lists.sidebar")}>
        <NewestPosts posts={await getCachedNewestPosts()} />
      </aside>
    </div>
  );
}
