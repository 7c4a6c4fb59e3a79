// Page N (≥ 2) of a category's threads for members: /categories/<slug>/page-N.
// Guests get the cached copy (app/guest-view/categories/[slug]/[pageSegment]).
import type { Metadata } from "next";
import { CategoryPageView } from "@/components/lists/category-page-view";
import { resolveCategoryPage } from "@/lib/next/load-category-route";
import { getViewer } from "@/lib/next/session";
import { categoryPath } from "@/lib/urls";

type Params = Promise<{ slug: string; pageSegment: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, pageSegment } = await params;
  const { category, page } = await resolveCategoryPage(slug, pageSegment);
  return { title: `${category.name} · Trang ${page}`, alternates: { canonical: categoryPath(category, page) } };
}

export default async function CategoryLaterPage({ params }: { params: Params }) {
  const { slug, pageSegment } = await params;
  const { category, page } = await resolveCategoryPage(slug, pageSegment);
  return <CategoryPageView category={category} page={page} viewer={await getViewer()} />;
}
