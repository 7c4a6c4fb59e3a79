// Defect 2 of issue 20: a reply that opens with a quote was previewed by the
// quoted words ("Lan Anh đã viết: …") instead of its author's.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { buildQuote } from "@/lib/markdown/quote";
import { postExcerpt } from "@/lib/text";

describe("post excerpts", () => {
  it("skip the quote a reply opens with, nested quotes included", () => {
    const inner = buildQuote({ postId: 1, authorName: "Minh", text: "Câu gốc" });
    const quote = buildQuote({ postId: 2, authorName: "Lan Anh", text: `${inner}Câu trả lời của Lan Anh` });
    const html = renderMarkdown(`${quote}Tôi đồng ý với ý này.`);
    expect(postExcerpt(html, 90)).toBe("Tôi đồng ý với ý này.");
  });

  it("skip code blocks, keep inline code", () => {
    const html = renderMarkdown("Lỗi ở `main.ts`:\n\n```ts\nconst a = 1;\n```\n\nAi giúp với?");
    expect(postExcerpt(html, 90)).toBe("Lỗi ở main.ts: Ai giúp với?");
  });

  it("fall back to the whole text when the post is only a quote", () => {
    const html = renderMarkdown(buildQuote({ postId: 3, authorName: "Lan Anh", text: "Chỉ trích dẫn" }));
    expect(postExcerpt(html, 90)).toBe("Lan Anh đã viết: Chỉ trích dẫn");
  });

  it("cut at a word boundary", () => {
    expect(postExcerpt("<p>một hai ba bốn năm</p>", 10)).toBe("một hai…");
  });
});
