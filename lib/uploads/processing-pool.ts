// sharp decodes and encodes on libuv's thread pool, not on the JavaScript
// thread that answers requests; this queue bounds how many pictures are in
// flight at once (UPLOAD_CONCURRENCY, default 2 — one per core here), so ten
// simultaneous 12 MP uploads cost two decoded images of memory, not ten, and
// leave threads free for file and DNS work. Figures: docs/pictures.md.
import sharp from "sharp";

// One libvips thread per picture: parallelism comes from the queue instead,
// which keeps the peak memory proportional to UPLOAD_CONCURRENCY.
sharp.concurrency(1);
// libvips' operation cache holds decoded images between requests: not useful here.
sharp.cache(false);

const limit = Math.max(1, Number(process.env.UPLOAD_CONCURRENCY) || 2);
let running = 0;
const waiting: (() => void)[] = [];

export async function inPool<T>(job: () => Promise<T>): Promise<T> {
  if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await job();
  } finally {
    running--;
    waiting.shift()?.();
  }
}
