// @ts-check
// Which cached page a request was answered from, for the guest fast path
// (lib/fast-path/guest-fast-path.ts). The fast path runs Next.js's handler
// for a guest request inside `pageProbe().run(record, …)`; when the cache
// handler (isr-cache-handler.mjs) returns an APP_PAGE entry within that
// request, it writes down the entry's key, serial, stamp and the reader's
// soft tags into `record`. The fast path then keeps the bytes Next.js sent
// bound to exactly that entry: they are served only while the cache would
// still serve that same entry.
//
// On globalThis: the handler is loaded by Next.js's require, the fast path
// by the server script (tsx); both must see one instance.
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * @typedef {{ key: string; serial: string; lastModified: number; tags: string[]; softTags: string[];
 *   cacheControl?: any; html: unknown; status?: number }} ProbedPage
 * @typedef {{ page?: ProbedPage }} ProbeRecord
 */

const shared = /** @type {{ __banluanPageProbe?: AsyncLocalStorage<ProbeRecord> }} */ (globalThis);

/** @returns {AsyncLocalStorage<ProbeRecord>} */
export function pageProbe() {
  return (shared.__banluanPageProbe ??= new AsyncLocalStorage());
}

/**
 * Called by the cache handler on a hit: records the entry when a probe is
 * listening for this request (one property read otherwise).
 * @param {string} key @param {any} entry @param {string[]} softTags
 */
export function notePageHit(key, entry, softTags) {
  const probe = shared.__banluanPageProbe;
  if (!probe) return;
  const record = probe.getStore();
  if (!record || entry?.value?.kind !== "APP_PAGE" || typeof entry.serial !== "string") return;
  record.page = {
    key,
    serial: entry.serial,
    lastModified: entry.lastModified,
    tags: entry.tags,
    softTags,
    cacheControl: entry.cacheControl,
    html: entry.value.html,
    status: entry.value.status,
  };
}
