// Decides what a file is from its bytes, never from its name or the MIME type
// the browser sent. Only raster formats sharp decodes are images here; SVG,
// HTML and anything carrying markup inside (a "polyglot" that is both a valid
// GIF/JPEG and an HTML page) are refused before any decoder sees them.
export type DetectedType = "jpeg" | "png" | "webp" | "gif" | "avif";
export type Detection =
  | { ok: true; type: DetectedType }
  | { ok: false; reason: "svg" | "html" | "polyglot" | "heic" | "notAnImage" | "empty" };

const ascii = (buf: Uint8Array, start: number, end: number) => Buffer.from(buf.subarray(start, end)).toString("latin1");

/** ISO-BMFF (AVIF, HEIC): "ftyp" at offset 4, then the brand. */
function isoBrand(buf: Uint8Array): string | null {
  if (buf.length < 12 || ascii(buf, 4, 8) !== "ftyp") return null;
  return ascii(buf, 8, 12);
}

function magicType(buf: Uint8Array): DetectedType | "heic" | null {
  if (buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return "jpeg";
  if (ascii(buf, 0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (ascii(buf, 0, 4) === "RIFF" && ascii(buf, 8, 12) === "WEBP") return "webp";
  if (ascii(buf, 0, 6) === "GIF87a" || ascii(buf, 0, 6) === "GIF89a") return "gif";
  const brand = isoBrand(buf);
  if (brand === "avif" || brand === "avis") return "avif";
  if (brand && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) return "heic";
  return null;
}

// Markup a browser would run if the file were ever served as HTML (or sniffed
// as such). Long enough that compressed pixel data never matches by chance.
const MARKUP = /<(script|html|iframe|object|embed|body|head|svg[\s>]|\?php|!doctype)/i;

export function detectImageType(bytes: Uint8Array): Detection {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  const type = magicType(bytes);
  // The whole file is scanned: a polyglot puts its page after the image data.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  if (type === null) {
    const head = text.slice(0, 4096).replace(/^\uFEFF/, "").trimStart();
    if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!doctype svg|<svg[\s>])/i.test(head)) return { ok: false, reason: "svg" };
    if (MARKUP.test(head) || /^<[a-z!?]/i.test(head)) return { ok: false, reason: "html" };
    return { ok: false, reason: "notAnImage" };
  }
  if (MARKUP.test(text)) return { ok: false, reason: "polyglot" };
  if (type === "heic") return { ok: false, reason: "heic" };
  return { ok: true, type };
}
