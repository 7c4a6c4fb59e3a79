// @ts-check
// The server cache's store shared by every app instance, in Redis (used by
// isr-cache-handler.mjs when REDIS_URL is set). Same promises as the
// in-process TaggedMemoryStore there:
// - an entry is stamped with the time its render STARTED (the miss that led
//   to it), so a tag expired while it rendered expires it at once;
// - a get checks the entry's own tags and the reader's soft tags against the
//   tags' expiry times;
// - memory is bounded: every entry has a TTL (CACHE_REDIS_TTL_S, default one
//   day), and Redis is meant to run with `maxmemory` + `maxmemory-policy
//   allkeys-lru` (docs/deploy.md), which drops least recently used entries.
//
// Layout (prefix CACHE_REDIS_PREFIX, default "banluan:cache:"):
//   <prefix>e:<key>  hash { m: JSON {t: stamp, g: tags, c: cacheControl}, v: encoded value }
//   <prefix>expiry   sorted set: tag → when it was last expired, plus the
//                    member EPOCH: every entry stamped before it is expired.
// One sorted set rather than a key per tag so that eviction cannot silently
// forget one tag's expiry: the set is read on every get (never the least
// recently used key), and if it is gone anyway (evicted, flushed, a Redis
// restarted without its data) EPOCH is gone with it, which reads as "expire
// everything stamped before now". Tags expired longer ago than any entry can
// live are pruned, the epoch raised to match (nothing older survives its TTL).
//
// Several machines, several clocks: expiry times are written SKEW ms in the
// future (CACHE_CLOCK_SKEW_MS, default 500), so an instance whose clock runs
// up to that much ahead still sees a render it started before the change as
// older than it. The cost is a re-render of pages filled in that window.
//
// Redis unreachable or failing: the forum keeps working from the database.
// A get is a miss, nothing is stored, the failure is logged once (and its
// end once). Because expiries this or another instance made meanwhile may be
// missing from Redis, the epoch is raised to "now" before the store is used
// again: whatever may have been missed counts as expired. An expiry that could
// not be written is also handed to `onExpireFailed` (server-background.ts
// records it in the CacheExpiry table, which every instance polls), so
// instances still connected to Redis apply it.
import { randomUUID } from "node:crypto";
import { createClient, RESP_TYPES } from "redis";
import { encodeValue, decodeValue } from "./cache-value-codec.mjs";
import { FillTimes, FILL_TIMEOUT_MS } from "./fill-times.mjs";

const EPOCH = "\u0000epoch";
const DEFAULT_TTL_S = 24 * 60 * 60;
const MAX_ENTRY_BYTES = 16 * 1024 * 1024;

// KEYS: entry, expiry set. ARGV: EPOCH, then the reader's soft tags.
const GET_SCRIPT = `
local epoch = redis.call('ZSCORE', KEYS[2], ARGV[1])
if not epoch then return {'noepoch'} end
local meta = redis.call('HGET', KEYS[1], 'm')
if not meta then return {'miss'} end
local since = tonumber(cjson.decode(meta).t)
local function expired(tag)
  local at = redis.call('ZSCORE', KEYS[2], tag)
  return at and tonumber(at) > since
end
local stale = tonumber(epoch) > since
if not stale then
  for _, tag in ipairs(cjson.decode(meta).g) do
    if expired(tag) then stale = true break end
  end
end
if not stale then
  for i = 2, #ARGV do
    if expired(ARGV[i]) then stale = true break end
  end
end
if stale then
  redis.call('DEL', KEYS[1])
  return {'expired'}
end
return {'hit', meta, redis.call('HGET', KEYS[1], 'v')}
`;

// Whether the entry is still the one stored with serial ARGV[2] and GET_SCRIPT
// would serve it. Changes nothing (a stale entry is deleted by the next get).
// KEYS: entry, expiry set. ARGV: EPOCH, serial, then the reader's soft tags.
const CURRENT_SCRIPT = `
local epoch = redis.call('ZSCORE', KEYS[2], ARGV[1])
if not epoch then return 0 end
local meta = redis.call('HGET', KEYS[1], 'm')
if not meta then return 0 end
local m = cjson.decode(meta)
if m.s ~= ARGV[2] then return 0 end
local since = tonumber(m.t)
if tonumber(epoch) > since then return 0 end
local function expired(tag)
  local at = redis.call('ZSCORE', KEYS[2], tag)
  return at and tonumber(at) > since
end
for _, tag in ipairs(m.g) do
  if expired(tag) then return 0 end
end
for i = 3, #ARGV do
  if expired(ARGV[i]) then return 0 end
end
return 1
`;

// KEYS: expiry set. ARGV: EPOCH, stamp, prune cutoff, tags…
// A missing epoch means the set was lost: everything before now is expired.
const EXPIRE_SCRIPT = `
local epoch = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not epoch then redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1]) end
for i = 4, #ARGV do redis.call('ZADD', KEYS[1], 'GT', ARGV[2], ARGV[i]) end
if epoch then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
  redis.call('ZADD', KEYS[1], 'GT', ARGV[3], ARGV[1])
end
return 1
`;

/** @returns {number} */
function now() {
  return performance.timeOrigin + performance.now();
}

function envNumber(/** @type {string} */ name, /** @type {number} */ fallback) {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 && process.env[name] !== "" ? value : fallback;
}

/**
 * @typedef {{ value: any; lastModified: number; tags: string[]; cacheControl?: unknown }} Entry
 * @typedef {{
 *   url: string; prefix?: string; ttlSeconds?: number; skewMs?: number; timeoutMs?: number;
 *   onExpireFailed?: (tags: string[]) => void; log?: (message: string) => void; clock?: () => number;
 * }} RedisStoreOptions
 */

export class RedisTaggedStore {
  /** @param {RedisStoreOptions} options */
  constructor(options) {
    this.prefix = options.prefix ?? "banluan:cache:";
    this.expiryKey = `${this.prefix}expiry`;
    this.ttlMs = (options.ttlSeconds ?? DEFAULT_TTL_S) * 1000;
    this.skewMs = options.skewMs ?? 500;
    this.clock = options.clock ?? now;
    this.log = options.log ?? ((message) => console.warn(message));
    this.onExpireFailed = options.onExpireFailed;
    this.fills = new FillTimes();
    /** Usable only once connected and, after any failure, once the epoch is raised. */
    this.usable = false;
    /** Something may have been missed (a failure, a lost connection): raise the epoch before using Redis again. */
    this.mustRaiseEpoch = false;
    this.warned = false;
    /** @type {Promise<void> | null} */
    this.recovering = null;
    /** @type {Map<string, string>} script text → sha */
    this.shas = new Map();
    this.closed = false;

    this.client = createClient({
      url: options.url,
      // A command while disconnected fails at once instead of waiting in a
      // queue: the request renders from the database instead.
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 5_000,
        reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000),
      },
      commandOptions: { timeout: options.timeoutMs ?? 1_000, typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } },
    });
    this.client.on("error", (error) => this.#fail(error));
    this.client.on("end", () => this.#lost());
    this.client.on("reconnecting", () => this.#lost());
    // First connection: only make sure the epoch exists (a missing expiry set
    // may have been evicted: then nothing stored before now is trusted).
    // After a failure: raise it.
    this.client.on("ready", () => void this.#recover(!this.mustRaiseEpoch));
    this.connected = this.client.connect().then(
      () => undefined,
      (error) => this.#fail(error),
    );
  }

  /**
   * @param {string} key
   * @param {string[]} softTags tags known only to the reader (implicit path tags)
   * @returns {Promise<Entry | null>}
   */
  async get(key, softTags = []) {
    const at = this.clock();
    if (!this.usable) {
      this.fills.start(key, at);
      return null;
    }
    try {
      const reply = /** @type {Buffer[]} */ (await this.#script(GET_SCRIPT, [this.#entryKey(key), this.expiryKey], [EPOCH, ...softTags]));
      const status = reply[0].toString();
      if (status !== "hit") {
        // The expiry set is gone: raise the epoch (nothing older may be served).
        if (status === "noepoch") await this.#writeExpiry([], this.clock() + this.skewMs);
        this.fills.start(key, at);
        return null;
      }
      const meta = JSON.parse(reply[1].toString());
      const entry = { value: decodeValue(reply[2]), lastModified: meta.t, tags: meta.g, cacheControl: meta.c ?? undefined, serial: meta.s };
      // Time-based lifetime: served while Next.js renders the replacement in
      // the background (one fill per key at a time).
      const revalidate = meta.c?.revalidate;
      if (typeof revalidate === "number" && entry.lastModified + revalidate * 1000 < at) this.fills.start(key, at, true);
      return entry;
    } catch (error) {
      this.#fail(error);
      this.fills.start(key, at);
      return null;
    }
  }

  /**
   * Whether the entry under `key` is still the one stored with `serial`, none
   * of its tags nor the reader's `softTags` expired since its stamp: what the
   * guest fast path asks, every other instance's expiries included, before
   * answering from its copy. Unreachable Redis: no.
   * @param {string} key @param {string} serial @param {string[]} softTags
   * @returns {Promise<boolean>}
   */
  async isCurrent(key, serial, softTags = []) {
    if (!this.usable) return false;
    try {
      const reply = await this.#script(CURRENT_SCRIPT, [this.#entryKey(key), this.expiryKey], [EPOCH, serial, ...softTags]);
      return Number(reply) === 1;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  /** A render or read for `key` ended without a cacheable result. */
  finishFill(/** @type {string} */ key) {
    this.fills.finish(key, this.clock());
  }

  /** @param {string} key @param {any} value @param {string[]} tags @param {unknown} [cacheControl] */
  async set(key, value, tags, cacheControl) {
    const at = this.clock();
    const stamp = this.fills.finish(key, at);
    if (!this.usable) return;
    try {
      const bytes = encodeValue(value);
      if (bytes.length > MAX_ENTRY_BYTES) return;
      // s: tells this entry apart from any other stored under the key (the guest fast path binds its copy to it).
      const meta = JSON.stringify({ t: stamp, g: tags, c: cacheControl ?? null, s: randomUUID() });
      const entryKey = this.#entryKey(key);
      await this.client.multi().hSet(entryKey, { m: meta, v: bytes }).pExpire(entryKey, Math.max(1, Math.round(this.ttlMs))).exec();
    } catch (error) {
      this.#fail(error);
    }
  }

  /**
   * Expires `tags` for every instance. `fromFeed`: the expiry came from the
   * CacheExpiry feed, so a failure is not recorded there again.
   * @param {string[]} tags @param {number} [at] @param {{ fromFeed?: boolean }} [options]
   */
  async expire(tags, at = this.clock(), options = {}) {
    if (tags.length === 0) return;
    const ok = this.usable && (await this.#writeExpiry(tags, at + this.skewMs));
    if (ok) return;
    this.mustRaiseEpoch = true;
    if (!options.fromFeed && this.onExpireFailed) {
      try {
        this.onExpireFailed(tags);
      } catch {
        // The epoch raise on recovery still covers this instance's view.
      }
    }
  }

  /** Stops the connection (tests, shutdown). */
  async close() {
    this.closed = true;
    this.usable = false;
    await this.connected;
    try {
      await this.client.close();
    } catch {
      this.client.destroy();
    }
  }

  /** @returns {Promise<boolean>} */
  async #writeExpiry(/** @type {string[]} */ tags, /** @type {number} */ stamp) {
    try {
      const cutoff = this.clock() - this.ttlMs - FILL_TIMEOUT_MS - 2 * this.skewMs - 60_000;
      await this.#script(EXPIRE_SCRIPT, [this.expiryKey], [EPOCH, String(stamp), String(cutoff), ...tags]);
      return true;
    } catch (error) {
      this.#fail(error);
      return false;
    }
  }

  /** EVALSHA, loading the script on first use or after a Redis restart (NOSCRIPT). */
  async #script(/** @type {string} */ script, /** @type {string[]} */ keys, /** @type {string[]} */ args) {
    const tail = [String(keys.length), ...keys, ...args];
    const sha = this.shas.get(script);
    if (sha) {
      try {
        return await this.client.sendCommand(["EVALSHA", sha, ...tail]);
      } catch (error) {
        if (!String(/** @type {Error} */ (error)?.message).startsWith("NOSCRIPT")) throw error;
      }
    }
    const loaded = String(await this.client.sendCommand(["SCRIPT", "LOAD", script]));
    this.shas.set(script, loaded);
    return await this.client.sendCommand(["EVALSHA", loaded, ...tail]);
  }

  #entryKey(/** @type {string} */ key) {
    return `${this.prefix}e:${key}`;
  }

  /** The connection dropped: expiries may be missed from now on. */
  #lost() {
    if (!this.closed) this.#fail(new Error("mất kết nối tới Redis"));
  }

  #fail(/** @type {unknown} */ error) {
    if (this.closed) return;
    this.usable = false;
    this.mustRaiseEpoch = true;
    if (!this.warned) {
      this.warned = true;
      const reason = String(/** @type {Error} */ (error)?.message ?? error).split("\n")[0];
      this.log(`Bàn Luận: bộ nhớ đệm Redis không dùng được (${reason}); trang được dựng từ cơ sở dữ liệu cho tới khi Redis trở lại.`);
    }
    if (this.client.isReady) void this.#recover();
  }

  /** Raises the epoch (whatever was missed counts as expired), then uses Redis again; retried every second. */
  #recover(onlyIfMissing = false) {
    return (this.recovering ??= (async () => {
      while (!this.closed && this.client.isReady) {
        try {
          const raise = onlyIfMissing && !this.mustRaiseEpoch ? [] : [EPOCH];
          await this.#script(EXPIRE_SCRIPT, [this.expiryKey], [EPOCH, String(this.clock() + this.skewMs), "0", ...raise]);
          this.mustRaiseEpoch = false;
          this.usable = true;
          if (this.warned) this.log("Bàn Luận: bộ nhớ đệm Redis dùng lại được (các trang lưu trước đó coi như đã hết hạn).");
          this.warned = false;
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 1_000).unref());
        }
      }
    })().finally(() => (this.recovering = null)));
  }
}

/** The store the cache handler uses when REDIS_URL is set; settings from the environment. */
export function createRedisStore(/** @type {string} */ url) {
  return new RedisTaggedStore({
    url,
    prefix: process.env.CACHE_REDIS_PREFIX || undefined,
    ttlSeconds: envNumber("CACHE_REDIS_TTL_S", DEFAULT_TTL_S),
    skewMs: envNumber("CACHE_CLOCK_SKEW_MS", 500),
    timeoutMs: envNumber("CACHE_REDIS_TIMEOUT_MS", 1_000),
    // Set by lib/next/server-background.ts (a bundled module: it cannot hand
    // this module a function any other way than through globalThis).
    onExpireFailed: (tags) => /** @type {any} */ (globalThis).__banluanRecordExpiry?.(tags),
  });
}
