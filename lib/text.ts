// Plain-text helpers shared by renderers, feeds and structured data.

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Text content of HTML we rendered ourselves (block ends become blank lines). */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/(p|h[1-6]|li|blockquote|pre|figure|div)>/gi, "\n\n")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    // One pass, so "&amp;lt;" becomes the text "&lt;", never "<".
    .replace(/&(?:(amp|lt|gt|quot|apos|nbsp)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi, decodeEntity)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

// Markdown renderers write some characters as numeric references (&#x27;).
function decodeEntity(entity: string, name?: string, decimal?: string, hex?: string): string {
  if (name) return ENTITIES[name.toLowerCase()] ?? entity;
  const code = decimal ? Number(decimal) : parseInt(hex ?? "", 16);
  const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : entity;
}

/** The start of a text on one line, cut at a word boundary with "…". */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  return flat.slice(0, max).replace(/\s+\S*$/, "") + "…";
}

// Quote blocks nest (a reply quoting a reply that quotes): remove the
// innermost one until none is left, so the outer one's end is found right.
const INNERMOST_QUOTE = /<blockquote\b[^>]*>(?:(?!<blockquote\b)[\s\S])*?<\/blockquote>/gi;
const CODE_BLOCK = /<pre\b[^>]*>[\s\S]*?<\/pre>/gi;

/**
 * The author's own words of a rendered post, on one line: quoted posts and
 * code blocks left out (a reply that opens with "Lan Anh đã viết: …" is
 * previewed by what it says, not by what it quotes). A post that is nothing
 * but a quote or code falls back to its whole text, never to nothing.
 */
export function postExcerpt(html: string, max: number): string {
  let own = html;
  for (let before = ""; before !== own; ) {
    before = own;
    own = own.replace(INNERMOST_QUOTE, " ");
  }
  const text = htmlToText(own.replace(CODE_BLOCK, " "));
  return excerpt(text || htmlToText(html), max);
}
