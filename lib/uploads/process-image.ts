// Turns an uploaded image into the files the forum serves: WebP at a few
// widths for srcset, a thumbnail, and the full size (capped), every one
// re-encoded from decoded pixels — so no metadata (EXIF, GPS, XMP, comments)
// and nothing smuggled after the image data survives. The EXIF orientation is
// applied first (a phone's portrait photo stays upright once its EXIF is gone).
// Animated GIF/WebP stay animated (as animated WebP, usually smaller than the
// GIF). Header-only reads come first so a decompression bomb (50 000 × 50 000
// in a few kilobytes) is refused before any pixel is decoded.
import sharp, { type Metadata, type Sharp } from "sharp";
import { detectImageType, type DetectedType } from "./detect-type";

/** Widths offered in srcset (only those below the image's own width, plus the full one). */
export const SRCSET_WIDTHS = [320, 640, 960, 1280] as const;
/** The largest picture kept: wider uploads are scaled down to this. */
export const FULL_MAX_WIDTH = 2048;
export const THUMB_SIZE = 240;
const MAX_FRAMES = 300;

export type ProcessLimits = { maxPixels: number };

export type ProcessedFile = { name: string; width: number; height: number; bytes: Buffer };
export type ProcessedImage = {
  source: DetectedType;
  animated: boolean;
  width: number;
  height: number;
  /** full.webp, w320.webp …, thumb.webp */
  files: ProcessedFile[];
};

export type ProcessRefusal = "svg" | "html" | "polyglot" | "heic" | "notAnImage" | "empty" | "damaged" | "tooManyPixels";
export class ImageRefusedError extends Error {
  constructor(readonly reason: ProcessRefusal) {
    super(`image refused: ${reason}`);
    this.name = "ImageRefusedError";
  }
}

export async function processImage(bytes: Buffer, limits: ProcessLimits): Promise<ProcessedImage> {
  const detected = detectImageType(bytes);
  if (!detected.ok) throw new ImageRefusedError(detected.reason);

  let meta: Metadata;
  try {
    meta = await sharp(bytes, { animated: true }).metadata();
  } catch (error) {
    // sharp's own ceiling (268 MP) already trips on the header of the largest bombs.
    throw new ImageRefusedError(/pixel limit/i.test(String((error as Error)?.message)) ? "tooManyPixels" : "damaged");
  }
  const frames = meta.pages ?? 1;
  const frameHeight = meta.pageHeight ?? meta.height ?? 0;
  const width = meta.width ?? 0;
  if (!width || !frameHeight) throw new ImageRefusedError("damaged");
  if (width * frameHeight > limits.maxPixels || frames > MAX_FRAMES || width * frameHeight * frames > limits.maxPixels * 4) {
    throw new ImageRefusedError("tooManyPixels");
  }
  const animated = frames > 1 && (detected.type === "gif" || detected.type === "webp");

  // failOn "warning": a truncated or corrupt file is refused, not half-decoded.
  const input = () =>
    sharp(bytes, { animated, limitInputPixels: limits.maxPixels * (animated ? 4 : 1), failOn: "warning" }).rotate();
  try {
    // The decoded, upright size: orientations 5–8 swap width and height.
    const swap = !animated && (meta.orientation ?? 1) >= 5;
    const uprightW = swap ? frameHeight : width;
    const uprightH = swap ? width : frameHeight;
    const fullW = Math.min(uprightW, FULL_MAX_WIDTH);
    const fullH = Math.max(1, Math.round((uprightH * fullW) / uprightW));
    const encode = (pipeline: Sharp) =>
      pipeline.webp(animated ? { quality: 75, effort: 2, loop: 0 } : { quality: 80, effort: 2 }).toBuffer({ resolveWithObject: true });

    const files: ProcessedFile[] = [];
    let fromBase: (() => Sharp) | null = null;
    if (animated) {
      // Animated pictures get only the full size: re-encoding every frame per width costs more than it saves.
      const full = await encode(input().resize({ width: fullW, withoutEnlargement: true }));
      files.push({ name: "full.webp", width: full.info.width, height: fullH, bytes: full.data });
    } else {
      // Decoded once, upright, at the full size; every smaller file is made from those pixels.
      const base = await input().resize({ width: fullW, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
      fromBase = () => sharp(base.data, { raw: { width: base.info.width, height: base.info.height, channels: base.info.channels } });
      const full = await encode(fromBase());
      files.push({ name: "full.webp", width: full.info.width, height: full.info.height, bytes: full.data });
      for (const w of SRCSET_WIDTHS) {
        if (w >= base.info.width) break;
        const out = await encode(fromBase!().resize({ width: w }));
        files.push({ name: `w${w}.webp`, width: out.info.width, height: out.info.height, bytes: out.data });
      }
    }
    // The thumbnail: from the first frame of an animation, from the decoded pixels otherwise.
    const thumb = await (animated ? sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: "warning" }) : fromBase!())
      .resize({ width: THUMB_SIZE, height: THUMB_SIZE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer({ resolveWithObject: true });
    files.push({ name: "thumb.webp", width: thumb.info.width, height: thumb.info.height, bytes: thumb.data });
    return { source: detected.type, animated, width: files[0].width, height: files[0].height, files };
  } catch (error) {
    if (error instanceof ImageRefusedError) throw error;
    const message = String((error as Error)?.message ?? "");
    if (/pixel limit/i.test(message)) throw new ImageRefusedError("tooManyPixels");
    throw new ImageRefusedError("damaged");
  }
}

/** A square avatar, cropped from the centre, at the sizes the pages use. */
export const AVATAR_SIZES = [48, 96, 192] as const;
export async function processAvatar(bytes: Buffer, limits: ProcessLimits): Promise<ProcessedImage> {
  const detected = detectImageType(bytes);
  if (!detected.ok) throw new ImageRefusedError(detected.reason);
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch (error) {
    throw new ImageRefusedError(/pixel limit/i.test(String((error as Error)?.message)) ? "tooManyPixels" : "damaged");
  }
  if (!meta.width || !meta.height) throw new ImageRefusedError("damaged");
  if (meta.width * meta.height > limits.maxPixels) throw new ImageRefusedError("tooManyPixels");
  try {
    const files: ProcessedFile[] = [];
    for (const size of AVATAR_SIZES) {
      const out = await sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: "warning" })
        .rotate()
        .resize({ width: size, height: size, fit: "cover", position: "attention" })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      files.push({ name: `a${size}.webp`, width: size, height: size, bytes: out.data });
    }
    return { source: detected.type, animated: false, width: 192, height: 192, files };
  } catch {
    throw new ImageRefusedError("damaged");
  }
}
