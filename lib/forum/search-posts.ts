// The search page's service: turns the query string into a search, applies
// the viewer's visibility (readers get visible posts only; staff may ask for
// the rest, and that permission is checked here, not just in the form), and
// returns everything the page shows — results with highlighted titles and
// snippets, totals, or the reason there are none. It never throws on input.
import "server-only";
import { db } from "@/lib/db";
import { canSearchHidden, canViewThread, type Viewer } from "@/lib/permissions";
import { searchEngine } from "@/lib/search";
import { buildSnippet, highlightText, type TextSegment } from "@/lib/search/highlight";
import { parseSearchQuery, type QueryProblem } from "@/lib/search/parse-query";
import { decodeRankKey, encodeRankKey } from "@/lib/search/rank-key";
import { searchDocumentFor } from "@/lib/search/search-document";
import { ALL_STATUSES, PUBLIC_STATUSES, type MatchTier, type PostStatus } from "@/lib/search/search-engine";
import { postPath } from "@/lib/urls";
import { SEARCH_PERIODS, type SearchParams } from "@/lib/validation/search";

export const RESULTS_PER_PAGE = 20;
/**
 * Matches counted at most ("Hơn 1.000 kết quả" beyond): counting a common
 * word's every match would cost more than the page. Results are not capped:
 * pages go on by key past it ("Trang sau"), and the page says the count
 * stopped and how to narrow the search.
 */
export const MAX_RESULTS = 1000;
/** The last page whose number is known from the count (when the count did not stop). */
export const MAX_PAGE = MAX_RESULTS / RESULTS_PER_PAGE;
export { MAX_JUMP_PAGE } from "@/lib/search/ranked-pages";

/** A page link: the page number shown and the key it reads from (none: found by number). */
export type SearchPageLink = { page: number; after?: string; before?: string };

export type SearchResult = {
  postId: number;
  number: number;
  status: PostStatus;
  createdAt: Date;
  href: string;
  tier: MatchTier;
  thread: { id: number; slug: string; title: string };
  author: { username: string; displayName: string };
  title: TextSegment[];
  snippet: TextSegment[];
};

export type SearchOutcome =
  | { kind: "prompt" }
  | { kind: "problem"; problem: Exclude<QueryProblem, "empty"> }
  | { kind: "unknown-member"; member: string }
  | {
      kind: "results";
      results: SearchResult[];
      total: number;
      totalIsLowerBound: boolean;
      page: number;
      /** Pages known from the count (at least; more when the count stopped). */
      pageCount: number;
      /** Links to the pages around this one (two each side), by key. */
      links: SearchPageLink[];
      /** Whether there is a page after this one. */
      hasNext: boolean;
    };

export type SearchPageData = {
  params: SearchParams;
  /** The query as it was used (cut to length), for the form and headings. */
  queryText: string;
  truncated: boolean;
  thread: { id: number; slug: string; title: string } | null;
  /** A thread filter named a thread that does not exist (the search ran forum-wide). */
  threadMissing: boolean;
  canIncludeHidden: boolean;
  includeHidden: boolean;
  outcome: SearchOutcome;
};

export async function searchForum(viewer: Viewer | null, input: SearchParams, now: Date = new Date()): Promise<SearchPageData> {
  // The keys are for this page only; links the page makes from params never carry them.
  const { after: afterText, before: beforeText, ...rest } = input;
  const params: SearchParams = rest;
  const after = decodeRankKey(afterText);
  const before = after ? undefined : decodeRankKey(beforeText);
  const canIncludeHidden = canSearchHidden(viewer);
  const includeHidden = params.hidden && canIncludeHidden;
  const named = params.thread
    ? await db.thread.findUnique({ where: { id: params.thread }, select: { id: true, slug: true, title: true, status: true, authorId: true } })
    : null;
  // The filter names the thread: one held for approval is "missing" to those who may not see it.
  const thread = named && canViewThread(viewer, named) ? { id: named.id, slug: named.slug, title: named.title } : null;
  const parsed = parseSearchQuery(params.q);
  const base = {
    params,
    queryText: parsed.ok ? parsed.query.text : parsed.text,
    truncated: parsed.ok && parsed.query.truncated,
    thread,
    threadMissing: params.thread !== undefined && !thread,
    canIncludeHidden,
    includeHidden,
  };
  if (!parsed.ok) {
    return { ...base, outcome: parsed.problem === "empty" ? { kind: "prompt" } : { kind: "problem", problem: parsed.problem } };
  }

  let authorId: number | undefined;
  if (params.member) {
    const member = await db.user.findUnique({ where: { usernameKey: params.member.toLowerCase() }, select: { id: true } });
    if (!member) return { ...base, outcome: { kind: "unknown-member", member: params.member } };
    authorId = member.id;
  }

  const query = parsed.query;
  const found = await searchEngine.search(
    db,
    {
      query,
      filters: {
        statuses: includeHidden ? ALL_STATUSES : PUBLIC_STATUSES,
        visibleThreadsOnly: !includeHidden,
        threadId: thread?.id,
        authorId,
        since: params.period ? new Date(now.getTime() - SEARCH_PERIODS[params.period].days * 86_400_000) : undefined,
      },
      page: params.page,
      perPage: RESULTS_PER_PAGE,
      after,
      before,
    },
    MAX_RESULTS,
  );
  // Past the last page there are no results: the page says so rather than showing another page's.
  const hits = found.hits;
  const posts = await db.post.findMany({
    where: { id: { in: hits.map((h) => h.postId) } },
    select: {
      id: true,
      number: true,
      status: true,
      createdAt: true,
      format: true,
      source: true,
      html: true,
      author: { select: { username: true, displayName: true } },
      thread: { select: { id: true, slug: true, title: true, lead: true } },
    },
  });
  const byId = new Map(posts.map((p) => [p.id, p]));
  const results: SearchResult[] = hits.flatMap((hit) => {
    const post = byId.get(hit.postId);
    // A post purged between the two queries is simply left out.
    if (!post) return [];
    return [
      {
        postId: post.id,
        number: post.number,
        status: post.status as PostStatus,
        createdAt: post.createdAt,
        href: postPath(post),
        tier: hit.tier,
        thread: { id: post.thread.id, slug: post.thread.slug, title: post.thread.title },
        author: post.author,
        title: highlightText(post.thread.title, query.foldedTerms),
        snippet: buildSnippet(searchDocumentFor(post).body, query.foldedTerms),
      },
    ];
  });

  return {
    ...base,
    outcome: {
      kind: "results",
      results,
      total: found.total,
      totalIsLowerBound: found.totalIsLowerBound,
      page: found.page,
      pageCount: found.totalIsLowerBound
        ? Math.max(Math.ceil(found.total / RESULTS_PER_PAGE), found.page + found.around.after.length)
        : Math.ceil(found.total / RESULTS_PER_PAGE),
      links: [
        ...found.around.before.map((key, i) => ({ page: found.page - 1 - i, before: encodeRankKey(key) })),
        ...found.around.after.map((key, i) => ({ page: found.page + 1 + i, after: encodeRankKey(key) })),
      ],
      hasNext: found.around.after.length > 0,
    },
  };
}
