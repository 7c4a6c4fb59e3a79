// Page N (≥ 2) of a category's threads for members: /categories/<slug>/page-N.
// Guests get the cached copy (app/guest-view/categories/[slug]/[pageSegment]).
import type { Metadata } from "next";
import { CategoryPageView } from "@/components/lists/category-page-view";
import { resolveCategoryPage } from "@/lib/next/load-category-route";
import { getViewer } from "@/lib/next/session";
import { localized, translator } from "@/lib/i18n/server";
import { categoryPath } from "@/lib/urls";

type Params = Promise<{ slug: string; pageSegment: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, pageSegment } = await params;
  const [{ category, page }, t] = await Promise.all([resolveCategoryPage(slug, pageSegment), translator()]);
  // Each language's page is its own canonical address, as a thread page's.
  return { title: t("lists.titlePage", { name: category.name, page }), alternates: { canonical: localized(categoryPath(category, page)) } };
}

export default async function CategoryLaterPage({ params }: { params: Params }) {
  const { slug, pageSegment } = await params;
  const { category, page } = await resolveCategoryPage(slug, pageSegment);
  return <CategoryPageView category={category} page={page} viewer={await getViewer()} />;
}
