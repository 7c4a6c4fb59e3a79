// XenForo-style page links: first, previous, a window of numbers, next, last.
// Plain <a> links, not next/link: each page is a whole document that the
// guest fast path answers from memory (a client navigation fetches the RSC
// payload instead, rendered by Next.js each time), and a client navigation
// between pages sometimes never finished under load (as on the search pager).
import { localized, translator } from "@/lib/i18n/server";

type Props = { current: number; total: number; hrefFor: (page: number) => string; label?: string };

/** The page numbers to show: the first, the last, and two either side of the current one. */
export function pageWindow(current: number, total: number): (number | "gap")[] {
  const pages = new Set([1, total]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= total) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

export async function Pagination({ current, total, hrefFor: hrefOf, label }: Props) {
  if (total <= 1) return null;
  const t = await translator();
  // Every page link keeps the page's language.
  const hrefFor = (page: number) => localized(hrefOf(page));
  return (
    <nav className="pagination" aria-label={label ?? t("nav.pagination")}>
      <span className="pagination__summary">
        {t("nav.pageOf", { current, total })}
      </span>
      <ul>
        {current > 1 ? (
          <>
            <li>
              <a href={hrefFor(1)} aria-label={t("nav.firstPage")}>
                {t("nav.firstShort")}
              </a>
            </li>
            <li>
              <a href={hrefFor(current - 1)} rel="prev" aria-label={t("nav.prevPage")}>
                {t("nav.prevShort")}
              </a>
            </li>
          </>
        ) : null}
        {pageWindow(current, total).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} className="pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === current ? (
                <span aria-current="page" className="pagination__current">
                  {p}
                </span>
              ) : (
                <a href={hrefFor(p)} aria-label={t("nav.pageNumber", { page: p })}>
                  {p}
                </a>
              )}
            </li>
          ),
        )}
        {current < total ? (
          <>
            <li>
              <a href={hrefFor(current + 1)} rel="next" aria-label={t("nav.nextPage")}>
                {t("nav.nextShort")}
              </a>
            </li>
            <li>
              <a href={hrefFor(total)} aria-label={t("nav.lastPage")}>
                {t("nav.lastShort")}
              </a>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}
