// What the search page says: the results (thread, author, date, snippet with
// the matched words marked), or a plain explanation of why there are none.
// Every outcome of any input lands here — never an error page.
import Link from "next/link";
import { HighlightedText } from "@/components/search/highlighted-text";
import { SearchPagination } from "@/components/search/search-pagination";
import { RESULTS_PER_PAGE, type SearchPageData, type SearchResult } from "@/lib/forum/search-posts";
import { formatDateTime, formatNumber } from "@/lib/format";
import { localized, translator } from "@/lib/i18n/server";
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, MIN_QUERY_CHARS } from "@/lib/search/parse-query";
import { memberPath, searchPath, threadPath } from "@/lib/urls";

type Translator = Awaited<ReturnType<typeof translator>>;
type Results = Extract<SearchPageData["outcome"], { kind: "results" }>;

const quote = (chunks: React.ReactNode) => <q>{chunks}</q>;

export async function SearchResults({ data }: { data: SearchPageData }) {
  const t = await translator();
  const { outcome } = data;
  return (
    <div className="search-results" aria-live="polite">
      {data.truncated ? <p className="notice notice--warning">{t("search.truncated", { terms: MAX_QUERY_TERMS, chars: MAX_QUERY_CHARS })}</p> : null}
      {data.threadMissing ? <p className="notice notice--warning">{t("search.threadMissing")}</p> : null}
      {outcome.kind === "prompt" ? <p className="notice">{t.rich("search.prompt", { q: quote })}</p> : null}
      {outcome.kind === "problem" ? (
        <p className="notice notice--warning" data-testid="search-message">
          {outcome.problem === "too-short" ? t("search.tooShort", { min: MIN_QUERY_CHARS }) : t("search.noLetters")}
        </p>
      ) : null}
      {outcome.kind === "unknown-member" ? (
        <p className="notice notice--warning" data-testid="search-message">
          {t.rich("search.unknownMember", {
            member: outcome.member,
            q: quote,
            link: (chunks) => <Link href={localized(searchPath({ ...data.params, member: undefined, page: 1 }))}>{chunks}</Link>,
          })}
        </p>
      ) : null}
      {outcome.kind === "results" ? <ResultList data={data} outcome={outcome} t={t} /> : null}
    </div>
  );
}

/** " trong chủ đề “…”, của thành viên …, trong 7 ngày qua": what narrowed the search, or "". */
function scopeText(data: SearchPageData, t: Translator): { text: string; any: boolean } {
  const { params } = data;
  const period = params.period === "7d" ? t("search.scope7d") : params.period === "30d" ? t("search.scope30d") : params.period === "1y" ? t("search.scope1y") : null;
  const parts = [data.thread ? t("search.scopeThread", { title: data.thread.title }) : null, params.member ? t("search.scopeMember", { member: params.member }) : null, period].filter(
    (part): part is string => part !== null,
  );
  return { text: parts.length ? ` ${parts.join(", ")}` : "", any: parts.length > 0 };
}

function ResultList({ data, outcome, t }: { data: SearchPageData; outcome: Results; t: Translator }) {
  const { params } = data;
  const scope = scopeText(data, t);

  if (outcome.total === 0) {
    return (
      <div className="notice" data-testid="search-message">
        <p>{t.rich("search.noResults", { query: data.queryText, scope: scope.text, q: quote })}</p>
        <p>{scope.any ? t("search.tryOtherOrFilters") : t("search.tryOther")}</p>
      </div>
    );
  }
  if (outcome.results.length === 0) {
    return (
      <p className="notice" data-testid="search-message">
        {t.rich("search.pageEmpty", {
          page: formatNumber(outcome.page),
          link: (chunks) => <Link href={localized(searchPath({ ...params, page: 1 }))}>{chunks}</Link>,
        })}
      </p>
    );
  }
  const exact = !outcome.totalIsLowerBound;
  const summaryPage = exact
    ? outcome.pageCount > 1
      ? t("search.summaryPage", { page: formatNumber(outcome.page), pages: formatNumber(outcome.pageCount) })
      : ""
    : t("search.summaryPageMore", { page: formatNumber(outcome.page) });
  const summary = { count: outcome.total, query: data.queryText, scope: scope.text, q: quote };
  return (
    <>
      <p className="search-summary" data-testid="search-summary">
        {exact ? t.rich("search.found", summary) : t.rich("search.foundMore", summary)}
        {summaryPage}
      </p>
      <ol className="search-result-list" start={(outcome.page - 1) * RESULTS_PER_PAGE + 1}>
        {outcome.results.map((result) => (
          <ResultItem key={result.postId} result={result} t={t} />
        ))}
      </ol>
      {exact ? null : (
        <p className="notice search-more" data-testid="search-more">
          {t("search.moreResults", { count: outcome.total })}
        </p>
      )}
      <SearchPagination params={params} page={outcome.page} pageCount={outcome.pageCount} exact={exact} links={outcome.links} hasNext={outcome.hasNext} />
    </>
  );
}

function statusLabel(status: string, t: Translator): string {
  if (status === "hidden") return t("search.statusHidden");
  if (status === "pending") return t("search.statusPending");
  if (status === "deleted") return t("search.statusDeleted");
  return status;
}

function ResultItem({ result, t }: { result: SearchResult; t: Translator }) {
  const isOpening = result.number === 1;
  return (
    <li className="search-result" data-post-id={result.postId} data-thread-id={result.thread.id}>
      <h2 className="search-result__title">
        <Link href={localized(result.href)}>
          <HighlightedText segments={result.title} />
        </Link>
      </h2>
      <div className="search-result__meta">
        <span>{isOpening ? t("search.openingPost") : t("search.replyNumber", { number: String(result.number - 1) })}</span>
        {" · "}
        <Link href={localized(memberPath(result.author))}>{result.author.displayName}</Link>
        {" · "}
        <time dateTime={result.createdAt.toISOString()}>{formatDateTime(result.createdAt)}</time>
        {result.status !== "visible" ? <span className="badge badge--status"> {statusLabel(result.status, t)}</span> : null}
        {!isOpening ? (
          <>
            {" · "}
            <Link href={localized(threadPath(result.thread))} className="search-result__thread">
              {t("search.openThread")}
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
