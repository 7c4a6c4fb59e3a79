// XenForo-style page links: first, previous, a window of numbers, next, last.
// Plain links, so they work without JavaScript.
import Link from "next/link";

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

export function Pagination({ current, total, hrefFor, label = "Phân trang" }: Props) {
  if (total <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <span className="pagination__summary">
        Trang {current}/{total}
      </span>
      <ul>
        {current > 1 ? (
          <>
            <li>
              <Link href={hrefFor(1)} aria-label="Trang đầu">
                « Đầu
              </Link>
            </li>
            <li>
              <Link href={hrefFor(current - 1)} rel="prev" aria-label="Trang trước">
                ‹ Trước
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
                <Link href={hrefFor(p)} aria-label={`Trang ${p}`}>
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
        {current < total ? (
          <>
            <li>
              <Link href={hrefFor(current + 1)} rel="next" aria-label="Trang sau">
                Sau ›
              </Link>
            </li>
            <li>
              <Link href={hrefFor(total)} aria-label="Trang cuối">
                Cuối »
              </Link>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}
