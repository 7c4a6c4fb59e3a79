// Pictures made on the spot for the upload tests (nothing binary in the repository).
import { deflateSync } from "node:zlib";
import sharp from "sharp";

/** A photo-like JPEG with EXIF orientation 6 (rotated) and GPS coordinates. */
export async function phoneJpeg(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 40 } } })
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "PhoneMaker", Model: "Phone 15" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 42/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 51/1 0/1" },
    })
    .toBuffer();
}

export async function png(width = 300, height = 200): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 10, g: 120, b: 200, alpha: 1 } } }).png().toBuffer();
}

export async function animatedGif(): Promise<Buffer> {
  const frames = await Promise.all(
    [0, 1, 2].map((i) => sharp({ create: { width: 60, height: 40, channels: 3, background: { r: i * 100, g: 50, b: 200 - i * 60 } } }).raw().toBuffer()),
  );
  return sharp(Buffer.concat(frames), { raw: { width: 60, height: 120, channels: 3, pageHeight: 40 } })
    .gif({ loop: 0, delay: [100, 100, 100] })
    .toBuffer();
}

/** A PNG header claiming 50 000 × 50 000 pixels with a tiny (invalid) body: a decompression bomb's shape. */
export function pngBomb(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(50_000, 0);
  ihdr.writeUInt32BE(50_000, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
    // A few kilobytes that inflate to gigabytes: rows of zeros.
  const idat = deflateSync(Buffer.alloc(2_000_000));
  return Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", Buffer.alloc(0))]);
}

/** Whether a file's EXIF (in a JPEG APP1 or a WebP EXIF chunk) points to a GPS block (tag 0x8825 in IFD0). */
export function hasGpsIfd(file: Buffer): boolean {
  const at = file.indexOf(Buffer.from("Exif\0\0", "latin1"));
  const tiff = at >= 0 ? at + 6 : file.indexOf(Buffer.from("II*\0", "latin1"));
  if (tiff < 0) return false;
  const le = file.toString("latin1", tiff, tiff + 2) === "II";
  const u16 = (o: number) => (le ? file.readUInt16LE(o) : file.readUInt16BE(o));
  const u32 = (o: number) => (le ? file.readUInt32LE(o) : file.readUInt32BE(o));
  const ifd0 = tiff + u32(tiff + 4);
  const count = u16(ifd0);
  for (let i = 0; i < count; i++) if (u16(ifd0 + 2 + i * 12) === 0x8825) return true;
  return false;
}
