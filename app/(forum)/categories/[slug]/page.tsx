import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { NewThreadButton, offersNewThread } from "@/components/new-thread-button";
import { NewestPosts } from "@/components/newest-posts";
import { getCachedNewestPosts } from "@/lib/next/cached-thread";
import { ThreadList } from "@/components/thread-list";
import { getCategoryBySlug, listCategoryThreads } from "@/lib/forum/list-threads";
import { getViewer } from "@/lib/next/session";
import { WatchForm } from "@/components/alerts/watch-form";
import { isWatchingCategory } from "@/lib/alerts/watch";

type Params = { slug: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const category = await getCategoryBySlug((await params).slug);
  return category ? { title: category.name, description: category.description ?? undefined } : {};
}

export default async function CategoryPage({ params }: { params: Promise<Params> }) {
  const category = await getCategoryBySlug((await params).slug);
  if (!category) notFound();
  const [threads, viewer] = await Promise.all([listCategoryThreads(category.id), getViewer()]);
  return (
    <div className="layout">
      <main className="content">
        <Breadcrumb items={[{ href: "/", label: "Diễn đàn" }]} />
        <div className="page-head">
          <h1 className="page-title">{category.name}</h1>
          {offersNewThread(viewer, category) ? <NewThreadButton category={category} /> : null}
          {viewer ? <WatchForm target="category" id={category.id} watching={await isWatchingCategory(viewer, category.id)} /> : null}
        </div>
        {category.description ? <p className="page-description">{category.description}</p> : null}
        <ThreadList threads={threads} showCategory={false} />
      </main>
      <aside className="sidebar" aria-label="Thanh bên">
        <NewestPosts posts={await getCachedNewestPosts()} />
      </aside>
    </div>
  );
}
