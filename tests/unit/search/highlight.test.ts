import { describe, expect, it } from "vitest";
import { buildSnippet, highlightText, type TextSegment } from "@/lib/search/highlight";

const marked = (segments: TextSegment[]) => segments.filter((s) => s.match).map((s) => s.text);
const joined = (segments: TextSegment[]) => segments.map((s) => s.text).join("");

describe("highlightText", () => {
  it("marks words whatever accents the query was typed with", () => {
    const segments = highlightText("Mỹ ĐẦU TƯ AI, nhưng Trung Quốc đầu tư nhiều hơn", ["dau", "tu"]);
    expect(marked(segments)).toEqual(["ĐẦU", "TƯ", "đầu", "tư"]);
    expect(joined(segments)).toBe("Mỹ ĐẦU TƯ AI, nhưng Trung Quốc đầu tư nhiều hơn");
  });

  it("marks only where the words stand together, when they do somewhere", () => {
    expect(marked(highlightText("Tư vấn đầu tư cho người mới", ["dau", "tu"]))).toEqual(["đầu", "tư"]);
    expect(marked(highlightText("Tư vấn: đầu năm nay", ["dau", "tu"]))).toEqual(["Tư", "đầu"]);
  });

  it("marks whole words only", () => {
    expect(marked(highlightText("tưới cây, tư duy, tự do", ["tu"]))).toEqual(["tư", "tự"]);
  });

  it("matches text stored in NFD and returns it as NFC", () => {
    const segments = highlightText("Trung Quốc".normalize("NFD"), ["quoc"]);
    expect(marked(segments)).toEqual(["Quốc"]);
  });

  it("returns text, never markup: tags in the text stay text", () => {
    const segments = highlightText('<script>alert("đầu")</script> <mark>tư</mark>', ["dau", "tu"]);
    expect(joined(segments)).toBe('<script>alert("đầu")</script> <mark>tư</mark>');
    expect(marked(segments)).toEqual(["đầu", "tư"]);
    // Only whole words are ever flagged: the tags are in unflagged segments.
    for (const s of segments.filter((x) => x.match)) expect(s.text).toMatch(/^[\p{L}\p{N}\p{M}]+$/u);
  });
});

describe("buildSnippet", () => {
  const long =
    "Mở đầu bài viết nói về thời tiết và những chuyện không liên quan gì đến chủ đề chính của chúng ta hôm nay cả. ".repeat(4) +
    "Rồi đến đoạn quan trọng: Mỹ đầu tư AI gấp sáu lần nhưng vẫn bị bỏ lại. " +
    "Phần cuối bàn thêm về nhiều chuyện khác nữa, dài dòng và lan man. ".repeat(6);

  it("shows the text around the first match, cut at word boundaries, with ellipses", () => {
    const snippet = buildSnippet(long, ["dau", "tu"], 160);
    const text = joined(snippet);
    expect(text.startsWith("…")).toBe(true);
    expect(text.endsWith("…")).toBe(true);
    expect(marked(snippet)).toEqual(["đầu", "tư"]);
    expect(text.length).toBeLessThanOrEqual(162);
    // No word is cut in half at either end.
    const inner = text.slice(1, -1);
    expect(long).toContain(inner);
    expect(long).toMatch(new RegExp(`(^| )${inner.split(" ")[0]}`));
  });

  it("prefers the place where the words stand together", () => {
    const text = "Tư duy " + "x ".repeat(200) + "và đầu tư cũng vậy";
    const snippet = joined(buildSnippet(text, ["dau", "tu"], 60));
    expect(snippet).toContain("đầu tư");
  });

  it("starts at the beginning when the match is near it, and shows short texts whole", () => {
    expect(joined(buildSnippet("Đầu tư là gì?", ["dau", "tu"]))).toBe("Đầu tư là gì?");
    const early = joined(buildSnippet("Đầu tư " + "rất dài ".repeat(100), ["dau"], 80));
    expect(early.startsWith("Đầu tư")).toBe(true);
  });

  it("shows the beginning of the text when only the title matched", () => {
    const snippet = buildSnippet("Nội dung không có chữ nào khớp ở đây cả.", ["dau", "tu"]);
    expect(marked(snippet)).toEqual([]);
    expect(joined(snippet)).toBe("Nội dung không có chữ nào khớp ở đây cả.");
  });

  it("is empty for empty text", () => {
    expect(buildSnippet("   ", ["dau"])).toEqual([]);
  });
});
