// The markup of a picture inside a post's stored HTML (so guests' cached pages
// carry it as is): width/height from the processed file (no layout shift),
// loading="lazy", srcset over the widths made, the author's alt text, and a
// link to the full size that the lightbox (components/pictures/lightbox.tsx)
// opens in place when JavaScript runs. A picture staff removed shows the reason.
import { escapeHtml } from "@/lib/text";
import { UPLOAD_MESSAGES } from "./messages";
import { PRIVATE_KIND, conversationPictureUrl, parseVariants, pictureUrl, variantKey } from "./picture-urls";

export type PictureView = {
  id: number;
  alt: string | null;
  variants: string | null;
  removedReason: string | null;
  removedAt: Date | null;
  /** "conversation": a private message's picture, linked through its checked route, never a public address. */
  kind?: string;
};

/** The column the post body takes on wide screens, for the browser to pick from srcset. */
const SIZES = "(max-width: 48rem) 100vw, 46rem";

export function pictureHtml(picture: PictureView, fallbackAlt: string): string {
  if (picture.removedAt) {
    return `<span class="post-picture post-picture--removed" data-picture="${picture.id}">${escapeHtml(UPLOAD_MESSAGES.removedInPlace(picture.removedReason || "không nêu lý do"))}</span>`;
  }
  const v = parseVariants(picture.variants);
  const full = v?.files.find((f) => f.name === "full.webp");
  if (!v || !full) return "";
  const urlOf = (name: string) => (picture.kind === PRIVATE_KIND ? conversationPictureUrl(picture.id, name) : pictureUrl(variantKey(v.hash, name)));
  const widths = v.files.filter((f) => /^w\d+\.webp$/.test(f.name)).sort((a, b) => a.width - b.width);
  const srcset = [...widths, full].map((f) => `${urlOf(f.name)} ${f.width}w`).join(", ");
  // The src a browser without srcset takes: the largest width up to 1280, not the full file.
  const src = [...widths].reverse().find((f) => f.width <= 1280) ?? full;
  const alt = escapeHtml((picture.alt ?? "").trim() || fallbackAlt);
  const href = urlOf(full.name);
  return (
    `<a class="post-picture" href="${href}" data-picture="${picture.id}" data-full-width="${full.width}" data-full-height="${full.height}">` +
    `<img src="${urlOf(src.name)}" srcset="${srcset}" sizes="${SIZES}" width="${full.width}" height="${full.height}" loading="lazy" decoding="async" alt="${alt}">` +
    `</a>`
  );
}

/** Pictures the text did not place: a gallery under it. */
export function galleryHtml(pictures: PictureView[], fallbackAlt: (index: number) => string): string {
  if (pictures.length === 0) return "";
  return `<div class="post-gallery">${pictures.map((p, i) => pictureHtml(p, fallbackAlt(i))).join("")}</div>`;
}
