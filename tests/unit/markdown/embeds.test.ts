// Video links alone on a line become click-to-load placeholders (no request to
// the provider in the markup); other links, and video links inside a sentence, stay links.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { recognise } from "@/lib/markdown/embeds";

describe("embeds", () => {
  it("recognises the five providers' video links", () => {
    expect(recognise("https://www.youtube.com/watch?v=dQw4w9WgXcQ")?.player).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
    expect(recognise("https://youtu.be/dQw4w9WgXcQ")?.provider).toBe("YouTube");
    expect(recognise("https://www.youtube.com/shorts/abcDEF12345")?.provider).toBe("YouTube");
    expect(recognise("https://vimeo.com/76979871")?.player).toBe("https://player.vimeo.com/video/76979871?autoplay=1&dnt=1");
    expect(recognise("https://www.tiktok.com/@someone/video/7212345678901234567")?.provider).toBe("TikTok");
    expect(recognise("https://x.com/someone/status/1234567890123")?.provider).toBe("X");
    expect(recognise("https://twitter.com/someone/status/1234567890123")?.provider).toBe("X");
    expect(recognise("https://www.facebook.com/someone/videos/123456789/")?.provider).toBe("Facebook");
    expect(recognise("https://example.com/watch?v=dQw4w9WgXcQ")).toBeNull();
    expect(recognise("https://www.youtube.com/watch?v=<script>")).toBeNull();
  });

  it("turns a link alone on a line into the placeholder, with no iframe and no provider image", () => {
    const html = renderMarkdown("Xem:\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nhết");
    expect(html).toContain('<div class="embed" data-embed-player="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1" data-embed-provider="YouTube">');
    expect(html).toContain('<a class="embed__link" href="https://youtu.be/dQw4w9WgXcQ" rel="nofollow ugc noopener" target="_blank">');
    expect(html).not.toMatch(/<iframe|<img|<script/);
  });

  it("leaves a video link inside a sentence, and other links, as links", () => {
    expect(renderMarkdown("Xem https://youtu.be/dQw4w9WgXcQ nhé")).not.toContain("embed");
    expect(renderMarkdown("https://example.com/a")).toBe('<p><a href="https://example.com/a" rel="nofollow ugc noopener" target="_blank">https://example.com/a</a></p>');
  });

  it("never lets a member's text forge a placed-picture marker", () => {
    expect(renderMarkdown("a\uE0000\uE001b")).toBe("<p>a0b</p>");
    // An upload id that is not the post's stays a (dropped) link, never an image.
    expect(renderMarkdown("![x](upload:99)")).toBe("<p><a>x</a></p>");
  });
});
