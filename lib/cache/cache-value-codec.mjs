// @ts-check
// Cached values as bytes for Redis, and back. Next.js hands the cache handler
// objects holding Buffers (a page's rscData, a route's body) and Maps of
// Buffers (a page's segmentData): JSON alone would turn a Buffer into an
// array of numbers and a Map into {}. Layout: 4-byte length + JSON in which
// every Buffer is {"$b": index} and every Map {"$m": [[key, value]…]}, then
// each Buffer as 4-byte length + raw bytes (no base64: rscData is a large
// part of a page).

/** @param {unknown} value @returns {Buffer} */
export function encodeValue(value) {
  /** @type {Buffer[]} */
  const buffers = [];
  const json = JSON.stringify(value, function (key, replaced) {
    // `this[key]` is the value before Buffer#toJSON ran.
    const raw = /** @type {any} */ (this)[key];
    if (raw instanceof Uint8Array) {
      buffers.push(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
      return { $b: buffers.length - 1 };
    }
    if (raw instanceof Map) return { $m: [...raw] };
    return replaced;
  });
  const head = Buffer.from(json ?? "null", "utf8");
  const parts = [u32(head.length), head];
  for (const buffer of buffers) parts.push(u32(buffer.length), buffer);
  return Buffer.concat(parts);
}

/** @param {Buffer} bytes @returns {any} */
export function decodeValue(bytes) {
  const headLength = bytes.readUInt32BE(0);
  const json = bytes.toString("utf8", 4, 4 + headLength);
  /** @type {Buffer[]} */
  const buffers = [];
  for (let at = 4 + headLength; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    // A copy: a view would keep the whole reply alive as long as the page.
    buffers.push(Buffer.from(bytes.subarray(at + 4, at + 4 + length)));
    at += 4 + length;
  }
  return JSON.parse(json, (_key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === "$b" && typeof value.$b === "number") return buffers[value.$b];
      if (keys.length === 1 && keys[0] === "$m" && Array.isArray(value.$m)) return new Map(value.$m);
    }
    return value;
  });
}

function u32(/** @type {number} */ n) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}
