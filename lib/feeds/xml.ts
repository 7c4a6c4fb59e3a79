// XML text for feeds and sitemaps. Member-written text can hold characters
// XML 1.0 forbids (control characters, lone surrogates): they are dropped, and
// the five special characters are escaped, so every document parses.

// Everything outside XML 1.0's Char production.
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

export function xmlResponse(body: string, contentType: string, maxAgeSeconds = 300): Response {
  return new Response(body, {
    headers: {
      "content-type": `${contentType}; charset=utf-8`,
      // Feeds and sitemaps are polled; a few minutes' staleness is fine.
      "cache-control": `public, max-age=${maxAgeSeconds}`,
    },
  });
}
