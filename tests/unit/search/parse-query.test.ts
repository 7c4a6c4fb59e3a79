import { describe, expect, it } from "vitest";
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, parseSearchQuery, type SearchQuery } from "@/lib/search/parse-query";

// Each Vietnamese vowel with no tone, then huyền, sắc, hỏi, ngã, nặng, written
// out as precomposed letters so the test does not lean on the normalisation
// the code under test performs.
const VOWELS: Record<string, { base: string; forms: string }> = {
  a: { base: "a", forms: "aàáảãạ" },
  ă: { base: "a", forms: "ăằắẳẵặ" },
  â: { base: "a", forms: "âầấẩẫậ" },
  e: { base: "e", forms: "eèéẻẽẹ" },
  ê: { base: "e", forms: "êềếểễệ" },
  i: { base: "i", forms: "iìíỉĩị" },
  o: { base: "o", forms: "oòóỏõọ" },
  ô: { base: "o", forms: "ôồốổỗộ" },
  ơ: { base: "o", forms: "ơờớởỡợ" },
  u: { base: "u", forms: "uùúủũụ" },
  ư: { base: "u", forms: "ưừứửữự" },
  y: { base: "y", forms: "yỳýỷỹỵ" },
};

function parsed(raw: string): SearchQuery {
  const result = parseSearchQuery(raw);
  if (!result.ok) throw new Error(`expected a query for ${JSON.stringify(raw)}, got ${result.problem}`);
  return result.query;
}

describe("folding in queries: every vowel, every tone, both cases, NFC and NFD", () => {
  for (const [vowel, { base, forms }] of Object.entries(VOWELS)) {
    it(`${vowel}: ${forms} and ${forms.toUpperCase()}`, () => {
      const letters = [...forms, ...forms.toUpperCase()];
      expect(letters).toHaveLength(12);
      for (const letter of letters) {
        // "x" keeps every query at least two letters long.
        for (const input of [`x${letter}`, `x${letter}`.normalize("NFD")]) {
          const q = parsed(input);
          expect(q.foldedTerms).toEqual([`x${base}`]);
          // The exact form is the lower-case NFC letter, whatever was typed.
          expect(q.terms).toEqual([`x${letter.toLowerCase()}`]);
          expect(q.terms[0]).toBe(q.terms[0].normalize("NFC"));
        }
      }
    });
  }

  it("đ and Đ fold to d, and keep their stroke in the exact form", () => {
    expect(parsed("đầu tư")).toMatchObject({ terms: ["đầu", "tư"], foldedTerms: ["dau", "tu"] });
    expect(parsed("ĐẦU TƯ")).toMatchObject({ terms: ["đầu", "tư"], foldedTerms: ["dau", "tu"] });
    expect(parsed("Đđ")).toMatchObject({ terms: ["đđ"], foldedTerms: ["dd"] });
  });

  it("`dau tu`, `DAU TU` and NFD `đầu tư` fold to the same words as `đầu tư`", () => {
    const target = parsed("đầu tư").foldedTerms;
    for (const q of ["dau tu", "DAU TU", "Dau Tu", "đầu tư".normalize("NFD"), "  đầu \t tư  "]) {
      expect(parsed(q).foldedTerms).toEqual(target);
    }
    expect(parsed("đầu tư".normalize("NFD")).terms).toEqual(["đầu", "tư"]);
    expect(parsed("trung quoc").foldedTerms).toEqual(parsed("Trung Quốc").foldedTerms);
  });
});

describe("sanitising: full-text syntax becomes plain words", () => {
  const cases: [string, string[]][] = [
    ['"đầu tư"', ["đầu", "tư"]],
    ["đầu*", ["đầu"]],
    ["(đầu OR tư)", ["đầu", "or", "tư"]],
    ["đầu NEAR tư", ["đầu", "near", "tư"]],
    ["NEAR(đầu tư, 2)", ["near", "đầu", "tư", "2"]],
    ["đầu AND tư NOT vàng", ["đầu", "and", "tư", "not", "vàng"]],
    ["-đầu tư", ["đầu", "tư"]],
    ["title:đầu", ["title", "đầu"]],
    ["{title body}: tư", ["title", "body", "tư"]],
    ["^đầu + tư", ["đầu", "tư"]],
    ["'; DROP TABLE \"Post\"; --", ["drop", "table", "post"]],
    ["a\u0000b c\u0007d", ["a", "b", "c", "d"]],
    ["%_\\", []],
  ];
  for (const [input, words] of cases) {
    it(JSON.stringify(input), () => {
      const result = parseSearchQuery(input);
      if (words.length === 0) {
        expect(result).toMatchObject({ ok: false, problem: "no-words" });
        return;
      }
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.query.terms).toEqual(words);
      // No word can carry a quote, bracket, star, colon, caret or minus into the engine.
      for (const term of [...result.query.terms, ...result.query.foldedTerms]) expect(term).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
    });
  }

  it("keeps digits and mixed words whole", () => {
    expect(parsed("iPhone 16 Pro 5G").terms).toEqual(["iphone", "16", "pro", "5g"]);
  });
});

describe("bad input answers with a problem, never an exception", () => {
  it("empty and blank queries", () => {
    for (const raw of ["", "   ", "\n\t", undefined, null, 42, ["đầu tư"], { q: "x" }]) {
      expect(parseSearchQuery(raw)).toMatchObject({ ok: false, problem: "empty" });
    }
  });

  it("queries with no letters or digits", () => {
    for (const raw of ['"', "***", "()", "- : ^", "…", "😀😀"]) {
      expect(parseSearchQuery(raw)).toMatchObject({ ok: false, problem: "no-words" });
    }
  });

  it("one-letter queries, accented or not, are too short", () => {
    for (const raw of ["a", "ý", "Đ", " ờ ", "y\u0301", "7"]) {
      expect(parseSearchQuery(raw)).toMatchObject({ ok: false, problem: "too-short" });
    }
    expect(parseSearchQuery("ý kiến").ok).toBe(true);
    expect(parseSearchQuery("ô tô").ok).toBe(true);
  });

  it("a 1 000-character query is cut to its first words, and says so", () => {
    const raw = "đầu tư chứng khoán ".repeat(60).slice(0, 1000);
    const q = parsed(raw);
    expect(q.truncated).toBe(true);
    expect(q.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(Array.from(q.text).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(q.terms.slice(0, 4)).toEqual(["đầu", "tư", "chứng", "khoán"]);
  });

  it("a 1 000-letter single word is cut without splitting a character", () => {
    const q = parsed("ư".repeat(1000));
    expect(q.truncated).toBe(true);
    expect(q.terms[0]).toBe("ư".repeat(MAX_QUERY_CHARS));
    const astral = parsed("𝐀b".repeat(600));
    expect(astral.text).toBe(astral.text.normalize("NFC"));
    expect(astral.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it("a short query is not marked as cut", () => {
    expect(parsed("đầu tư").truncated).toBe(false);
    expect(parsed("một hai ba bốn năm sáu bảy tám").truncated).toBe(false);
    expect(parsed("một hai ba bốn năm sáu bảy tám chín").truncated).toBe(true);
  });
});
