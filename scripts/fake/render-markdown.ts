// Renders the Markdown the generator writes (paragraphs, **bold**, "> " quotes,
// "- " lists) to the HTML a CommonMark renderer gives for the same source, with
// every text escaped. Only this subset is ever generated; the app's own
// renderer (lib/markdown, with the replies feature) should replace this
// function once it exists, so generated html is byte-for-byte the app's.
import { escapeHtml } from "@/lib/text";

function inline(text: string): string {
  return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>");
}

export function renderFakeMarkdown(source: string): string {
  return source
    .split(/\n{2,}/)
    .map((block) => {
      if (block.startsWith("> ")) {
        return `<blockquote>\n<p>${inline(block.replace(/^> ?/gm, ""))}</p>\n</blockquote>`;
      }
      if (block.startsWith("- ")) {
        const items = block.split("\n").map((line) => `<li>${inline(line.slice(2))}</li>`);
        return `<ul>\n${items.join("\n")}\n</ul>`;
      }
      return `<p>${inline(block)}</p>`;
    })
    .join("\n");
}
