/**
 * Turns what a reader typed into the search box into plain words.
 *
 * Nothing the reader types is ever passed to the full-text engine as syntax:
 * the query is cut into words (runs of letters, digits and combining marks) and
 * everything else — quotes, `*`, brackets, `-`, `:`, `^`, `+` — is a separator.
 * Operator words (NEAR, AND, OR, NOT) stay ordinary words; the engine quotes
 * every word it receives. Each word is kept twice: as typed (NFC, lower-case)
 * for matching with the reader's exact accents, and folded (no tone or vowel
 * marks, đ → d) for matching without them.
 */
import { foldVietnamese } from "@/lib/slug";

/** Characters of the query that are read; the rest is ignored (with a notice). */
export const MAX_QUERY_CHARS = 200;
/** Words that are searched for; later words are ignored (with a notice). */
export const MAX_QUERY_TERMS = 8;
/** A query needs at least this many letters or digits in all. */
export const MIN_QUERY_CHARS = 2;

// A word starts with a letter or digit and may carry combining marks (input
// typed in decomposed Unicode, or letters with no precomposed form).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

export type SearchQuery = {
  /** The query as it will be shown back to the reader (NFC, trimmed, cut to length). */
  text: string;
  /** Words as typed: NFC, lower-case, accents kept. */
  terms: string[];
  /** The same words folded: lower-case, no diacritics, đ → d. */
  foldedTerms: string[];
  /** Part of the query was left out (too many characters or words). */
  truncated: boolean;
};

export type QueryProblem = "empty" | "no-words" | "too-short";

export type ParsedQuery = { ok: true; query: SearchQuery } | { ok: false; problem: QueryProblem; text: string };

export function parseSearchQuery(raw: unknown): ParsedQuery {
  const full = (typeof raw === "string" ? raw : "").normalize("NFC").replace(/\s+/g, " ").trim();
  let text = full;
  let truncated = false;
  if (Array.from(text).length > MAX_QUERY_CHARS) {
    text = cutAtWordBoundary(text, MAX_QUERY_CHARS);
    truncated = true;
  }
  if (text === "") return { ok: false, problem: "empty", text };

  let terms = (text.match(WORD) ?? []).map((word) => word.toLowerCase());
  if (terms.length === 0) return { ok: false, problem: "no-words", text };
  if (terms.length > MAX_QUERY_TERMS) {
    terms = terms.slice(0, MAX_QUERY_TERMS);
    truncated = true;
  }
  // Letters, not code units or words: "ý" alone is too short, "ý kiến" is not.
  const letters = terms.reduce((n, term) => n + [...foldVietnamese(term)].length, 0);
  if (letters < MIN_QUERY_CHARS) return { ok: false, problem: "too-short", text };

  return { ok: true, query: { text, terms, foldedTerms: terms.map(foldVietnamese), truncated } };
}

/** Splits indexed text into words exactly as queries are split. */
export function splitWords(text: string): { word: string; index: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index }));
}

function cutAtWordBoundary(text: string, limit: number): string {
  // By code points, so an emoji or other astral character is never cut in half.
  const head = Array.from(text).slice(0, limit).join("");
  const lastSpace = head.lastIndexOf(" ");
  return (lastSpace > limit / 2 ? head.slice(0, lastSpace) : head).trim();
}
