// Renders parsed article blocks to the HTML stored with the opening post.
// Every text is escaped: the scrape is untrusted input.
import type { ArticleBlock } from "./parse";
import { escapeHtml } from "@/lib/text";
import { pictureHtml, type PictureView } from "@/lib/uploads/picture-html";

/** `pictures`: the image files given with the import (--images DIR, or the admin form), by file name. */
export function renderArticleHtml(blocks: ArticleBlock[], pictures: ReadonlyMap<string, PictureView> = new Map()): string {
  return blocks.map((block) => renderBlock(block, pictures)).join("\n");
}

function renderBlock(block: ArticleBlock, pictures: ReadonlyMap<string, PictureView>): string {
  switch (block.type) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "heading":
      return `<h2>${escapeHtml(block.text)}</h2>`;
    case "image": {
      // The file came with the import: the picture itself, in place.
      const picture = pictures.get(block.filename);
      if (picture) {
        return `<figure class="attachment" data-filename="${escapeHtml(block.filename)}">${pictureHtml(picture, `Ảnh minh họa: ${block.filename}`)}<figcaption>${escapeHtml(block.filename)}</figcaption></figure>`;
      }
      // The scrape names the attachment but does not contain the picture, so the
      // figure says so honestly instead of showing an invented image.
      return (
        `<figure class="attachment attachment--missing" data-filename="${escapeHtml(block.filename)}">` +
        `<div class="attachment__placeholder" role="img" aria-label="Ảnh đính kèm ${escapeHtml(block.filename)} (không có trong bản lưu)">` +
        `<svg class="attachment__icon" aria-hidden="true" viewBox="0 0 24 24" width="40" height="40"><path fill="currentColor" d="M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1Zm1 2v9.6l4.3-4.3 3 3 2.2-2.2L19 17.6V7H5Zm10 1.5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z"/></svg>` +
        `<span class="attachment__note">Ảnh đính kèm không có trong bản lưu của bài viết</span>` +
        `</div>` +
        `<figcaption>${escapeHtml(block.filename)}</figcaption>` +
        `</figure>`
      );
    }
  }
}

export function mimeTypeForFilename(filename: string): string | null {
  const ext = filename.toLowerCase().split(".").pop();
  const types: Record<string, string> = {
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
    webp: "image/webp",
    avif: "image/avif",
    bmp: "image/bmp",
  };
  return (ext && types[ext]) ?? null;
}
