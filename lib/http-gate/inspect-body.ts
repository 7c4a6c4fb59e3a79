import { t } from "@/lib/i18n/text";
// What the request gate checks in a request body before Next.js parses it.
// Next.js answers these with a 500 (or overflows its stack): a body it cannot
// parse, tens of thousands of fields, arguments nested thousands deep. Here
// they get a 400 with a short reason instead, and never reach an action.
//
// Pure functions over a Buffer, so they are unit-tested without a server.

/** More than any form of the forum sends (the largest, bulk moderation, sends a few hundred). */
export const MAX_FIELDS = 1000;
/** Server-action arguments are flat data; nothing legitimate nests this deep. */
export const MAX_NESTING = 64;

export type BodyProblem = { status: 400 | 415; message: string };

// Made when returned, in the request's language (the gate runs inspectBody inside it).
const MALFORMED = (): BodyProblem => ({ status: 400, message: t("services.gateMalformed") });
const TOO_MANY_FIELDS = (): BodyProblem => ({ status: 400, message: t("services.gateTooManyFields") });
const TOO_DEEP = (): BodyProblem => ({ status: 400, message: t("services.gateTooDeep") });
const NOT_TEXT = (): BodyProblem => ({ status: 400, message: t("services.gateNotText") });

/**
 * Whether JSON holds a string with a lone surrogate ("\ud800" escaped: a
 * browser's JSON.stringify writes one only for half a character, which no
 * keyboard can type). Text that is not JSON is not this check's business.
 */
export function jsonHasLoneSurrogate(text: string): boolean {
  if (!/\\u[dD][89a-fA-F]/.test(text)) return false; // the common case: no escaped surrogate at all
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  const walk = (v: unknown): boolean => {
    if (typeof v === "string") return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(v);
    if (Array.isArray(v)) return v.some(walk);
    if (v && typeof v === "object") return Object.entries(v).some(([k, x]) => walk(k) || walk(x));
    return false;
  };
  return walk(value);
}

/** The boundary of a multipart/form-data Content-Type, or null when it has none (or a bad one). */
export function multipartBoundary(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2] ?? null;
  // RFC 2046 bchars, without the space (never used by browsers).
  return boundary && /^[0-9A-Za-z'()+_,\-./:=?]+$/.test(boundary) ? boundary : null;
}

/**
 * Deepest nesting of [ and { outside JSON strings. Stops counting once past
 * `limit` (the caller only needs to know that much).
 */
export function nestingDepth(text: string, limit = MAX_NESTING): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return deepest;
}

/** Checks a multipart/form-data body: well formed, not too many parts, no deep JSON. */
export function inspectMultipart(body: Buffer, boundary: string): BodyProblem | null {
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  if (at < 0) return MALFORMED();
  let parts = 0;
  for (;;) {
    const afterDelimiter = at + delimiter.length;
    // "--boundary--" closes the body; what follows (an epilogue) is ignored.
    if (body[afterDelimiter] === 0x2d && body[afterDelimiter + 1] === 0x2d) return null;
    if (body[afterDelimiter] !== 0x0d || body[afterDelimiter + 1] !== 0x0a) return MALFORMED();
    const headersEnd = body.indexOf("\r\n\r\n", afterDelimiter + 2);
    const next = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), afterDelimiter);
    // A part with no end (truncated body) or headers that run into the next part.
    if (next < 0 || headersEnd < 0 || headersEnd > next) return MALFORMED();
    const headers = body.subarray(afterDelimiter + 2, headersEnd).toString("latin1");
    if (!/^content-disposition:\s*form-data\s*;[^\r\n]*\bname=/im.test(headers)) return MALFORMED();
    parts++;
    if (parts > MAX_FIELDS) return TOO_MANY_FIELDS();
    if (!/\bfilename\*?=/i.test(headers)) {
      const value = body.subarray(headersEnd + 4, next).toString("utf8");
      if (nestingDepth(value) > MAX_NESTING) return TOO_DEEP();
      if (jsonHasLoneSurrogate(value)) return NOT_TEXT();
    }
    at = next + 2;
  }
}

/** Checks a body by its Content-Type; null when it may go on to Next.js. */
export function inspectBody(contentType: string, body: Buffer): BodyProblem | null {
  const type = contentType.split(";")[0].trim().toLowerCase();
  if (type === "multipart/form-data") {
    const boundary = multipartBoundary(contentType);
    return boundary ? inspectMultipart(body, boundary) : MALFORMED();
  }
  if (type === "application/x-www-form-urlencoded") {
    let fields = body.length > 0 ? 1 : 0;
    for (const byte of body) if (byte === 0x26) fields++;
    return fields > MAX_FIELDS ? TOO_MANY_FIELDS() : null;
  }
  // Server actions called from JavaScript send their arguments as JSON in text/plain.
  if (type === "text/plain" || type === "application/json" || type === "") {
    const text = body.toString("utf8");
    if (nestingDepth(text) > MAX_NESTING) return TOO_DEEP();
    return jsonHasLoneSurrogate(text) ? NOT_TEXT() : null;
  }
  return null;
}
