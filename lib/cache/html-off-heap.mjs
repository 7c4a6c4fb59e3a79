// @ts-check
// A cached page's HTML kept as bytes in a Buffer, outside V8's heap, while it
// sits in the cache, and handed back to Next.js as a string on a hit.
//
// Why off the heap: as strings, cached pages lived in V8's old generation,
// which V8 lets grow to about twice its live data before a full collection:
// a cache full of HTML cost ~2.5 × CACHE_MAX_MEMORY_MB of RSS (measured,
// docs/faults.md). A Buffer's bytes are allocated outside the heap, counted
// exactly by the cache, and freed with the entry.
//
// Why UTF-16 and not UTF-8: a Vietnamese page is a two-byte string in V8, and
// a hit must give one back. Decoding UTF-16LE into it is a copy; decoding
// UTF-8 walks every character, measured at ~0.5 ms for a 68 KB thread page
// on this machine, a fifth of what serving a cached page costs. The bytes
// held are what the string held before (2 a character), so the cache keeps as
// many pages per MB as it did.
//
// Why a string on the way out: Next.js 16 wraps the value in
// RenderResult.fromStatic and sends a string with Content-Length in one
// write; a Buffer there counts as a dynamic response and is streamed chunked
// (node_modules/next/dist/server/send-payload.js).

const ENCODING = "utf16le";
/** Buffer.from(string) takes results under this many bytes from Node's shared 8 KB pool. */
const POOLED_BELOW = Buffer.poolSize >>> 1;

/**
 * `text` as UTF-16LE bytes in a buffer of its own (never a slice of Node's
 * shared pool, which one small cached entry would keep alive whole).
 * @param {string} text
 */
export function htmlBytes(text) {
  const bytes = Buffer.from(text, ENCODING);
  if (bytes.length >= POOLED_BELOW) return bytes;
  const own = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(own);
  return own;
}

/**
 * The value as the cache keeps it: an APP_PAGE entry's `html` as bytes.
 * A copy: the object Next.js passed is left as it was.
 * @param {any} value
 */
export function toStored(value) {
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string") return value;
  return { ...value, html: htmlBytes(value.html) };
}

/**
 * The value as Next.js expects it back: `html` a string again. Values stored
 * as strings (a Redis store filled by an older build) pass unchanged.
 * @param {any} value
 */
export function fromStored(value) {
  if (value?.kind !== "APP_PAGE" || !Buffer.isBuffer(value.html)) return value;
  return { ...value, html: value.html.toString(ENCODING) };
}
