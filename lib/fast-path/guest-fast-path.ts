// The guest fast path: a guest's request for a thread page whose cached copy
// is current is answered from bytes ready in memory, in front of Next.js's
// request handler (scripts/serve.ts, through the request gate). Everything
// else goes to Next.js untouched.
//
// Why: a cached guest page cost ~0.8 ms of Next.js's request path around a
// page already rendered (routing, the rewrite, the response cache, React's
// static result, compression on the fly); Node answers the same bytes in a
// few microseconds (docs/performance.md).
//
// How it stays exactly as correct as the cache:
// - Its copies are taken from Next.js's own answers: a guest request that the
//   fast path cannot answer runs through Next.js with a probe
//   (lib/cache/page-probe.mjs) that notes which cache entry answered it. When
//   that was a cache HIT of a page, with no Set-Cookie, and the body sent is
//   exactly that entry's HTML, the status, headers and body are kept, bound
//   to that entry (its key and serial).
// - Before every answer it asks the cache store whether that same entry is
//   still the one get() would serve: none of its tags (nor the reader's soft
//   tags) expired since the start of its render. One Map lookup and a few tag
//   lookups in memory; with REDIS_URL, one small script in Redis, so another
//   instance's expiry counts at once. No: the copy is dropped and Next.js
//   answers (and renders afresh) — a change is visible on the guest's next
//   request, exactly as without the fast path.
// - A page with a time-based lifetime (the guests' sidebar, revalidate = 30)
//   is, once due, what Next.js itself does with it: served stale while it is
//   rendered again in the background (one request a second is let through to
//   Next.js, which starts that render); the new render replaces the entry,
//   and the copy with it. Tag expiries are never served stale.
// - A request carrying any form of the session cookie, any method but
//   GET/HEAD, a query string, or the App Router's RSC/prefetch headers is
//   never answered here (guest-request.ts).
// - Memory is bounded in bytes held (fast-entries.ts, CACHE_FAST_PATH_MB).
//
// What it adds: gzip and brotli copies made once (in zlib's thread pool, so
// the event loop does not wait for them), chosen by Accept-Encoding; an ETag
// (a hash of the body) and 304 for If-None-Match.
//
// What it must not do: compress the same page fifty times. Under load many
// guests ask for a page at the moment its copy goes out of date; only one
// request per path at a time is copied (the others go to Next.js as they
// are), a copy of an entry already held is not taken again, and a new render
// whose bytes equal the copy held (the 30-second refresh of a page nothing
// changed on) keeps its compressed copies instead of making them again.
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { pageProbe, type ProbedPage, type ProbeRecord } from "@/lib/cache/page-probe.mjs";
import { acceptedCodings, BR, GZIP } from "./accept-encoding";
import { ENTRY_OVERHEAD, FastEntries, headBytes, type FastEntry, type Variant } from "./fast-entries";
import { guestPagePath } from "./guest-request";

/** What the fast path needs of the cache store (lib/cache/isr-cache-handler.mjs, redis-store.mjs). */
export type CurrentEntryCheck = { isCurrent(key: string, serial: string, softTags: string[]): boolean | Promise<boolean> };

export type FastPathOptions = {
  maxBytes: number;
  /** The cache store Next.js's handler uses (created by it on first use). */
  store: () => CurrentEntryCheck | undefined;
  /** Tests only: mark answers given here with `x-fast-path: HIT`. */
  markAnswers?: boolean;
  clock?: () => number;
  /** While a copy is due for its time-based refresh, how often a request is let through to Next.js (default 1 s). */
  refreshAskMs?: number;
  /** Tests: compression done (or failed) for an entry. */
  onCompressed?: (path: string) => void;
};

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

export type GuestFastPath = {
  /** Answers the request from a current copy and returns true, or returns false (nothing done). With an asynchronous store, may return true and later call `fallback` instead. */
  tryServe(req: IncomingMessage, res: ServerResponse, fallback: () => void): boolean;
  /** Hands the request to Next.js; keeps the answer when it is a current cached page. */
  capture(req: IncomingMessage, res: ServerResponse, handle: Handler): unknown;
  entries: FastEntries;
};

/** A copy larger than this is not kept (no thread page comes near it). */
const MAX_CAPTURE_BYTES = 8 * 1024 * 1024;
/** Headers that belong to one response (or that the fast path sets itself). */
const PER_RESPONSE = new Set(["content-length", "content-encoding", "transfer-encoding", "date", "connection", "keep-alive", "etag"]);
/**
 * Brotli's quality 11 took 0.7 s of CPU for a 123 KB thread page on this
 * machine under load, 9 took 80 ms for a result 7 % larger (gzip 9: 52 % larger).
 */
const BROTLI_QUALITY = 9;
/** While a copy is due for its time-based refresh, how often a request is let through to Next.js to set it off. */
const REFRESH_ASK_MS = 1_000;
/** How long a path whose answers are not cached pages is left alone (its requests keep their compression). */
const REFUSED_FOR_MS = 30_000;

function now(): number {
  return performance.timeOrigin + performance.now();
}

/** A Buffer of its own (never a slice of Node's shared 8 KB pool, which it would keep alive whole). */
function ownBuffer(bytes: Buffer): Buffer {
  if (bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length) return bytes;
  const own = Buffer.allocUnsafeSlow(bytes.length);
  bytes.copy(own);
  return own;
}

function htmlText(html: unknown): string | null {
  if (typeof html === "string") return html;
  if (Buffer.isBuffer(html)) return html.toString("utf16le"); // as html-off-heap.mjs keeps it
  return null;
}

export function etagMatches(header: string, etag: string): boolean {
  const opaque = etag.replace(/^W\//, "");
  for (const candidate of header.split(",")) {
    const tag = candidate.trim();
    if (tag === "*" || tag.replace(/^W\//, "") === opaque) return true;
  }
  return false;
}

/** The response's headers as a flat list, names spelled as Next.js and the gate set them. */
function headerPairs(res: ServerResponse): string[] {
  const pairs: string[] = [];
  let vary = "";
  // getRawHeaderNames (Node ≥ 15.13) is missing from this @types/node.
  for (const name of (res as unknown as { getRawHeaderNames(): string[] }).getRawHeaderNames()) {
    const value = res.getHeader(name);
    const lower = name.toLowerCase();
    if (value === undefined || PER_RESPONSE.has(lower)) continue;
    if (lower === "vary") {
      vary = Array.isArray(value) ? value.join(", ") : String(value);
      continue;
    }
    for (const v of Array.isArray(value) ? value : [value]) pairs.push(name, String(v));
  }
  // The fast path answers by Accept-Encoding, so every shared cache must know.
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) vary = vary ? `${vary}, Accept-Encoding` : "Accept-Encoding";
  pairs.push("Vary", vary);
  return pairs;
}

function variant(base: string[], body: Buffer, coding: string | null): Variant {
  const head = [...base, "Content-Length", String(body.length)];
  if (coding) head.push("Content-Encoding", coding);
  return { body, head };
}

export function createGuestFastPath(options: FastPathOptions): GuestFastPath {
  const entries = new FastEntries(options.maxBytes);
  const clock = options.clock ?? now;
  const refreshAskMs = options.refreshAskMs ?? REFRESH_ASK_MS;
  /** path → until when it is left alone (bounded: cleared when large). */
  const refused = new Map<string, number>();
  /** Paths with a request being copied now: one at a time each. */
  const copying = new Set<string>();

  function send(req: IncomingMessage, res: ServerResponse, entry: FastEntry): void {
    const ifNoneMatch = req.headers["if-none-match"];
    if (entry.etag !== null && ifNoneMatch !== undefined && etagMatches(ifNoneMatch, entry.etag)) {
      res.writeHead(304, entry.notModified);
      res.end();
      return;
    }
    const accepted = acceptedCodings(req.headers["accept-encoding"]);
    const chosen = (accepted & BR && entry.br) || (accepted & GZIP && entry.gzip) || entry.identity;
    res.writeHead(entry.status, chosen.head);
    if (req.method === "HEAD") res.end();
    else res.end(chosen.body);
  }

  function tryServe(req: IncomingMessage, res: ServerResponse, fallback: () => void): boolean {
    const path = guestPagePath(req);
    if (path === null) return false;
    const entry = entries.get(path);
    if (entry === undefined || entry.stale) return false;
    // Due for its time-based refresh: Next.js serves such a page stale while
    // it renders it again in the background, and so does the copy; one
    // request a second goes to Next.js, which sets that render off. Once it is
    // stored, the entry is another one and isCurrent says no.
    const at = clock();
    if (at >= entry.freshUntil && (entry.refreshAskedAt === undefined || at - entry.refreshAskedAt >= refreshAskMs)) {
      entry.refreshAskedAt = at;
      return false;
    }
    const store = options.store();
    if (store === undefined) return false;
    let current: boolean | Promise<boolean>;
    try {
      current = store.isCurrent(entry.key, entry.serial, entry.softTags);
    } catch {
      return false;
    }
    if (current === true) {
      entries.touch(entry);
      send(req, res, entry);
      return true;
    }
    // Out of date copies stay (counted, bounded) until replaced: a new render
    // with the same bytes takes their compressed copies over.
    if (current === false) {
      entry.stale = true;
      return false;
    }
    current.then(
      (ok) => {
        if (ok) return send(req, res, entry);
        entry.stale = true;
        fallback();
      },
      () => fallback(),
    );
    return true;
  }

  function compress(entry: FastEntry, base: string[]): void {
    const body = entry.identity.body;
    let pending = 2;
    const done = () => {
      if (--pending === 0) options.onCompressed?.(entry.path);
    };
    const attach = (coding: "gzip" | "br", error: Error | null, bytes: Buffer) => {
      if (!error && entries.has(entry) && bytes.length < body.length) {
        const made = variant(base, ownBuffer(bytes), coding);
        entry[coding] = made;
        entries.grew(entry, made.body.length + headBytes(made.head));
      }
      done();
    };
    zlib.gzip(body, { level: 9 }, (error, bytes) => attach("gzip", error, bytes));
    zlib.brotliCompress(
      body,
      { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } },
      (error, bytes) => attach("br", error, bytes),
    );
  }

  /** Keeps Next.js's answer when it is exactly the current cached page `page`. */
  function adopt(path: string, page: ProbedPage, res: ServerResponse, body: Buffer): void {
    const status = res.statusCode;
    if (status !== (page.status ?? 200)) return;
    if (htmlText(page.html) !== body.toString("utf8")) return;
    const revalidate = page.cacheControl?.revalidate;
    const freshUntil = typeof revalidate === "number" ? page.lastModified + revalidate * 1000 : Infinity;
    if (clock() >= freshUntil) return; // Next.js served it stale: its new render comes next
    const previous = entries.get(path);
    if (previous && previous.key === page.key && previous.serial === page.serial) return; // held already
    const same = previous && previous.status === status && previous.identity.body.equals(body) ? previous : undefined;
    const identity = same ? same.identity.body : ownBuffer(body);
    const etag = same ? same.etag : status === 200 ? `W/"${createHash("sha1").update(identity).digest("base64url")}"` : null;
    const base = headerPairs(res);
    if (etag) base.push("ETag", etag);
    if (options.markAnswers) base.push("x-fast-path", "HIT");
    const notModified: string[] = [];
    for (let i = 0; i < base.length; i += 2) if (base[i].toLowerCase() !== "content-type") notModified.push(base[i], base[i + 1]);
    const entry: FastEntry = {
      path,
      key: page.key,
      serial: page.serial,
      softTags: page.softTags,
      freshUntil,
      status,
      etag,
      identity: variant(base, identity, null),
      notModified,
      bytes: 0,
      stale: false,
      refreshAskedAt: undefined,
    };
    entry.bytes = ENTRY_OVERHEAD + identity.length + headBytes(entry.identity.head) + headBytes(notModified) + headBytes(page.softTags) + 2 * (path.length + page.key.length);
    if (same) {
      // The same bytes rendered again: its compressed copies still fit.
      for (const coding of ["gzip", "br"] as const) {
        const made = same[coding];
        if (!made) continue;
        entry[coding] = variant(base, made.body, coding);
        entry.bytes += made.body.length + headBytes(entry[coding]!.head);
      }
      entries.set(entry);
      options.onCompressed?.(path);
      return;
    }
    entries.set(entry);
    if (entries.has(entry)) compress(entry, base);
  }

  function capture(req: IncomingMessage, res: ServerResponse, handle: Handler): unknown {
    const path = guestPagePath(req);
    if (path === null || req.method !== "GET" || copying.has(path)) return handle(req, res);
    const until = refused.get(path);
    if (until !== undefined) {
      if (clock() < until) return handle(req, res);
      refused.delete(path);
    }
    copying.add(path);
    res.once("close", () => copying.delete(path));
    // Next.js compresses on the fly for a client that accepts it; the copy is
    // taken as it is, and this one answer goes out uncompressed.
    delete req.headers["accept-encoding"];
    const record: ProbeRecord = {};
    const chunks: Buffer[] = [];
    let size = 0;
    let cacheStatus: unknown;
    const { writeHead, write, end } = res;
    const collect = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_CAPTURE_BYTES) return;
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
      size += bytes.length;
      chunks.push(bytes);
    };
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      cacheStatus ??= this.getHeader("x-nextjs-cache");
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as typeof res.writeHead;
    res.write = function (this: ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof res.write;
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (end as (...a: unknown[]) => ServerResponse).call(this, chunk, ...rest);
    } as typeof res.end;
    res.once("finish", () => {
      if (cacheStatus === undefined || res.hasHeader("set-cookie")) {
        // Not a cached page (or one that sets a cookie): leave this path alone a while.
        if (refused.size >= 10_000) refused.clear();
        refused.set(path, clock() + REFUSED_FOR_MS);
        return;
      }
      if (cacheStatus !== "HIT" || !record.page || size > MAX_CAPTURE_BYTES) return;
      try {
        adopt(path, record.page, res, Buffer.concat(chunks, size));
      } catch (error) {
        console.warn(`Bàn Luận: không giữ được bản sao trang cho khách (${String((error as Error)?.message ?? error)}).`);
      }
    });
    return pageProbe().run(record, () => handle(req, res));
  }

  return { tryServe, capture, entries };
}

/** The store the cache handler made (lib/cache/isr-cache-handler.mjs keeps it on globalThis). */
export function sharedCacheStore(): CurrentEntryCheck | undefined {
  const store = (globalThis as { __banluanCacheStore?: Partial<CurrentEntryCheck> }).__banluanCacheStore;
  return typeof store?.isCurrent === "function" ? (store as CurrentEntryCheck) : undefined;
}

/** CACHE_FAST_PATH_MB (default 64; 0 turns the fast path off). */
export function fastPathBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.CACHE_FAST_PATH_MB;
  const mb = raw === undefined || raw.trim() === "" ? 64 : Number(raw);
  return Number.isFinite(mb) && mb > 0 ? Math.floor(mb * 1024 * 1024) : 0;
}
