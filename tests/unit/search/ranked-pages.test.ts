// lib/search/ranked-pages.ts against an in-memory reader: for many shapes of
// results (tiers empty or not, many posts on one date, page sizes that do and
// do not divide the total), walking by "next" keys, by "previous" keys from
// the last page and jumping by number all give the reference order, and the
// keys of the pages two away are right.
import { describe, expect, it } from "vitest";
import { rankedSearch } from "@/lib/search/ranked-pages";
import type { RankedReader, SearchHit, SearchRequest } from "@/lib/search/search-engine";
import type { SearchQuery } from "@/lib/search/parse-query";

type Row = { id: number; tier: number; at: number };

/** `counted`: whether the reader counts its tiers (a real engine may leave some uncounted: null). */
function readerOf(rows: Row[], counted = true, reads: number[] = []): RankedReader {
  return {
    tiers: () => [0, 1, 2, 3, 4, 5],
    count: async (_db, _q, _f, limit) => Math.min(rows.length, limit + 1),
    tierSize: async (_db, _q, _f, tier) => (counted ? rows.filter((r) => r.tier === tier).length : null),
    readTier: async (_db, _q, _f, read) => {
      reads.push(read.tier);
      const forward = read.direction === "forward";
      const after = (r: Row) => {
        if (!read.from) return true;
        const c = read.from.createdAt.getTime();
        const cmp = r.at === c ? r.id - read.from.id : r.at - c;
        return forward ? cmp < 0 : cmp > 0;
      };
      return rows
        .filter((r) => r.tier === read.tier && after(r))
        .sort((a, b) => (forward ? b.at - a.at || b.id - a.id : a.at - b.at || a.id - b.id))
        .slice(0, read.limit)
        .map((r) => ({ id: r.id, createdAt: new Date(r.at) }));
    },
  };
}

/** A small deterministic generator (the same cases every run). */
function random(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const query = { terms: ["x"], foldedTerms: ["x"], text: "x", truncated: false } as unknown as SearchQuery;
const request = (perPage: number, extra: Partial<SearchRequest>): SearchRequest => ({ query, filters: { statuses: ["visible"] }, page: 1, perPage, ...extra });
const ids = (hits: SearchHit[]) => hits.map((h) => h.postId);

describe("rankedSearch", () => {
  it("gives one order by keys forward, keys backward and numbers, for many shapes", async () => {
    const next = random(42);
    for (let round = 0; round < 40; round++) {
      const count = Math.floor(next() * 60);
      const rows: Row[] = Array.from({ length: count }, (_, i) => ({ id: i + 1, tier: Math.floor(next() * 6) * (next() < 0.3 ? 0 : 1), at: 1_000 * Math.floor(next() * 6) }));
      const expected = [...rows].sort((a, b) => a.tier - b.tier || b.at - a.at || b.id - a.id).map((r) => r.id);
      const reader = readerOf(rows, round % 2 === 0);
      const perPage = 1 + Math.floor(next() * 7);
      const pages = Math.max(1, Math.ceil(count / perPage));

      const forward: number[] = [];
      let found = await rankedSearch(reader, null as never, request(perPage, {}), 1000);
      for (let p = 1; ; p++) {
        expect(found.page).toBe(p);
        forward.push(...ids(found.hits));
        if (found.around.after.length === 0) break;
        const following = await rankedSearch(reader, null as never, request(perPage, { page: p + 1, after: found.around.after[0] }), 1000);
        if (found.around.after[1]) {
          const twoAway = await rankedSearch(reader, null as never, request(perPage, { page: p + 2, after: found.around.after[1] }), 1000);
          expect(ids(twoAway.hits)).toEqual(expected.slice((p + 1) * perPage, (p + 2) * perPage));
        }
        found = following;
      }
      expect(forward).toEqual(expected);

      for (let p = 1; p <= pages; p++) expect(ids((await rankedSearch(reader, null as never, request(perPage, { page: p }), 1000)).hits)).toEqual(expected.slice((p - 1) * perPage, p * perPage));

      let at = await rankedSearch(reader, null as never, request(perPage, { page: pages }), 1000);
      const backward = [...ids(at.hits)];
      for (let p = pages - 1; p >= 1; p--) {
        expect(at.around.before.length).toBeGreaterThan(0);
        if (at.around.before[1]) {
          const twoBack = await rankedSearch(reader, null as never, request(perPage, { page: p - 1, before: at.around.before[1] }), 1000);
          expect(ids(twoBack.hits)).toEqual(expected.slice((p - 2) * perPage, (p - 1) * perPage));
        }
        at = await rankedSearch(reader, null as never, request(perPage, { page: p, before: at.around.before[0] }), 1000);
        expect(at.page).toBe(p);
        backward.unshift(...ids(at.hits));
      }
      expect(at.around.before).toEqual([]);
      expect(backward).toEqual(expected);
    }
  });

  it("never reads a tier counted as empty: the last page stops at the last tier that has results", async () => {
    // 45 results, all in tier 1 (a word typed with its accents: the lower tiers are empty).
    const rows: Row[] = Array.from({ length: 45 }, (_, i) => ({ id: i + 1, tier: 1, at: 1_000 * i }));
    const reads: number[] = [];
    const reader = readerOf(rows, true, reads);
    let found = await rankedSearch(reader, null as never, request(10, {}), 1000);
    while (found.around.after.length > 0) found = await rankedSearch(reader, null as never, request(10, { page: found.page + 1, after: found.around.after[0] }), 1000);
    expect(found.page).toBe(5);
    expect(ids(found.hits)).toEqual([5, 4, 3, 2, 1]);
    expect(new Set(reads)).toEqual(new Set([1]));
    // A reader that does not count still reads every tier, and gives the same pages.
    const uncounted: number[] = [];
    const last = await rankedSearch(readerOf(rows, false, uncounted), null as never, request(10, { page: 5 }), 1000);
    expect(ids(last.hits)).toEqual([5, 4, 3, 2, 1]);
    expect(new Set(uncounted)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });
});
