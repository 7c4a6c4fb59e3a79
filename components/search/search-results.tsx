// What the search page says: the results (thread, author, date, snippet with
// the matched words marked), or a plain Vietnamese explanation of why there
// are none. Every outcome of any input lands here — never an error page.
import Link from "next/link";
import { HighlightedText } from "@/components/search/highlighted-text";
import { SearchPagination } from "@/components/search/search-pagination";
import { MAX_RESULTS, RESULTS_PER_PAGE, type SearchPageData, type SearchResult } from "@/lib/forum/search-posts";
import { formatDateTime, formatNumber } from "@/lib/format";
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, MIN_QUERY_CHARS } from "@/lib/search/parse-query";
import { memberPath, searchPath, threadPath } from "@/lib/urls";
import { SEARCH_PERIODS } from "@/lib/validation/search";

const STATUS_LABELS: Record<string, string> = { hidden: "Đã ẩn", pending: "Chờ duyệt", deleted: "Đã xóa" };

export function SearchResults({ data }: { data: SearchPageData }) {
  const { outcome } = data;
  return (
    <div className="search-results" aria-live="polite">
      {data.truncated ? (
        <p className="notice notice--warning">
          Từ khóa quá dài: chỉ {MAX_QUERY_TERMS} từ đầu tiên (tối đa {MAX_QUERY_CHARS} ký tự) được dùng để tìm.
        </p>
      ) : null}
      {data.threadMissing ? (
        <p className="notice notice--warning">Chủ đề bạn chọn không tồn tại; kết quả dưới đây lấy từ toàn diễn đàn.</p>
      ) : null}
      {outcome.kind === "prompt" ? (
        <p className="notice">
          Nhập từ khóa để tìm trong tiêu đề, bài viết và phản hồi. Không cần gõ dấu: <q>dau tu</q> cũng tìm thấy <q>đầu tư</q>.
        </p>
      ) : null}
      {outcome.kind === "problem" ? (
        <p className="notice notice--warning" data-testid="search-message">
          {outcome.problem === "too-short"
            ? `Từ khóa quá ngắn. Hãy nhập ít nhất ${MIN_QUERY_CHARS} chữ cái hoặc chữ số.`
            : "Từ khóa cần có ít nhất một chữ cái hoặc chữ số; các ký hiệu như \" * ( ) - : được bỏ qua."}
        </p>
      ) : null}
      {outcome.kind === "unknown-member" ? (
        <p className="notice notice--warning" data-testid="search-message">
          Không có thành viên nào có tên đăng nhập <q>{outcome.member}</q>. Hãy kiểm tra lại, hoặc{" "}
          <Link href={searchPath({ ...data.params, member: undefined, page: 1 })}>tìm của mọi thành viên</Link>.
        </p>
      ) : null}
      {outcome.kind === "results" ? <ResultList data={data} outcome={outcome} /> : null}
    </div>
  );
}

function ResultList({ data, outcome }: { data: SearchPageData; outcome: Extract<SearchPageData["outcome"], { kind: "results" }> }) {
  const { params } = data;
  const scope = [
    data.thread ? `trong chủ đề “${data.thread.title}”` : null,
    params.member ? `của thành viên ${params.member}` : null,
    params.period ? `trong ${SEARCH_PERIODS[params.period].label}` : null,
  ].filter(Boolean);
  const scopeText = scope.length ? ` ${scope.join(", ")}` : "";

  if (outcome.total === 0) {
    return (
      <div className="notice" data-testid="search-message">
        <p>
          Không tìm thấy kết quả nào cho <q>{data.queryText}</q>
          {scopeText}.
        </p>
        <p>Hãy thử ít từ hơn, từ khác{scope.length ? ", hoặc bỏ bớt bộ lọc" : ""}.</p>
      </div>
    );
  }
  if (outcome.results.length === 0) {
    return (
      <p className="notice" data-testid="search-message">
        Trang {formatNumber(outcome.page)} không có kết quả nào. <Link href={searchPath({ ...params, page: 1 })}>Về trang đầu</Link>.
      </p>
    );
  }
  return (
    <>
      <p className="search-summary" data-testid="search-summary">
        {outcome.totalIsLowerBound ? `Hơn ${formatNumber(outcome.total)}` : `Tìm thấy ${formatNumber(outcome.total)}`} kết quả cho{" "}
        <q>{data.queryText}</q>
        {scopeText}
        {outcome.pageCount > 1 ? ` · trang ${formatNumber(outcome.page)}/${formatNumber(outcome.pageCount)}` : ""}
      </p>
      <ol className="search-result-list" start={(outcome.page - 1) * RESULTS_PER_PAGE + 1}>
        {outcome.results.map((result) => (
          <ResultItem key={result.postId} result={result} />
        ))}
      </ol>
      {outcome.totalIsLowerBound && outcome.page === outcome.pageCount ? (
        <p className="notice">Chỉ hiển thị {formatNumber(MAX_RESULTS)} kết quả đầu tiên. Hãy thêm từ khóa hoặc bộ lọc để thu hẹp.</p>
      ) : null}
      <SearchPagination params={params} page={outcome.page} pageCount={outcome.pageCount} />
    </>
  );
}

function ResultItem({ result }: { result: SearchResult }) {
  const isOpening = result.number === 1;
  return (
    <li className="search-result" data-post-id={result.postId} data-thread-id={result.thread.id}>
      <h2 className="search-result__title">
        <Link href={result.href}>
          <HighlightedText segments={result.title} />
        </Link>
      </h2>
      <div className="search-result__meta">
        <span>{isOpening ? "Bài mở đầu" : `Phản hồi #${result.number - 1}`}</span>
        {" · "}
        <Link href={memberPath(result.author)}>{result.author.displayName}</Link>
        {" · "}
        <time dateTime={result.createdAt.toISOString()}>{formatDateTime(result.createdAt)}</time>
        {result.status !== "visible" ? <span className="badge badge--status"> {STATUS_LABELS[result.status] ?? result.status}</span> : null}
        {!isOpening ? (
          <>
            {" · "}
            <Link href={threadPath(result.thread)} className="search-result__thread">
              Mở chủ đề
            </Link>
          </>
        ) : null}
      </div>
      {result.snippet.length > 0 ? (
        <p className="search-result__snippet">
          <HighlightedText segments={result.snippet} />
        </p>
      ) : null}
    </li>
  );
}
