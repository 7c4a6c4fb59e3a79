// The data generator's fast Markdown renderer must give byte-for-byte the
// HTML the app stores for the same source, or generated pages would not be
// the pages members get.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { createRng } from "../../../scripts/fake/prng";
import { renderFakeMarkdown } from "../../../scripts/fake/render-markdown";
import { openingMarkdown, replyMarkdown, threadTitle } from "../../../scripts/fake/vietnamese-text";

describe("db:fake's Markdown renderer", () => {
  it("matches the app's renderer on 3 000 generated replies and opening posts", () => {
    const rng = createRng(2026);
    const sources: string[] = [];
    for (let i = 0; i < 2500; i++) sources.push(replyMarkdown(rng));
    for (let i = 0; i < 500; i++) sources.push(openingMarkdown(rng, threadTitle(rng)));
    // The sample covers every construct the generator writes.
    expect(sources.some((s) => s.includes("**"))).toBe(true);
    expect(sources.some((s) => s.startsWith("> "))).toBe(true);
    expect(sources.some((s) => s.includes("\n- "))).toBe(true);
    for (const source of sources) expect(renderFakeMarkdown(source)).toBe(renderMarkdown(source));
  });

  it("escapes what it does not render", () => {
    const source = 'Giá <b>rẻ</b> & "tốt" nhé';
    expect(renderFakeMarkdown(source)).toBe(renderMarkdown(source));
  });

  it("is deterministic for a seed", () => {
    const a = createRng(7);
    const b = createRng(7);
    expect(Array.from({ length: 50 }, () => replyMarkdown(a))).toEqual(Array.from({ length: 50 }, () => replyMarkdown(b)));
  });
});
