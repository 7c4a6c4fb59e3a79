// /search?q=…&thread=…&member=…&period=…&hidden=1&page=…[&after=…|&before=…]:
// server-rendered, a plain GET form, so it works without JavaScript. Any
// query string answers with results or a message, never an error page.
import type { Metadata } from "next";
import { NewestPosts } from "@/components/newest-posts";
import { getCachedNewestPosts } from "@/lib/next/cached-thread";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import "@/components/search/search.css";
import { searchForum } from "@/lib/forum/search-posts";
import { translator } from "@/lib/i18n/server";
import { getViewer } from "@/lib/next/session";
import { parseSearchParams } from "@/lib/validation/search";

type SearchParamsInput = Promise<Record<string, string | string[] | undefined>>;

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: SearchParamsInput }): Promise<Metadata> {
  const t = await translator();
  const { q } = parseSearchParams(await searchParams);
  const shown = Array.from(q).slice(0, 60).join("");
  return {
    title: shown ? t("search.metaTitleQuery", { query: shown }) : t("search.heading"),
    // Result pages are endless combinations of queries: not for search engines.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: { searchParams: SearchParamsInput }) {
  const t = await translator();
  const params = parseSearchParams(await searchParams);
  const data = await searchForum(await getViewer(), params);
  return (
    <div className="layout">
      <main className="content">
        <h1 className="page-title">{t("search.heading")}</h1>
        <SearchForm data={data} />
        <SearchResults data={data} />
      </main>
      <aside className="sidebar" aria-label={t("search.sidebar")}>
        <NewestPosts posts={await getCachedNewestPosts()} />
      </aside>
    </div>
  );
}
