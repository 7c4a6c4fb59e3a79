// The guests' page N of a category, served from the server cache (a rewrite
// in next.config.mjs sends /categories/<slug>/page-N here without a session
// cookie). Rendered on first request, expired by every thread change.
import type { Metadata } from "next";
import { CategoryPageView } from "@/components/lists/category-page-view";
import { resolveCategoryPage } from "@/lib/next/load-category-route";
import { localized, translator } from "@/lib/i18n/server";
import { categoryPath } from "@/lib/urls";

export const revalidate = 30;

export function generateStaticParams(): { slug: string; pageSegment: string }[] {
  return [];
}

type Params = Promise<{ slug: string; pageSegment: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug, pageSegment } = await params;
  const [{ category, page }, t] = await Promise.all([resolveCategoryPage(slug, pageSegment), translator()]);
  // Each language's page is its own canonical address, as a thread page's.
  return { title: t("lists.titlePage", { name: category.name, page }), alternates: { canonical: localized(categoryPath(category, page)) } };
}

export default async function GuestCategoryLaterPage({ params }: { params: Params }) {
  const { slug, pageSegment } = await params;
  const { category, page } = await resolveCategoryPage(slug, pageSegment);
  return <CategoryPageView category={category} page={page} viewer={null} />;
}
