// The picture pipeline on real bytes: the type comes from the content, every
// dangerous or broken file is refused with its reason, EXIF (GPS) is gone
// after its orientation was applied, and the sizes for srcset are made.
import { describe, expect, it } from "vitest";
import sharp from "sharp";
import { detectImageType } from "@/lib/uploads/detect-type";
import { ImageRefusedError, processImage, processAvatar } from "@/lib/uploads/process-image";
import { MAX_PIXELS } from "@/lib/uploads/upload-pictures";
import { animatedGif, hasGpsIfd, phoneJpeg, png, pngBomb } from "./image-fixtures";

const limits = { maxPixels: MAX_PIXELS };
const refusal = async (bytes: Buffer) => {
  try {
    await processImage(bytes, limits);
  } catch (error) {
    if (error instanceof ImageRefusedError) return error.reason;
    throw error;
  }
  return "accepted";
};

describe("type detection", () => {
  it("takes a PNG named .jpg for the PNG it is (the name is never read)", async () => {
    expect(detectImageType(await png())).toEqual({ ok: true, type: "png" });
    const out = await processImage(await png(), limits);
    expect(out.source).toBe("png");
  });

  it("refuses an HTML page named .png", async () => {
    const html = Buffer.from("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    expect(await refusal(html)).toBe("html");
  });

  it("refuses a polyglot: a valid GIF that is also an HTML page", async () => {
    const gif = await animatedGif();
    const polyglot = Buffer.concat([gif, Buffer.from("<html><script>alert(1)</script></html>")]);
    expect(detectImageType(polyglot)).toEqual({ ok: false, reason: "polyglot" });
    const jpeg = Buffer.concat([await phoneJpeg(64, 64), Buffer.from("<script>fetch('/x')</script>")]);
    expect(await refusal(jpeg)).toBe("polyglot");
  });

  it("refuses an SVG, with or without a script, with or without an XML prologue", async () => {
    expect(await refusal(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe("svg");
    expect(await refusal(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'))).toBe("svg");
  });

  it("refuses a truncated JPEG as damaged", async () => {
    const full = await phoneJpeg(400, 300);
    expect(await refusal(full.subarray(0, Math.floor(full.length / 2)))).toBe("damaged");
  });

  it("refuses a 50 000 × 50 000 bomb from its header, before decoding", async () => {
    const bomb = pngBomb();
    expect(bomb.length).toBeLessThan(20_000);
    const started = process.memoryUsage().rss;
    expect(await refusal(bomb)).toBe("tooManyPixels");
    // Refused without decoding: nothing near the 7.5 GB the pixels would take.
    expect(process.memoryUsage().rss - started).toBeLessThan(200 * 1024 * 1024);
  });

  it("refuses what is not an image, and an empty file", async () => {
    expect(await refusal(Buffer.from("PK\x03\x04 not a zip really"))).toBe("notAnImage");
    expect(await refusal(Buffer.alloc(0))).toBe("empty");
  });

  it("names HEIC (which this sharp build cannot decode) rather than calling it damaged", () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic", "latin1"), Buffer.alloc(16)]);
    expect(detectImageType(heic)).toEqual({ ok: false, reason: "heic" });
  });
});

describe("processing", () => {
  it("applies the orientation, then drops every metadata block: no GPS in any file", async () => {
    const photo = await phoneJpeg(800, 600);
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    expect(hasGpsIfd(photo)).toBe(true);
    const out = await processImage(photo, limits);
    // Orientation 6: the 800 × 600 sensor image is shown 600 × 800.
    expect([out.width, out.height]).toEqual([600, 800]);
    for (const file of out.files) {
      const meta = await sharp(file.bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(meta.format).toBe("webp");
      expect(file.bytes.includes(Buffer.from("PhoneMaker"))).toBe(false);
      expect(hasGpsIfd(file.bytes)).toBe(false);
      expect(file.bytes.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(false);
    }
  });

  it("makes srcset widths below the picture's own width, a thumbnail, and the full size", async () => {
    const wide = await sharp({ create: { width: 2600, height: 1300, channels: 3, background: "#8a5" } }).jpeg().toBuffer();
    const out = await processImage(wide, limits);
    expect(out.files.map((f) => `${f.name} ${f.width}x${f.height}`)).toEqual([
      "full.webp 2048x1024",
      "w320.webp 320x160",
      "w640.webp 640x320",
      "w960.webp 960x480",
      "w1280.webp 1280x640",
      "thumb.webp 240x120",
    ]);
    // The phone photo (orientation 6): widths of the upright picture.
    const upright = await processImage(await phoneJpeg(2600, 1300), limits);
    expect(upright.files.map((f) => `${f.name} ${f.width}x${f.height}`)).toEqual([
      "full.webp 1300x2600",
      "w320.webp 320x640",
      "w640.webp 640x1280",
      "w960.webp 960x1920",
      "w1280.webp 1280x2560",
      "thumb.webp 120x240",
    ]);
    const small = await processImage(await png(300, 200), limits);
    expect(small.files.map((f) => f.name)).toEqual(["full.webp", "thumb.webp"]);
  });

  it("keeps an animated GIF animated (as animated WebP)", async () => {
    const out = await processImage(await animatedGif(), limits);
    expect(out.animated).toBe(true);
    const full = out.files.find((f) => f.name === "full.webp")!;
    const meta = await sharp(full.bytes, { animated: true }).metadata();
    expect(meta.pages).toBe(3);
    expect([out.width, out.height]).toEqual([60, 40]);
  });

  it("crops an avatar to squares", async () => {
    const out = await processAvatar(await phoneJpeg(500, 300), limits);
    expect(out.files.map((f) => `${f.name} ${f.width}x${f.height}`)).toEqual(["a48.webp 48x48", "a96.webp 96x96", "a192.webp 192x192"]);
    for (const f of out.files) expect((await sharp(f.bytes).metadata()).width).toBe(f.width);
  });
});
