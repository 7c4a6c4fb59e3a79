// Forum index: categories, then the latest threads across the forum.
import Link from "next/link";
import { NewestPosts } from "@/components/newest-posts";
import { ThreadList } from "@/components/thread-list";
import { listCategories, listLatestThreads } from "@/lib/forum/list-threads";
import { formatNumber } from "@/lib/format";
import { categoryPath } from "@/lib/urls";

export const dynamic = "force-dynamic";

export default async function ForumIndex() {
  const [categories, threads] = await Promise.all([listCategories(), listLatestThreads()]);
  return (
    <div className="layout">
      <main className="content">
        <h1 className="page-title">Diễn đàn</h1>
        <section aria-labelledby="categories-title" className="block">
          <h2 id="categories-title" className="block__title">
            Chuyên mục
          </h2>
          <ul className="category-list">
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={categoryPath(c)} className="category-list__name">
                  {c.name}
                </Link>
                {c.description ? <p className="category-list__description">{c.description}</p> : null}
                <span className="category-list__count">Chủ đề: {formatNumber(c.threadCount)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="latest-title" className="block">
          <h2 id="latest-title" className="block__title">
            Chủ đề mới
          </h2>
          <ThreadList threads={threads} />
        </section>
      </main>
      <aside className="sidebar" aria-label="Thanh bên">
        <NewestPosts />
      </aside>
    </div>
  );
}
