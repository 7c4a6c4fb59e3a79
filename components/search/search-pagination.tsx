// Page links for search results, XenForo's (first, previous, a window of
// numbers, next, last — the markup of components/thread/pagination.tsx) with
// "Đến trang" beside them. Ordinary links and a GET form, so paging works
// without JavaScript. A link to a neighbouring page carries the key it reads
// from (?after= / ?before=, lib/search/rank-key.ts), so page 5 000 costs
// what page 2 does; the first page needs none, and the last page and the
// jump are found by number (lib/search/ranked-pages.ts).
// Plain <a>, not next/link: with JavaScript, a client navigation between two
// result pages (same route, only the query changing) sometimes never ended
// in the search journey (the URL stayed, 1 run in 3, on a loaded machine);
// a whole page load is what every result page costs anyway (rendered per
// request), and it is the same with and without JavaScript.
import type { SearchPageLink } from "@/lib/forum/search-posts";
import { MAX_JUMP_PAGE } from "@/lib/forum/search-posts";
import { formatNumber } from "@/lib/format";
import { localized, translator } from "@/lib/i18n/server";
import { searchPath } from "@/lib/urls";
import type { SearchParams } from "@/lib/validation/search";

type Props = {
  params: SearchParams;
  page: number;
  /** Pages known; with `exact` false there may be more. */
  pageCount: number;
  exact: boolean;
  links: SearchPageLink[];
  hasNext: boolean;
};

export async function SearchPagination({ params, page, pageCount, exact, links, hasNext }: Props) {
  if (page === 1 && !hasNext) return null;
  const t = await translator();
  const href = (link: SearchPageLink) => localized(searchPath({ ...params, page: link.page, after: link.after, before: link.before }));
  // Page 1 and, when the count is exact, the last page are reached by number.
  const byPage = new Map<number, SearchPageLink>(links.map((link) => [link.page, link]));
  byPage.set(1, { page: 1 });
  const last = exact ? pageCount : null;
  if (last !== null && !byPage.has(last)) byPage.set(last, { page: last });
  byPage.set(page, { page });
  const numbers = [...byPage.keys()].sort((a, b) => a - b);
  const previous = page > 1 ? (page === 2 ? { page: 1 } : byPage.get(page - 1)) : undefined;
  const next = hasNext ? byPage.get(page + 1) : undefined;
  // The jump goes by number: as far as the count knows, or MAX_JUMP_PAGE.
  const jumpMax = exact ? pageCount : MAX_JUMP_PAGE;
  return (
    <div className="search-pager">
      <nav className="pagination" aria-label={t("search.pagesLabel")}>
        <span className="pagination__summary">
          {exact ? t("nav.pageOf", { current: formatNumber(page), total: formatNumber(pageCount) }) : t("search.pageOfMore", { current: formatNumber(page) })}
        </span>
        <ul>
          {page > 1 ? (
            <li>
              <a href={href({ page: 1 })} aria-label={t("nav.firstPage")}>
                {t("nav.firstShort")}
              </a>
            </li>
          ) : null}
          {previous ? (
            <li>
              <a href={href(previous)} rel="prev" aria-label={t("nav.prevPage")}>
                {t("nav.prevShort")}
              </a>
            </li>
          ) : null}
          {numbers.map((p, i) => (
            <PageItem key={p} gapBefore={i > 0 && p - numbers[i - 1] > 1}>
              {p === page ? (
                <span aria-current="page" className="pagination__current">
                  {formatNumber(p)}
                </span>
              ) : (
                <a href={href(byPage.get(p)!)} aria-label={t("nav.pageNumber", { page: formatNumber(p) })}>
                  {formatNumber(p)}
                </a>
              )}
            </PageItem>
          ))}
          {!exact && hasNext ? (
            <li className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : null}
          {next ? (
            <li>
              <a href={href(next)} rel="next" aria-label={t("nav.nextPage")}>
                {t("nav.nextShort")}
              </a>
            </li>
          ) : null}
          {last !== null && page < last ? (
            <li>
              <a href={href({ page: last })} aria-label={t("nav.lastPage")}>
                {t("nav.lastShort")}
              </a>
            </li>
          ) : null}
        </ul>
      </nav>
      <form method="get" action={localized("/search")} className="page-jump">
        {params.q ? <input type="hidden" name="q" value={params.q} /> : null}
        {params.thread ? <input type="hidden" name="thread" value={params.thread} /> : null}
        {params.member ? <input type="hidden" name="member" value={params.member} /> : null}
        {params.period ? <input type="hidden" name="period" value={params.period} /> : null}
        {params.hidden ? <input type="hidden" name="hidden" value="1" /> : null}
        <label htmlFor="search-page-jump">{t("search.jumpLabel")}</label>
        <input id="search-page-jump" type="number" name="page" min={1} max={jumpMax} defaultValue={Math.min(page, jumpMax)} inputMode="numeric" required />
        <button type="submit" className="button button--small">
          {t("search.jumpGo")}
        </button>
      </form>
    </div>
  );
}

function PageItem({ gapBefore, children }: { gapBefore: boolean; children: React.ReactNode }) {
  return (
    <>
      {gapBefore ? (
        <li className="pagination__gap" aria-hidden="true">
          …
        </li>
      ) : null}
      <li>{children}</li>
    </>
  );
}
