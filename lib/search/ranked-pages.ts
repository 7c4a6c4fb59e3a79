// Pages of ranked results by key, for both engines. The order is tier
// (MatchTier, best first), then date (newest first), then id; a page link
// carries the key of the result it continues from (lib/search/search-engine.ts
// RankKey), so page N + 1 is read from that key — no offset, whatever N is.
// Each engine only reads one tier from a point in either direction
// (RankedReader.readTier); putting the tiers together is done here, once.
//
// What a page costs: this page (perPage rows), then the rows just before it
// and just after it that give the keys of the two pages either side (the
// XenForo window of links) — about three pages of rows, on page 1 as on page
// 5 000, and on the last page: a tier the engine counts as empty is skipped
// (RankedReader.tierSize), not read to its end. Only the page jump (a page
// number without a key) reads the pages before the one asked for, and goes no
// deeper than MAX_JUMP_PAGE.
import type { MatchTier, RankedReader, RankKey, SearchDb, SearchHit, SearchHits, SearchMemo, SearchRequest } from "./search-engine";

/** Pages either side of the current one whose links carry their key. */
export const LINKED_AROUND = 2;
/**
 * The page jump (a page number alone, as the "Đến trang" form sends) reads
 * every result before the page: at most this many pages of them. Further
 * pages are reached by "Trang sau", from a key, at the cost of any page.
 */
export const MAX_JUMP_PAGE = 1000;

const keyOf = (hit: SearchHit): RankKey => ({ tier: hit.tier, createdAt: hit.createdAt, id: hit.postId });

/** Each tier's size, counted once per search: the page and the links around it read the same tiers. */
type TierSizes = { tiers: Map<MatchTier, number | null>; memo: SearchMemo };

async function sizeOf(reader: RankedReader, db: SearchDb, request: SearchRequest, sizes: TierSizes, tier: MatchTier): Promise<number | null> {
  if (!sizes.tiers.has(tier)) sizes.tiers.set(tier, await reader.tierSize(db, request.query, request.filters, tier, sizes.memo));
  return sizes.tiers.get(tier)!;
}

/** Up to `limit` results from `start` (exclusive; null: the very beginning or end), tier by tier. */
async function readFrom(
  reader: RankedReader,
  db: SearchDb,
  request: SearchRequest,
  sizes: TierSizes,
  start: RankKey | null,
  direction: "forward" | "backward",
  limit: number,
): Promise<SearchHit[]> {
  const tiers = reader.tiers(request.query);
  const ordered = direction === "forward" ? tiers : [...tiers].reverse();
  const out: SearchHit[] = [];
  for (const tier of ordered) {
    if (out.length >= limit) break;
    // Tiers on the far side of the start are not read at all.
    if (start && (direction === "forward" ? tier < start.tier : tier > start.tier)) continue;
    const size = await sizeOf(reader, db, request, sizes, tier);
    if (size === 0) continue;
    const from = start && tier === start.tier ? { createdAt: start.createdAt, id: start.id } : undefined;
    const rows = await reader.readTier(db, request.query, request.filters, { tier, direction, from, limit: limit - out.length, size });
    for (const row of rows) out.push({ postId: row.id, tier, createdAt: row.createdAt });
  }
  return out;
}

export async function rankedSearch(reader: RankedReader, db: SearchDb, request: SearchRequest, countLimit: number): Promise<SearchHits> {
  const counted = await reader.count(db, request.query, request.filters, countLimit);
  const total = Math.min(counted, countLimit);
  const totalIsLowerBound = counted > countLimit;
  const per = request.perPage;
  let page = request.page;
  const none = (at: number): SearchHits => ({ hits: [], page: at, around: { before: [], after: [] }, total, totalIsLowerBound });
  if (counted === 0) return none(page);
  const sizes: TierSizes = { tiers: new Map(), memo: new Map() };

  let hits: SearchHit[];
  if (request.after) {
    hits = await readFrom(reader, db, request, sizes, request.after, "forward", per);
  } else if (request.before) {
    hits = (await readFrom(reader, db, request, sizes, request.before, "backward", per)).reverse();
    // Fewer than a page before the key: the beginning was reached (results
    // were added or removed since the link was made), which is page 1.
    if (hits.length < per) {
      page = 1;
      hits = await readFrom(reader, db, request, sizes, null, "forward", per);
    }
  } else {
    if (!totalIsLowerBound && (page - 1) * per >= total) return none(page);
    page = Math.min(page, MAX_JUMP_PAGE);
    hits = (await readFrom(reader, db, request, sizes, null, "forward", page * per)).slice((page - 1) * per);
  }
  if (hits.length === 0) return none(page);

  // The keys of the pages around: page − k ends just before the first result
  // of page − k + 1, page + k starts just after the last of page + k − 1.
  const span = (LINKED_AROUND - 1) * per + 1;
  const atStart = page === 1 && !request.after && !request.before;
  const earlier = atStart ? [] : await readFrom(reader, db, request, sizes, keyOf(hits[0]), "backward", span);
  if (earlier.length === 0) page = 1;
  else if (page === 1) page = 1 + Math.ceil(earlier.length / per);
  const later = hits.length < per ? [] : await readFrom(reader, db, request, sizes, keyOf(hits[hits.length - 1]), "forward", span);
  const before: RankKey[] = [];
  const after: RankKey[] = [];
  for (let k = 1; k <= LINKED_AROUND; k++) {
    if (earlier.length > (k - 1) * per && page - k >= 1) before.push(k === 1 ? keyOf(hits[0]) : keyOf(earlier[(k - 1) * per - 1]));
    if (later.length > (k - 1) * per) after.push(k === 1 ? keyOf(hits[hits.length - 1]) : keyOf(later[(k - 1) * per - 1]));
  }
  return { hits, page, around: { before, after }, total, totalIsLowerBound };
}
