// XenForo-style page links: first, previous, a window of numbers, next, last.
// Plain links, so they work without JavaScript.
import Link from "next/link";
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
              <Link href={hrefFor(1)} aria-label={t("nav.firstPage")}>
                {t("nav.firstShort")}
              </Link>
            </li>
            <li>
              <Link href={hrefFor(current - 1)} rel="prev" aria-label={t("nav.prevPage")}>
                {t("nav.prevShort")}
              </Link>
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
                <Link href={hrefFor(p)} aria-label={t("nav.pageNumber", { page: p })}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {current < total ? (
          <>
            <li>
              <Link href={hrefFor(current + 1)} rel="next" aria-label={t("nav.nextPage")}>
                {t("nav.nextShort")}
              </Link>
            </li>
            <li>
              <Link href={hrefFor(total)} aria-label={t("nav.lastPage")}>
                {t("nav.lastShort")}
              </Link>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}
