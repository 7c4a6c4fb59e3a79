// @ts-check
// What a cached value costs in memory, in bytes, as V8 holds it — the number
// the page cache's bound (CACHE_MAX_MEMORY_MB) is checked against.
//
// Before this the cache counted string.length and JSON.stringify(...).length:
// UTF-16 code units, not bytes. V8 keeps a string with any character above
// U+00FF (all Vietnamese text: ư, ơ, ạ, ế…) at 2 bytes per character, so a
// thread page counted half of what it held; headers, maps and small objects
// counted nothing. Measured on 4 500 distinct pages: RSS 1.55 GB under a
// 256 MB bound (issue 12).

// Approximate V8 costs on 64-bit (pointer compression off in Node): a heap
// object header, a property slot, a string header, a Buffer's JS objects.
const OBJECT = 32;
const SLOT = 16;
const STRING = 24;
const BUFFER = 160;
const NON_LATIN1 = /[^\u0000-\u00ff]/;

/** Bytes V8 uses for a string's characters (1 per char if all Latin-1, else 2). */
export function stringBytes(/** @type {string} */ s) {
  return STRING + (NON_LATIN1.test(s) ? 2 * s.length : s.length);
}

/** Bytes an ArrayBuffer view keeps alive: its own bytes, or the whole backing store when it is a slice of a bigger one (beyond Node's small-buffer pool). */
function viewBytes(/** @type {ArrayBufferView} */ view) {
  const backing = view.buffer.byteLength;
  return BUFFER + (backing > Math.max(8192, view.byteLength) ? backing : view.byteLength);
}

/**
 * Deep size of a value: strings, numbers, Buffers and typed arrays, arrays,
 * Maps, Sets and plain objects, each object counted once.
 * @param {unknown} value
 * @param {Set<object>} [seen]
 * @returns {number}
 */
export function bytesHeld(value, seen = new Set()) {
  switch (typeof value) {
    case "string":
      return stringBytes(value);
    case "number":
    case "boolean":
    case "bigint":
    case "undefined":
    case "symbol":
      return 8;
    case "function":
      return OBJECT;
  }
  if (value === null) return 8;
  const object = /** @type {object} */ (value);
  if (seen.has(object)) return 0;
  seen.add(object);
  if (ArrayBuffer.isView(object)) return viewBytes(object);
  if (object instanceof ArrayBuffer) return BUFFER + object.byteLength;
  let size = OBJECT;
  if (object instanceof Map) {
    for (const [k, v] of object) size += SLOT * 2 + bytesHeld(k, seen) + bytesHeld(v, seen);
    return size;
  }
  if (object instanceof Set || Array.isArray(object)) {
    for (const v of object) size += SLOT + bytesHeld(v, seen);
    return size;
  }
  for (const [k, v] of Object.entries(object)) size += SLOT + stringBytes(k) + bytesHeld(v, seen);
  return size;
}
