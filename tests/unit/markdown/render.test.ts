import { describe, expect, it } from "vitest";
import { extractMentions, renderMarkdown } from "@/lib/markdown/render";

describe("Markdown features", () => {
  it("renders paragraphs, emphasis, strikethrough, lists, quotes and code", () => {
    const html = renderMarkdown(
      "Đoạn **đậm**, *nghiêng*, ~~gạch~~ và `mã`.\n\n- một\n- hai\n\n1. a\n2. b\n\n> trích dẫn\n\n```ts\nconst a = 1 < 2;\n```",
    );
    expect(html).toContain("<strong>đậm</strong>");
    expect(html).toContain("<em>nghiêng</em>");
    expect(html).toContain("<s>gạch</s>");
    expect(html).toContain("<code>mã</code>");
    expect(html).toContain("<ul>\n<li>một</li>");
    expect(html).toContain("<ol>\n<li>a</li>");
    expect(html).toContain("<blockquote>\n<p>trích dẫn</p>\n</blockquote>");
    expect(html).toContain('<pre><code class="language-ts">const a = 1 &lt; 2;\n</code></pre>');
  });

  it("gives external links rel=nofollow ugc noopener, internal links none", () => {
    expect(renderMarkdown("[trang](https://example.com/a?b=1&c=2)")).toBe(
      '<p><a href="https://example.com/a?b=1&amp;c=2" rel="nofollow ugc noopener" target="_blank">trang</a></p>',
    );
    expect(renderMarkdown("xem www.example.com")).toContain('rel="nofollow ugc noopener"');
    expect(renderMarkdown("[bài](/posts/12)")).toBe('<p><a href="/posts/12">bài</a></p>');
  });

  it("never embeds pictures: an image becomes a plain link", () => {
    const html = renderMarkdown("![mèo](https://evil.example/cat.png)");
    expect(html).not.toContain("<img");
    expect(html).toBe('<p><a href="https://evil.example/cat.png" rel="nofollow ugc noopener" target="_blank">mèo</a></p>');
  });

  it("shows raw HTML as text", () => {
    expect(renderMarkdown("<b>x</b>")).toBe("<p>&lt;b&gt;x&lt;/b&gt;</p>");
  });

  it("normalises to NFC", () => {
    const nfd = "Trung Quốc".normalize("NFD");
    expect(renderMarkdown(nfd)).toBe(`<p>${"Trung Quốc".normalize("NFC")}</p>`);
  });
});

describe("@mentions", () => {
  const known = new Map([["an.nguyen", "An.Nguyen"], ["binh_99", "binh_99"]]);

  it("links only existing members, with their canonical name", () => {
    const html = renderMarkdown("Chào @an.nguyen và @BINH_99, còn @khongco thì không.", { knownUsernames: known });
    expect(html).toContain('<a href="/members/An.Nguyen" class="mention" data-mention="an.nguyen">@An.Nguyen</a>');
    expect(html).toContain('<a href="/members/binh_99" class="mention" data-mention="binh_99">@binh_99</a>');
    expect(html).toContain("@khongco thì không");
  });

  it("leaves code, links and e-mail addresses alone", () => {
    const html = renderMarkdown("`@an.nguyen` [@binh_99](https://x.vn) thu@an.nguyen.vn", { knownUsernames: known });
    expect(html).not.toContain('class="mention"');
  });

  it("extracts candidate names once each, lower-cased", () => {
    expect(extractMentions("@An.Nguyen @an.nguyen @binh_99. a@b.vn @ab")).toEqual(["an.nguyen", "binh_99"]);
  });
});

// At least 50 XSS vectors: whatever goes in, nothing executable comes out.
const XSS_VECTORS: string[] = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<iframe src=javascript:alert(1)>",
  "<body onload=alert(1)>",
  "<a href=\"javascript:alert(1)\">x</a>",
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](  javascript:alert(1))",
  "[x](java\tscript:alert(1))",
  "[x](javascript&#58;alert(1))",
  "[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
  "[x](&#x6A;avascript:alert(1))",
  "[x](javascript%3Aalert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](DATA:text/html,<script>alert(1)</script>)",
  "[x](file:///etc/passwd)",
  "![x](javascript:alert(1))",
  "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "[x](\"onmouseover=\"alert(1))",
  "[x](https://a.vn\" onmouseover=\"alert(1))",
  "[x](https://a.vn 'title\" onmouseover=alert(1) x=\"')",
  "<a href=\"#\" onclick=\"alert(1)\">x</a>",
  "<div style=\"background:url(javascript:alert(1))\">x</div>",
  "<style>@import 'https://evil.example/x.css';</style>",
  "<link rel=stylesheet href=https://evil.example/x.css>",
  "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
  "<object data=javascript:alert(1)>",
  "<embed src=javascript:alert(1)>",
  "<form action=javascript:alert(1)><button>x</button></form>",
  "<input autofocus onfocus=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "<video><source onerror=alert(1)></video>",
  "<audio src=x onerror=alert(1)>",
  "<marquee onstart=alert(1)>",
  "<base href=javascript:alert(1)//>",
  "<<script>script>alert(1)<</script>/script>",
  "<scr<script>ipt>alert(1)</script>",
  "<img src=\"x\" onerror=\"alert(1)\"",
  "<svg><a xlink:href=\"javascript:alert(1)\"><text x=20 y=20>x</text></a></svg>",
  "<math href=\"javascript:alert(1)\">x</math>",
  "<svg><animate onbegin=alert(1) attributeName=x dur=1s>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
  "<template><script>alert(1)</script></template>",
  "<!--<img src=x onerror=alert(1)>-->",
  "<![CDATA[<script>alert(1)</script>]]>",
  "`<script>alert(1)</script>`",
  "```html\n<script>alert(1)</script>\n```",
  "> <script>alert(1)</script>",
  "- <img src=x onerror=alert(1)>",
  "**<svg onload=alert(1)>**",
  "[<img src=x onerror=alert(1)>](https://a.vn)",
  "[x](https://a.vn)<img src=x onerror=alert(1)>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "&#60;script&#62;alert(1)&#60;/script&#62;",
  "<a href=\"&#14;javascript:alert(1)\">x</a>",
  "[x](\u0000javascript:alert(1))",
  "[x](\u200Bjavascript:alert(1))",
  "<https://a.vn\"onmouseover=alert(1)>",
  "<javascript:alert(1)>",
  "www.a.vn/\"><script>alert(1)</script>",
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  "[x][ref]\n\n[ref]: data:text/html,<script>alert(1)</script>",
  "<table><tr><td background=javascript:alert(1)>x</td></tr></table>",
  "<isindex action=javascript:alert(1) type=image>",
  "<xss onafterscriptexecute=alert(1)><script>1</script>",
];

function executableParts(html: string): string[] {
  const problems: string[] = [];
  // Any real (unescaped) tag must be on the allow-list.
  for (const [, tag] of html.matchAll(/<\/?([a-zA-Z][\w:-]*)/g)) {
    if (!/^(p|br|strong|em|s|del|a|ul|ol|li|blockquote|code|pre|h[1-6]|hr|table|thead|tbody|tr|th|td)$/.test(tag)) {
      problems.push(`tag <${tag}>`);
    }
  }
  // No event handler or style attribute inside a real tag.
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    if (/\son\w+\s*=/i.test(tag)) problems.push(`event handler in ${tag}`);
    if (/\sstyle\s*=/i.test(tag) && !/^<t[hd]\b/.test(tag)) problems.push(`style in ${tag}`);
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    if (href !== undefined && !/^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(href)) problems.push(`href ${href}`);
    if (/\ssrc\s*=/i.test(tag)) problems.push(`src in ${tag}`);
  }
  return problems;
}

describe("sanitising", () => {
  it("covers at least 50 vectors", () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(50);
  });

  for (const vector of XSS_VECTORS) {
    it(`neutralises ${JSON.stringify(vector).slice(0, 70)}`, () => {
      const html = renderMarkdown(vector);
      expect(executableParts(html)).toEqual([]);
    });
  }

  it("the checker itself catches what it must (so the table above can fail)", () => {
    expect(executableParts('<img src="x" onerror="alert(1)">')).not.toEqual([]);
    expect(executableParts('<a href="javascript:alert(1)">x</a>')).not.toEqual([]);
    expect(executableParts("<svg onload=alert(1)>")).not.toEqual([]);
  });
});
