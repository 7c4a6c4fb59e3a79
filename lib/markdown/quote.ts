// The Markdown a quote-reply inserts: a quote block that names the author and
// links back to the quoted post. Shared by the server (no-JavaScript quote
// link) and the browser (quote button), so both produce the same text.

const MAX_QUOTED_CHARS = 1500;

export function buildQuote({ postId, authorName, text }: { postId: number; authorName: string; text: string }): string {
  let body = text.replace(/\r\n?/g, "\n").trim();
  if (body.length > MAX_QUOTED_CHARS) body = `${body.slice(0, MAX_QUOTED_CHARS).trimEnd()}…`;
  const safeName = authorName.replace(/[[\]\\*_`]/g, (c) => `\\${c}`);
  const lines = [`**[${safeName}](/posts/${postId}) đã viết:**`, ...body.split("\n")];
  return `${lines.map((line) => (line ? `> ${line}` : ">")).join("\n")}\n\n`;
}

/** A post's Markdown without the quotes nested in it, for quoting on the server. */
export function withoutQuotes(source: string): string {
  return source
    .split(/\r?\n/)
    .filter((line) => !/^\s*>/.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
