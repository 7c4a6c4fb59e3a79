// npm run bench:pictures — the figures for docs/pictures.md: processing time of
// a 12-megapixel photo, wall time, peak RSS and event-loop delay while ten are
// processed at once (through the same pool the forum uses), and the bytes a
// guest downloads for a thread with ten such pictures with and without srcset.
// The photo is synthetic (gradients plus sensor-like noise, 4000 × 3000, EXIF
// with GPS), so the figures are of the pipeline, not of one camera.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import sharp from "sharp";
import { processImage } from "@/lib/uploads/process-image";
import { inPool } from "@/lib/uploads/processing-pool";
import { MAX_PIXELS } from "@/lib/uploads/upload-pictures";

// A real photograph (any JPEG: PICTURES_BENCH_PHOTO, by default a board
// photo shipped with the Rust docs on this machine) tiled 6 × 6 into a
// 4000 × 3000 picture: photographic detail at every scale, as a phone's has.
const SOURCE = process.env.PICTURES_BENCH_PHOTO ?? "/root/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/share/doc/rust/html/embedded-book/assets/f3.jpg";
async function photo(seed: number): Promise<Buffer> {
  const [w, h] = [4000, 3000];
  const [tw, th] = [Math.ceil(w / 6), Math.ceil(h / 6)];
  const tiles = await Promise.all(
    Array.from({ length: 36 }, async (_, i) => ({
      input: await sharp(SOURCE).resize(tw, th, { fit: "cover" }).flop(i % 2 === 1).modulate({ brightness: 0.9 + ((i + seed) % 5) * 0.05 }).toBuffer(),
      left: (i % 6) * tw > w - tw ? w - tw : (i % 6) * tw,
      top: Math.floor(i / 6) * th > h - th ? h - th : Math.floor(i / 6) * th,
    })),
  );
  return sharp({ create: { width: w, height: h, channels: 3, background: "#777" } })
    .composite(tiles)
    .jpeg({ quality: 90 })
    .withExifMerge({ IFD0: { Make: "Bench", Model: "12MP" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "21/1 1/1 42/1" } })
    .toBuffer();
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${Math.round(n / 1024)} KB`;

async function main() {
  const dir = process.argv[2];
  if (!dir) {
    // Photos made here, measured in a fresh process (its RSS is the pipeline's alone).
    const out = mkdtempSync(path.join(tmpdir(), "banluan-bench-photos-"));
    const made = await Promise.all(Array.from({ length: 10 }, (_, i) => photo(i)));
    made.forEach((bytes, i) => writeFileSync(path.join(out, `${i}.jpg`), bytes));
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1], out], { stdio: "inherit" });
    rmSync(out, { recursive: true, force: true });
    process.exit(child.status ?? 1);
  }
  console.log(`load average before: ${loadavg().map((l) => l.toFixed(1)).join(" ")} (the machine is shared: figures are upper bounds)`);
  const photos = Array.from({ length: 10 }, (_, i) => readFileSync(path.join(dir, `${i}.jpg`)));
  console.log(`photo: 4000 × 3000 JPEG, ${mb(photos[0].length)} (mean of 10: ${mb(photos.reduce((a, b) => a + b.length, 0) / 10)})`);

  const rssStart = process.memoryUsage().rss;
  console.log(`RSS of this process with the ten photos read: ${mb(rssStart)}`);
  // Warm-up, then one at a time.
  await processImage(photos[0], { maxPixels: MAX_PIXELS });
  const singles: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    await inPool(() => processImage(photos[i], { maxPixels: MAX_PIXELS }));
    singles.push(performance.now() - t);
  }
  console.log(`one picture: ${singles.map((s) => `${Math.round(s)} ms`).join(", ")} (full + 3 srcset widths + thumbnail, WebP)`);

  // Ten at once.
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const t = performance.now();
  const results = await Promise.all(photos.map((p) => inPool(() => processImage(p, { maxPixels: MAX_PIXELS }))));
  const wall = performance.now() - t;
  loop.disable();
  clearInterval(sampler);
  console.log(`ten at once (pool of ${process.env.UPLOAD_CONCURRENCY || 2}): ${Math.round(wall)} ms wall, ${Math.round(wall / 10)} ms a picture`);
  console.log(`RSS: ${mb(rssBefore)} before, ${mb(peak)} peak (+${mb(peak - rssBefore)})`);
  console.log(`event-loop delay meanwhile: p50 ${(loop.percentile(50) / 1e6).toFixed(1)} ms, p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(1)} ms`);

  // Bytes for a thread of ten pictures.
  const sum = (name: string) => results.reduce((a, r) => a + (r.files.find((f) => f.name === name)?.bytes.length ?? 0), 0);
  const original = photos.reduce((a, b) => a + b.length, 0);
  console.log(`a thread with these 10 pictures, bytes of images a guest downloads:`);
  console.log(`  the uploaded JPEGs as sent:            ${mb(original)}`);
  console.log(`  one re-encoded size (full.webp, 2048): ${mb(sum("full.webp"))}`);
  console.log(`  srcset, phone 390 px at 1×  (w640):    ${mb(sum("w640.webp"))}`);
  console.log(`  srcset, phone 390 px at 2×  (w960):    ${mb(sum("w960.webp"))}`);
  console.log(`  srcset, phone 390 px at 3×  (w1280):   ${mb(sum("w1280.webp"))}`);
  console.log(`  srcset, desktop 736 px column at 1× (w960): ${mb(sum("w960.webp"))}`);
  console.log(`  one picture: full ${kb(results[0].files[0].bytes.length)}, ${results[0].files.slice(1).map((f) => `${f.name} ${kb(f.bytes.length)}`).join(", ")}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
