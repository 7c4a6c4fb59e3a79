// Checks a post's text against the administrators' word filter (the list is
// managed in lib/moderation/word-filter.ts). Phrases and text are compared
// folded (lower case, no diacritics, đ→d), so "đồ ngốc", "do ngoc" and
// "ĐỒ NGỐC" all match; a phrase matches whole words only, so "ngu" does not
// catch "nguyên".
import "server-only";
import { db } from "@/lib/db";
import { foldVietnamese } from "@/lib/slug";

export type FilterVerdict = { action: "refuse" | "queue"; phrase: string } | null;

type Rule = { phrase: string; phraseKey: string; action: string };

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The strictest rule the text breaks: refusing beats queueing. */
export function matchWordFilter(text: string, rules: Rule[]): FilterVerdict {
  const folded = foldVietnamese(text.normalize("NFC"));
  let verdict: FilterVerdict = null;
  for (const rule of rules) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(rule.phraseKey).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`, "u");
    if (!pattern.test(folded)) continue;
    if (rule.action === "refuse") return { action: "refuse", phrase: rule.phrase };
    verdict ??= { action: "queue", phrase: rule.phrase };
  }
  return verdict;
}

export async function checkWordFilter(text: string): Promise<FilterVerdict> {
  const rules = await db.wordFilter.findMany({ select: { phrase: true, phraseKey: true, action: true } });
  return rules.length ? matchWordFilter(text, rules) : null;
}
