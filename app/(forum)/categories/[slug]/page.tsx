// A category's first page of threads for members (guests get the cached copy,
// app/guest-view/categories/[slug]). "?page=N" (the page jump, without
// JavaScript) redirects to the canonical /page-N address, for guests too.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { CategoryPageView } from "@/components/lists/category-page-view";
import { categoryPageCount } from "@/lib/forum/category-pages";
import { getCategoryBySlug } from "@/lib/forum/list-threads";
import { getViewer } from "@/lib/next/session";
import { localized } from "@/lib/i18n/server";
import { categoryPath } from "@/lib/urls";

type Params = { slug: string };
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const category = await getCategoryBySlug((await params).slug);
  return category ? { title: category.name, description: category.description ?? undefined } : {};
}

export default async function CategoryPage({ params, searchParams }: { params: Promise<Params>; searchParams: Search }) {
  const category = await getCategoryBySlug((await params).slug);
  if (!category) notFound();
  const asked = (await searchParams).page;
  if (asked !== undefined) {
    // A page number out of range goes to the nearest page; anything else to page 1.
    const n = Math.trunc(Number(Array.isArray(asked) ? asked[0] : asked));
    const page = Number.isFinite(n) ? Math.min(Math.max(n, 1), categoryPageCount(category.threadCount)) : 1;
    redirect(localized(categoryPath(category, page)));
  }
  return <CategoryPageView category={category} page={1} viewer={await getViewer()} />;
}
