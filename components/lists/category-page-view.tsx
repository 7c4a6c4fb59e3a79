// A category's page N: its threads (lib/forum/category-pages.ts) with page
// links and a page jump over and under the list, and, for members, unread
// marks and "Đánh dấu chuyên mục đã đọc". Reads nothing about the request:
// guests get it from the page cache (viewer null, app/guest-view), members
// per request with their viewer.
import { Breadcrumb } from "@/components/breadcrumb";
import { NewThreadButton, offersNewThread } from "@/components/new-thread-button";
import { NewestPosts } from "@/components/newest-posts";
import { Pagination } from "@/components/thread/pagination";
import { ThreadList } from "@/components/lists/thread-list";
import { MarkReadForm } from "@/components/lists/mark-read-form";
import { PageJump } from "@/components/lists/page-jump";
import { getCachedNewestPosts } from "@/lib/next/cached-thread";
import { categoryPageCount } from "@/lib/forum/category-pages";
import { withUnread } from "@/lib/forum/thread-rows";
import { withViewCounts } from "@/lib/views/read-view-counts";
import { getCachedCategoryPage } from "@/lib/next/cached-lists";
import type { Viewer } from "@/lib/permissions";
import { categoryPath } from "@/lib/urls";
import { WatchForm } from "@/components/alerts/watch-form";
import { isWatchingCategory } from "@/lib/alerts/watch";
import { translator } from "@/lib/i18n/server";

type Category = { id: number; slug: string; name: string; description: string | null; threadCount: number; staffThreadsOnly: boolean };

export async function CategoryPageView({ category, page, viewer }: { category: Category; page: number; viewer: Viewer | null }) {
  const total = categoryPageCount(category.threadCount);
  // Shared rows from the cache; a member's unread marks added now, never cached.
  const threads = await withViewCounts(await withUnread(viewer, await getCachedCategoryPage(category.id, page)));
  const t = await translator();
  const pager = (where: "top" | "bottom") => (
    <div className="list-pager">
      <Pagination current={page} total={total} hrefFor={(p) => categoryPath(category, p)} label={where === "top" ? t("lists.pagesTop") : t("lists.pagesBottom")} />
      <PageJump action={categoryPath(category)} total={total} current={page} id={`page-jump-${where}`} />
    </div>
  );
  return (
    <div className="layout">
      <main className="content">
        <Breadcrumb items={[{ href: "/", label: t("lists.forum") }]} />
        <div className="page-head">
          <h1 className="page-title">
            {category.name}
            {page > 1 ? <span className="page-title__page"> · {t("lists.page", { page })}</span> : null}
          </h1>
          {offersNewThread(viewer, category) ? <NewThreadButton category={category} /> : null}
          {viewer ? <WatchForm target="category" id={category.id} watching={await isWatchingCategory(viewer, category.id)} /> : null}
        </div>
        {category.description && page === 1 ? <p className="page-description">{category.description}</p> : null}
        {viewer ? (
          <div className="list-tools">
            <MarkReadForm categoryId={category.id} />
          </div>
        ) : null}
        {pager("top")}
        <ThreadList threads={threads} showCategory={false} />
        {pager("bottom")}
      </main>
      <aside className="sidebar" aria-label={t("lists.sidebar")}>
        <NewestPosts posts={await getCachedNewestPosts()} />
      </aside>
    </div>
  );
}
