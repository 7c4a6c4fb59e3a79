// @ts-check
import { bytesHeld, stringBytes } from "./bytes-held.mjs";
import { fromStored, toStored } from "./html-off-heap.mjs";
import { notePageHit } from "./page-probe.mjs";
// The Next.js server cache (next.config.mjs `cacheHandler`): cached pages (the
// guests' thread pages) and cached data (unstable_cache), kept in this
// process's memory, with tag expiry that never lets a page rendered before a
// change pass for one rendered after it.
//
// Why not Next's default file-system cache:
// 1. It stamps an entry with the time it was *stored*. A page whose render
//    read the database just before a reply was committed, and finished just
//    after the reply expired its tag, would be stored as newer than the
//    expiry and served to guests until the next change. Here an entry is
//    stamped with the time its render *started* (the cache miss that led to
//    it), so any tag expired while it rendered makes it expired at once.
// 2. It writes pages under .next/, which every database served by that build
//    shares (npm start, the journeys' fresh database, the benchmark's
//    generated one): a page cached for one would be served for another. A
//    process's memory belongs to one database; a restart starts empty.
//
// Every tag expiry here is immediate (updateTag, or revalidateTag with any
// profile): the forum never serves a page it knows is out of date. Entries
// with a time-based lifetime (`revalidate` seconds) are still refreshed in the
// background by Next.js, from the stamp below.
//
// Memory is bounded (CACHE_MAX_MEMORY_MB, default 256), counted in bytes held
// (bytes-held.mjs): least recently used entries are dropped first. A page's
// HTML is kept as UTF-16 bytes off V8's heap (html-off-heap.mjs), so what the
// cache holds costs the process about what it counts. With REDIS_URL the
// store is Redis, shared by every instance (redis-store.mjs).

/** @typedef {{ value: any; lastModified: number; tags: string[]; size: number; cacheControl?: unknown; serial: string }} Entry */

import { createRedisStore } from "./redis-store.mjs";
import { FillTimes } from "./fill-times.mjs";
/** @typedef {import("./redis-store.mjs").RedisTaggedStore} RedisTaggedStore */

const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
const TAGS_HEADER = "x-next-cache-tags";
/** The entry object, its Map slot and the fill bookkeeping. */
const ENTRY_OVERHEAD = 200;
/** Tells entries of one key apart (the guest fast path binds its copy to one). */
let lastSerial = 0;

/** @returns {number} */
function now() {
  return performance.timeOrigin + performance.now();
}

/**
 * Bytes an entry holds: its value (HTML, the RSC payload and segment buffers,
 * headers…), its key and tags, and the entry itself.
 * @param {string} key @param {any} value @param {string[]} tags
 */
function entryBytes(key, value, tags) {
  return ENTRY_OVERHEAD + stringBytes(key) + bytesHeld(tags) + bytesHeld(value);
}

/** Tags a stored value carries: a page's from its headers, data's from the caller. */
function tagsOf(/** @type {any} */ value, /** @type {any} */ ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" && header !== "" ? header.split(",") : [];
  const fromCtx = Array.isArray(ctx?.tags) ? ctx.tags : [];
  return [...new Set([...fromHeader, ...fromCtx])];
}

/**
 * Works around a Next.js bug (vercel/next.js#82117, open in 16.4): a cached
 * page that redirects (a guest asking for a renamed thread's old address)
 * answers the request that rendered it with its Location header twice — once
 * set by the render, once appended from the headers it stores — which
 * proxies merge into "Location: /a, /a" and Googlebot refuses. The entry is
 * stored here with its headers complete (requests served from the cache get
 * Location once, from them), and the render's own copy of the headers, which
 * Next.js appends to that first response right after storing, loses the
 * headers the render has already set on the response.
 * @param {any} data
 */
function withoutDuplicatedHeaders(data) {
  if (data?.kind !== "APP_PAGE" || !data.headers || typeof data.headers.location !== "string") return data;
  const stored = { ...data, headers: { ...data.headers } };
  const { location: _location, ...rest } = data.headers;
  data.headers = rest;
  return stored;
}

/**
 * The store, shared by every handler instance (Next.js builds one per
 * request). Exported for tests.
 */
export class TaggedMemoryStore {
  constructor(maxBytes = DEFAULT_MAX_BYTES) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** @type {Map<string, Entry>} insertion order = least recently used first */
    this.entries = new Map();
    /** @type {Map<string, number>} tag → when it was last expired */
    this.expiredAt = new Map();
    /** Start times of the renders in progress, shared with the Redis store (fill-times.mjs). */
    this.fills = new FillTimes();
  }

  /** Whether any of `tags` was expired after `since`. */
  isExpired(/** @type {string[]} */ tags, /** @type {number} */ since) {
    for (const tag of tags) {
      const at = this.expiredAt.get(tag);
      if (at !== undefined && at > since) return true;
    }
    return false;
  }

  /** Notes that a render or data read for `key` starts now (its result comes back through set). */
  startFill(/** @type {string} */ key, at = now(), onlyIfIdle = false) {
    this.fills.start(key, at, onlyIfIdle);
  }

  /**
   * The stamp for a result being stored now: the start of the oldest fill in
   * progress for the key (conservative when fills overlap: an entry may be
   * judged older than it is, never newer). The latest start is retired.
   */
  finishFill(/** @type {string} */ key, at = now()) {
    return this.fills.finish(key, at);
  }

  /**
   * @param {string} key
   * @param {string[]} extraTags tags known only to the reader (implicit path tags)
   * @returns {Entry | null}
   */
  get(key, extraTags = [], at = now()) {
    const entry = this.entries.get(key);
    if (!entry) {
      this.startFill(key, at);
      return null;
    }
    if (this.isExpired(entry.tags, entry.lastModified) || this.isExpired(extraTags, entry.lastModified)) {
      this.delete(key);
      this.startFill(key, at);
      return null;
    }
    // A time-expired entry is served while Next.js renders its replacement in
    // the background (once per key at a time).
    const revalidate = /** @type {any} */ (entry.cacheControl)?.revalidate;
    if (typeof revalidate === "number" && entry.lastModified + revalidate * 1000 < at) this.startFill(key, at, true);
    // Most recently used goes last.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** @param {string} key @param {any} value @param {string[]} tags @param {unknown} [cacheControl] */
  set(key, value, tags, cacheControl, at = now()) {
    const lastModified = this.finishFill(key, at);
    this.delete(key);
    const size = entryBytes(key, value, tags);
    if (size > this.maxBytes) return;
    this.entries.set(key, { value, lastModified, tags, size, cacheControl, serial: String(++lastSerial) });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }

  /**
   * Whether the entry under `key` is still the one numbered `serial` and get()
   * would serve it (none of its tags, nor the reader's `softTags`, expired
   * since its stamp); touched as recently used when it is. The guest fast
   * path (lib/fast-path/) asks this before every answer it gives from its copy.
   * @param {string} key @param {string} serial @param {string[]} softTags
   */
  isCurrent(key, serial, softTags) {
    const entry = this.entries.get(key);
    if (!entry || entry.serial !== serial) return false;
    if (this.isExpired(entry.tags, entry.lastModified) || this.isExpired(softTags, entry.lastModified)) return false;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return true;
  }

  /** @param {string} key */
  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.size;
  }

  /** @param {string[]} tags */
  expire(tags, at = now()) {
    for (const tag of tags) this.expiredAt.set(tag, at);
  }
}

const globalStore = /** @type {{ __banluanCacheStore?: TaggedMemoryStore | RedisTaggedStore }} */ (globalThis);
/** In Redis, shared by every instance, when REDIS_URL is set (lib/cache/redis-store.mjs); in this process's memory otherwise. */
function sharedStore() {
  if (process.env.REDIS_URL) return (globalStore.__banluanCacheStore ??= createRedisStore(process.env.REDIS_URL));
  const mb = Number(process.env.CACHE_MAX_MEMORY_MB);
  return (globalStore.__banluanCacheStore ??= new TaggedMemoryStore(Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : DEFAULT_MAX_BYTES));
}

/** The interface Next.js calls (see its cacheHandler documentation). */
export default class IsrCacheHandler {
  constructor() {
    this.store = sharedStore();
  }

  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    const softTags = Array.isArray(ctx?.softTags) ? ctx.softTags : [];
    const entry = await this.store.get(key, softTags);
    if (!entry) return null;
    notePageHit(key, entry, softTags);
    return { value: fromStored(entry.value), lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (!data) {
      this.store.finishFill(key);
      return;
    }
    await this.store.set(key, toStored(withoutDuplicatedHeaders(data)), tagsOf(data, ctx), ctx?.fetchCache ? undefined : ctx?.cacheControl);
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    await this.store.expire(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}

/**
 * Expires tags in this process's cache from outside a request (the expiry
 * feed's poller, lib/cache/expiry-poller.ts): the same store Next.js's
 * handler instances use.
 * @param {string[]} tags
 */
export function expireInProcess(tags) {
  // fromFeed: the Redis store must not record a failed write back into the feed.
  return sharedStore().expire(tags, undefined, { fromFeed: true });
}
