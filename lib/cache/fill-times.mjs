// @ts-check
// When the renders (or data reads) of each cache key started, kept by the
// process doing them, so both stores (TaggedMemoryStore in isr-cache-handler.mjs
// and the Redis store, redis-store.mjs) stamp a stored result with the start
// of its render: a tag expired while a page rendered then expires that page
// at once.

/**
 * A fill not stored after this long never will be (the render failed, or its
 * result was not cacheable). Renders take milliseconds; a forgotten fill only
 * makes later entries look older than they are (extra renders, never a stale
 * page), and only for this long.
 */
export const FILL_TIMEOUT_MS = 10_000;

export class FillTimes {
  constructor() {
    /** @type {Map<string, number[]>} key → start times of fills in progress */
    this.fills = new Map();
  }

  /** A render for `key` starts at `at`; with onlyIfIdle, only when none is in progress. */
  start(/** @type {string} */ key, /** @type {number} */ at, onlyIfIdle = false) {
    const started = this.#live(key, at);
    if (onlyIfIdle && started.length > 0) return;
    started.push(at);
    this.fills.set(key, started);
    if (this.fills.size > 10_000) {
      for (const [k, times] of this.fills) if (times.every((t) => at - t >= FILL_TIMEOUT_MS)) this.fills.delete(k);
    }
  }

  /**
   * The stamp for a result stored at `at`: the oldest start in progress
   * (overlapping renders: judged older than it may be, never newer); the
   * latest start is retired. No start known: `at` itself.
   */
  finish(/** @type {string} */ key, /** @type {number} */ at) {
    const started = this.#live(key, at);
    if (started.length === 0) {
      this.fills.delete(key);
      return at;
    }
    const stamp = Math.min(...started);
    started.splice(started.indexOf(Math.max(...started)), 1);
    if (started.length === 0) this.fills.delete(key);
    else this.fills.set(key, started);
    return stamp;
  }

  #live(/** @type {string} */ key, /** @type {number} */ at) {
    return (this.fills.get(key) ?? []).filter((t) => at - t < FILL_TIMEOUT_MS);
  }
}
