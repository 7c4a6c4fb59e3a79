// Page links for search results: ordinary links, so paging works without
// JavaScript. Shows the first and last pages and two on each side of this one.
import Link from "next/link";
import { searchPath } from "@/lib/urls";
import type { SearchParams } from "@/lib/validation/search";

function pagesToShow(page: number, count: number): (number | "gap")[] {
  const shown = new Set([1, count, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= count));
  const sorted = [...shown].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1] > 1 ? ["gap" as const, p] : [p]));
}

export function SearchPagination({ params, page, pageCount }: { params: SearchParams; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => searchPath({ ...params, page: p });
  return (
    <nav className="pagination" aria-label="Trang kết quả">
      <ul>
        {page > 1 ? (
          <li>
            <Link href={href(Math.min(page - 1, pageCount))} rel="prev">
              ‹ Trang trước
            </Link>
          </li>
        ) : null}
        {pagesToShow(page, pageCount).map((p, i) =>
          p === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page ? (
                <span aria-current="page">{p}</span>
              ) : (
                <Link href={href(p)} aria-label={`Trang ${p}`}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next">
              Trang sau ›
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
