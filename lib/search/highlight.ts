/**
 * Snippets and highlighted titles for search results.
 *
 * The result is a list of text segments, some flagged as matches, never HTML:
 * the page renders each segment as text (escaped by React) and wraps the
 * matches in its own <mark>, so nothing a member wrote can become markup.
 * A word matches when its folded form equals a folded query word, so `dau tu`
 * highlights "đầu tư" just as the search found it.
 */
import { foldVietnamese } from "@/lib/slug";
import { splitWords } from "./parse-query";

export type TextSegment = { text: string; match: boolean };

export const SNIPPET_CHARS = 240;
/** How much of the snippet comes before the match, so it reads in context. */
const LEAD_IN_SHARE = 0.25;

/** The whole text, with every word that matches a query word flagged. */
export function highlightText(text: string, foldedTerms: string[]): TextSegment[] {
  const clean = text.normalize("NFC").replace(/\s+/g, " ").trim();
  return segment(clean, 0, clean.length, foldedTerms);
}

/**
 * About `maxChars` characters of `text` around the best match — where the
 * query's words appear together in order, else the first matching word —
 * cut at word boundaries, with "…" where text was left out.
 */
export function buildSnippet(text: string, foldedTerms: string[], maxChars = SNIPPET_CHARS): TextSegment[] {
  const clean = text.normalize("NFC").replace(/\s+/g, " ").trim();
  if (clean === "") return [];
  const words = splitWords(clean).map((w) => ({ ...w, folded: foldVietnamese(w.word) }));
  const anchor = findPhrase(words, foldedTerms) ?? words.find((w) => foldedTerms.includes(w.folded))?.index ?? 0;

  let start = Math.max(0, anchor - Math.floor(maxChars * LEAD_IN_SHARE));
  let end = Math.min(clean.length, start + maxChars);
  // Use the room left at the end of a short text for more lead-in.
  if (end === clean.length) start = Math.max(0, end - maxChars);
  if (start > 0) start = nextWordStart(clean, start, anchor);
  if (end < clean.length) end = previousWordEnd(clean, end, start);

  const segments = segment(clean, start, end, foldedTerms);
  if (start > 0) segments.unshift({ text: "…", match: false });
  if (end < clean.length) segments.push({ text: "…", match: false });
  return mergeAdjacent(segments);
}

/** Index of the first place where the query's words follow one another. */
function findPhrase(words: { index: number; folded: string }[], terms: string[]): number | null {
  if (terms.length < 2) return null;
  outer: for (let i = 0; i + terms.length <= words.length; i++) {
    for (let j = 0; j < terms.length; j++) if (words[i + j].folded !== terms[j]) continue outer;
    return words[i].index;
  }
  return null;
}

/**
 * Flags the words of text[start, end) to mark: where the query's words stand
 * together (a phrase query), only those occurrences; otherwise every word
 * that matches one of them.
 */
function segment(text: string, start: number, end: number, foldedTerms: string[]): TextSegment[] {
  const slice = text.slice(start, end);
  const words = splitWords(slice).map((w) => ({ ...w, folded: foldVietnamese(w.word) }));
  const marked = new Set<number>();
  if (foldedTerms.length > 1) {
    for (let i = 0; i + foldedTerms.length <= words.length; i++) {
      if (foldedTerms.every((term, j) => words[i + j].folded === term)) {
        for (let j = 0; j < foldedTerms.length; j++) marked.add(i + j);
      }
    }
  }
  if (marked.size === 0) {
    const wanted = new Set(foldedTerms);
    words.forEach((w, i) => wanted.has(w.folded) && marked.add(i));
  }

  const segments: TextSegment[] = [];
  let at = 0;
  words.forEach(({ word, index }, i) => {
    if (!marked.has(i)) return;
    if (index > at) segments.push({ text: slice.slice(at, index), match: false });
    segments.push({ text: word, match: true });
    at = index + word.length;
  });
  if (at < slice.length) segments.push({ text: slice.slice(at), match: false });
  return segments;
}

function mergeAdjacent(segments: TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = [];
  for (const s of segments) {
    const last = merged[merged.length - 1];
    if (last && !last.match && !s.match) last.text += s.text;
    else merged.push({ ...s });
  }
  return merged;
}

/** The start of the first whole word at or after `from` (never past `limit`). */
function nextWordStart(text: string, from: number, limit: number): number {
  if (text[from - 1] === " ") return from;
  const space = text.indexOf(" ", from);
  return space === -1 || space + 1 > limit ? from : space + 1;
}

/** The end of the last whole word at or before `to` (never before `floor`). */
function previousWordEnd(text: string, to: number, floor: number): number {
  if (text[to] === " ") return to;
  const space = text.lastIndexOf(" ", to);
  return space <= floor ? to : space;
}
