// @ts-check
// A cached page's HTML kept as UTF-8 bytes (a Buffer) while it sits in the
// cache, and handed back to Next.js as a string on a hit.
//
// Why: as a string the HTML lives on V8's heap at 2 bytes a character (any
// Vietnamese letter makes the whole string two-byte), and V8 lets its old
// generation grow to about twice its live data before a full collection, so
// a cache full of HTML strings cost ~2.5 × CACHE_MAX_MEMORY_MB of RSS
// (measured, docs/faults.md). A Buffer's bytes are outside the heap: ~1.3
// bytes a character here, counted exactly, and freed with the entry without
// inflating the heap's growth.
//
// Why a string on the way out: Next.js 16 wraps the value in
// RenderResult.fromStatic and, for a string, sends it with Content-Length in
// one write; a Buffer there counts as a dynamic response and would be
// streamed chunked (node_modules/next/dist/server/send-payload.js). The
// decode is one pass over ~60 KB per hit (measured: docs/faults.md).

/** Node's Buffer.from(string) takes strings under this many bytes from a shared 8 KB pool. */
const POOLED_BELOW = Buffer.poolSize >>> 1;

/**
 * The UTF-8 bytes of `text` in a buffer of their own (not a slice of Node's
 * shared pool, which one small cached entry would keep alive whole).
 * @param {string} text
 */
export function ownUtf8(text) {
  const bytes = Buffer.from(text, "utf8");
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
  return { ...value, html: ownUtf8(value.html) };
}

/**
 * The value as Next.js expects it back: `html` a string again. Values stored
 * before this (a Redis store filled by an older build) pass unchanged.
 * @param {any} value
 */
export function fromStored(value) {
  if (value?.kind !== "APP_PAGE" || !Buffer.isBuffer(value.html)) return value;
  return { ...value, html: value.html.toString("utf8") };
}
