// The guests' first page of a category, served from the server cache (a
// rewrite in next.config.mjs sends /categories/<slug> here without a session
// cookie and without ?page=, which the members' route turns into a redirect).
import type { Metadata } from "next";
import { CategoryPageView } from "@/components/lists/category-page-view";
import { resolveCategoryPage } from "@/lib/next/load-category-route";

export const revalidate = 30;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { category } = await resolveCategoryPage((await params).slug);
  return { title: category.name, description: category.description ?? undefined };
}

export default async function GuestCategoryPage({ params }: { params: Params }) {
  const { category } = await resolveCategoryPage((await params).slug);
  return <CategoryPageView category={category} page={1} viewer={null} />;
}
