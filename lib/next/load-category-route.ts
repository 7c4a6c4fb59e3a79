// Resolves a category URL (/categories/<slug>[/page-N]) to the category and
// page, for the members' pages and the guests' cached copies alike: unknown
// slugs and malformed pages 404, page-1 and pages past the end redirect to
// the canonical page (in the page's language: /en/… stays English).
import "server-only";
import { notFound, redirect } from "next/navigation";
import { categoryPageCount, parsePageSegment } from "@/lib/forum/category-pages";
import { getCategoryBySlug } from "@/lib/forum/list-threads";
import { localized } from "@/lib/i18n/server";
import { categoryPath } from "@/lib/urls";

export async function resolveCategoryPage(slug: string, pageSegment?: string) {
  const category = await getCategoryBySlug(slug);
  if (!category) notFound();
  if (pageSegment === undefined) return { category, page: 1 };
  if (pageSegment === "page-1") redirect(localized(categoryPath(category)));
  const page = parsePageSegment(pageSegment);
  if (page === null) notFound();
  const last = categoryPageCount(category.threadCount);
  if (page > last) redirect(localized(categoryPath(category, last)));
  return { category, page };
}
