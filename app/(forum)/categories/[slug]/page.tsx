import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/components/breadcrumb";
import { NewestPosts } from "@/components/newest-posts";
import { getCachedNewestPosts } from "@/lib/forum/cached-thread";
import { ThreadList } from "@/components/thread-list";
import { getCategoryBySlug, listCategoryThreads } from "@/lib/forum/list-threads";

type Params = { slug: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const category = await getCategoryBySlug((await params).slug);
  return category ? { title: category.name, description: category.description ?? undefined } : {};
}

export default async function CategoryPage({ params }: { params: Promise<Params> }) {
  const category = await getCategoryBySlug((await params).slug);
  if (!category) notFound();
  const threads = await listCategoryThreads(category.id);
  return (
    <div className="layout">
      <main className="content">
        <Breadcrumb items={[{ href: "/", label: "Diễn đàn" }]} />
        <h1 className="page-title">{category.name}</h1>
        {category.description ? <p className="page-description">{category.description}</p> : null}
        <ThreadList threads={threads} showCategory={false} />
      </main>
      <aside className="sidebar" aria-label="Thanh bên">
        <NewestPosts posts={await getCachedNewestPosts()} />
      </aside>
    </div>
  );
}
