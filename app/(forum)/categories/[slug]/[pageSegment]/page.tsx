// Page N (≥ 2) of a category's threads: /categories/<slug>/page-N. page-1
// redirects to the category's own address, pages past the end to the last.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CategoryPageView } from "@/components/lists/category-page-view";
import { categoryPageCount, parsePageSegment } from "@/lib/forum/category-pages";
import { getCategoryBySlug } from "@/lib/forum/list-threads";
import { getViewer } from "@/lib/next/session";
import { categoryPath } from "@/lib/urls";

type Params = { slug: string; pageSegment: string };

async function resolve(params: Promise<Params>) {
  const { slug, pageSegment } = await params;
  const category = await getCategoryBySlug(slug);
  if (!category) notFound();
  if (pageSegment === "page-1") redirect(categoryPath(category));
  const page = parsePageSegment(pageSegment);
  if (page === null) notFound();
  const last = categoryPageCount(category.threadCount);
  if (page > last) redirect(categoryPath(category, last));
  return { category, page };
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { category, page } = await resolve(params);
  return { title: `${category.name} · Trang ${page}`, alternates: { canonical: categoryPath(category, page) } };
}

export default async function CategoryLaterPage({ params }: { params: Promise<Params> }) {
  const { category, page } = await resolve(params);
  return <CategoryPageView category={category} page={page} viewer={await getViewer()} />;
}
