// A result's rank key as it travels in a page link: "<tier>.<date in ms>.<id>"
// (?after=… for the next pages, ?before=… for the previous ones). Readable
// and short; anything else in the parameter is no key at all, and the page
// is then found by its number (lib/search/ranked-pages.ts).
import { MatchTier, type RankKey } from "./search-engine";

const TIERS = new Set<number>(Object.values(MatchTier));
const PATTERN = /^(\d)\.(\d{1,15})\.(\d{1,10})$/;

export function encodeRankKey(key: RankKey): string {
  return `${key.tier}.${key.createdAt.getTime()}.${key.id}`;
}

/** The key in a link, or undefined for anything malformed. */
export function decodeRankKey(value: string | undefined): RankKey | undefined {
  const match = value === undefined ? null : PATTERN.exec(value);
  if (!match) return undefined;
  const tier = Number(match[1]);
  const ms = Number(match[2]);
  const id = Number(match[3]);
  if (!TIERS.has(tier) || id < 1 || id > 2_147_483_647 || ms > 8.64e15) return undefined;
  return { tier: tier as MatchTier, createdAt: new Date(ms), id };
}
