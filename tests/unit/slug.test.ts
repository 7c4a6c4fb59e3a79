import { describe, expect, it } from "vitest";
import { foldVietnamese, slugify } from "../../lib/slug";

// Each Vietnamese vowel (a ă â e ê i o ô ơ u ư y) with no tone, then huyền,
// sắc, hỏi, ngã, nặng — written out as precomposed (NFC) letters so the test
// does not rely on the same normalisation the code under test uses.
const VOWELS_LOWER: Record<string, string> = {
  a: "aàáảãạ",
  ă: "ăằắẳẵặ",
  â: "âầấẩẫậ",
  e: "eèéẻẽẹ",
  ê: "êềếểễệ",
  i: "iìíỉĩị",
  o: "oòóỏõọ",
  ô: "ôồốổỗộ",
  ơ: "ơờớởỡợ",
  u: "uùúủũụ",
  ư: "ưừứửữự",
  y: "yỳýỷỹỵ",
};

const BASE_LETTER: Record<string, string> = {
  a: "a", ă: "a", â: "a", e: "e", ê: "e", i: "i", o: "o", ô: "o", ơ: "o", u: "u", ư: "u", y: "y",
};

const TONE_MARKS = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // none, huyền, sắc, hỏi, ngã, nặng

describe("foldVietnamese", () => {
  it("the table really is 12 vowels × 6 tones of single NFC code points", () => {
    const all = Object.values(VOWELS_LOWER).join("");
    expect([...all]).toHaveLength(72);
    expect(new Set(all).size).toBe(72);
    expect(all).toBe(all.normalize("NFC"));
  });

  for (const [vowel, forms] of Object.entries(VOWELS_LOWER)) {
    it(`folds every tone of ${vowel} / ${vowel.toUpperCase()} to ${BASE_LETTER[vowel]}`, () => {
      const lower = [...forms];
      const upper = [...forms.toUpperCase()];
      expect(upper).toHaveLength(6);
      for (const letter of [...lower, ...upper]) {
        expect(foldVietnamese(letter)).toBe(BASE_LETTER[vowel]);
        expect(foldVietnamese(letter.normalize("NFD"))).toBe(BASE_LETTER[vowel]);
      }
    });

    it(`builds the same letters from ${vowel} plus combining tone marks`, () => {
      TONE_MARKS.forEach((mark, tone) => {
        expect((vowel + mark).normalize("NFC")).toBe(forms[tone]);
        expect(foldVietnamese(vowel.normalize("NFD") + mark)).toBe(BASE_LETTER[vowel]);
      });
    });
  }

  it("maps đ and Đ to d (they have no decomposition)", () => {
    expect("đ".normalize("NFD")).toBe("đ");
    expect(foldVietnamese("đĐ")).toBe("dd");
    expect(foldVietnamese("Đường Đến")).toBe("duong den");
  });

  it("is the same for NFC and NFD input, and keeps non-letters", () => {
    const text = "Tiếng Việt có dấu: Nghiêng, Ngã, Hỏi — 2025!";
    expect(foldVietnamese(text)).toBe("tieng viet co dau: nghieng, nga, hoi — 2025!");
    expect(foldVietnamese(text.normalize("NFD"))).toBe(foldVietnamese(text));
  });
});

describe("slugify", () => {
  it("slugs the seed title", () => {
    expect(slugify("Mỹ đầu tư AI gấp 6 lần, nhưng Trung Quốc vẫn áp đảo nhờ điều này")).toBe(
      "my-dau-tu-ai-gap-6-lan-nhung-trung-quoc-van-ap-dao-nho-dieu-nay",
    );
  });

  it("transliterates đ and Đ", () => {
    expect(slugify("Đường đến Điện Biên")).toBe("duong-den-dien-bien");
  });

  it("gives the same slug for NFD input", () => {
    const title = "Quy mô đồng minh: Chìa khóa sống còn cho phương Tây";
    expect(slugify(title.normalize("NFD"))).toBe(slugify(title));
    expect(slugify(title)).toBe("quy-mo-dong-minh-chia-khoa-song-con-cho-phuong-tay");
  });

  it("collapses and trims separators", () => {
    expect(slugify("  --Xin   chào!!! -- thế giới?  ")).toBe("xin-chao-the-gioi");
    expect(slugify("C++ & Rust: 2025/2026")).toBe("c-rust-2025-2026");
    expect(slugify("“Trích dẫn” — ‘kiểu’ Việt")).toBe("trich-dan-kieu-viet");
  });

  it("falls back to chu-de when nothing is left", () => {
    expect(slugify("")).toBe("chu-de");
    expect(slugify("   ")).toBe("chu-de");
    expect(slugify("!!! ??? …")).toBe("chu-de");
    expect(slugify("日本語")).toBe("chu-de");
  });

  it("cuts long slugs at a word boundary", () => {
    const title = "Một tiêu đề rất dài ".repeat(10);
    const slug = slugify(title);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    // Every word in the slug is a whole word of the title.
    const words = new Set(["mot", "tieu", "de", "rat", "dai"]);
    for (const word of slug.split("-")) expect(words.has(word)).toBe(true);

    expect(slugify("aaa bbb ccc", 7)).toBe("aaa-bbb");
    expect(slugify("aaa bbb ccc", 8)).toBe("aaa-bbb");
    expect(slugify("aaa bbb ccc", 6)).toBe("aaa");
    expect(slugify("abcdefghij", 4)).toBe("abcd"); // one long word: hard cut
    expect(slugify("aaa bbb", 100)).toBe("aaa-bbb");
  });
});
