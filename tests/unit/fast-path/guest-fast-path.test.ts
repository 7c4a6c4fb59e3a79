// The guest fast path (lib/fast-path/guest-fast-path.ts) behind the real
// request gate, in front of a stand-in for Next.js that answers from the real
// cache handler (lib/cache/isr-cache-handler.mjs) the way Next.js does: a
// cached page with x-nextjs-cache: HIT, otherwise a fresh render that it
// stores. What must hold: a copy is byte-identical to the framework's answer;
// any expiry of its tags sends the next request back to the framework; a
// request with a session cookie (or an RSC request, a query string, a POST)
// never gets a copy; HEAD, 304, gzip and brotli; memory bounded in bytes.
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import IsrCacheHandler, { TaggedMemoryStore } from "@/lib/cache/isr-cache-handler.mjs";
import { createGate } from "@/lib/http-gate/gate";
import { createGuestFastPath, etagMatches, type CurrentEntryCheck, type GuestFastPath } from "@/lib/fast-path/guest-fast-path";
import { acceptedCodings, BR, GZIP } from "@/lib/fast-path/accept-encoding";
import { guestPagePath } from "@/lib/fast-path/guest-request";

type Site = {
  url: string;
  store: TaggedMemoryStore;
  fastPath: GuestFastPath;
  /** Renders done by the stand-in framework (a HIT is not one). */
  renders: () => number;
  /** Requests the stand-in framework answered. */
  frameworkRequests: () => number;
  /** What the next render shows. */
  setContent: (text: string) => void;
  compressed: () => Promise<void>;
};

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** Next.js's part, as far as the fast path can tell: the cache handler's get/set and the answer's headers. */
function standInFramework(handler: IsrCacheHandler, state: { content: string; renders: number; requests: number; revalidate: number | false }) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    state.requests++;
    const path = (req.url ?? "/").split("?")[0];
    const key = `/guest-view${path}`;
    const ctx = { softTags: [`_N_T_${key}`] };
    const cached = await handler.get(key, ctx);
    let html: string;
    if (cached) {
      html = (cached.value as { html: string }).html;
      res.setHeader("x-nextjs-cache", "HIT");
    } else {
      state.renders++;
      html = `<!DOCTYPE html><html lang="vi"><body><h1>Chủ đề ${path}</h1><p>${state.content}</p>${"<p>Bình luận tiếng Việt có dấu.</p>".repeat(200)}</body></html>`;
      const tags = ["thread:1", "thread:1:page:1"].join(",");
      await handler.set(key, { kind: "APP_PAGE", html, rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": tags }, status: 200 }, { cacheControl: { revalidate: state.revalidate, expire: 31536000 } });
      res.setHeader("x-nextjs-cache", "MISS");
    }
    res.setHeader("Cache-Control", "s-maxage=30, stale-while-revalidate=31535970");
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Vary", "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
    if (req.headers.rsc) res.setHeader("Content-Type", "text/x-component");
    res.end(html);
  };
}

async function site(options: { maxBytes?: number; revalidate?: number | false; store?: (memory: TaggedMemoryStore) => CurrentEntryCheck } = {}): Promise<Site> {
  const store = new TaggedMemoryStore();
  const handler = new IsrCacheHandler();
  handler.store = store;
  const state = { content: "Phản hồi: 0", renders: 0, requests: 0, revalidate: options.revalidate ?? (false as number | false) };
  let pending = 0;
  let waiters: (() => void)[] = [];
  const fastPath = createGuestFastPath({
    maxBytes: options.maxBytes ?? 8 * 1024 * 1024,
    store: () => (options.store ? options.store(store) : store),
    markAnswers: true,
    refreshAskMs: 60_000, // one request let through per refresh, however slow the machine
    onCompressed: () => {
      pending--;
      if (pending === 0) for (const w of waiters.splice(0)) w();
    },
  });
  const originalSet = fastPath.entries.set.bind(fastPath.entries);
  fastPath.entries.set = (entry) => {
    pending++;
    originalSet(entry);
    if (!fastPath.entries.has(entry)) pending--; // not kept: no compression runs
  };
  const gate = createGate({ trustProxy: false, siteOrigins: [], https: false, formActionOrigins: [], exposeCacheStatus: true }, standInFramework(handler, state), fastPath);
  const server = http.createServer(gate);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    store,
    fastPath,
    renders: () => state.renders,
    frameworkRequests: () => state.requests,
    setContent: (text) => (state.content = text),
    compressed: () => (pending === 0 ? Promise.resolve() : new Promise((r) => waiters.push(r))),
  };
}

type Answer = { status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: Buffer };

function request(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers: options.headers ?? {}, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const PAGE = "/threads/chu-de-thu.1";

/** The headers that are the same on every answer of one page (Date and connection ones are per response). */
function lasting(answer: Answer): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < answer.rawHeaders.length; i += 2) {
    const name = answer.rawHeaders[i].toLowerCase();
    if (["date", "connection", "keep-alive", "etag", "x-fast-path"].includes(name)) continue;
    pairs.push(`${name}: ${answer.rawHeaders[i + 1]}`);
  }
  return pairs.sort();
}

/** Renders the page, then loads it until the fast path holds a copy; returns the framework's HIT answer. */
async function warm(s: Site, path = PAGE): Promise<Answer> {
  const miss = await request(s.url + path);
  expect(miss.headers["x-cache-status"]).toBe("MISS");
  const hit = await request(s.url + path);
  expect(hit.headers["x-cache-status"]).toBe("HIT");
  expect(hit.headers["x-fast-path"]).toBeUndefined();
  await s.compressed();
  return hit;
}

describe("guest fast path", () => {
  it("answers a cached page with the framework's bytes and headers, without reaching the framework", async () => {
    const s = await site();
    const framework = await warm(s);
    const before = s.frameworkRequests();
    const fast = await request(s.url + PAGE);
    expect(fast.headers["x-fast-path"]).toBe("HIT");
    expect(s.frameworkRequests()).toBe(before);
    expect(fast.status).toBe(200);
    expect(fast.body.equals(framework.body)).toBe(true);
    expect(lasting(fast)).toEqual(lasting(framework));
    // The hardening headers the gate sets are in the copy.
    expect(fast.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(fast.headers["x-frame-options"]).toBe("DENY");
    expect(fast.headers["x-nextjs-cache"]).toBeUndefined();
    expect(fast.headers.etag).toMatch(/^W\/"[\w-]+"$/);
  });

  it("sends the guest's next request after an expiry of any of the page's tags to the framework, which renders the change", async () => {
    for (const tag of ["thread:1", "thread:1:page:1", "_N_T_/guest-view/threads/chu-de-thu.1"]) {
      const s = await site();
      await warm(s);
      expect((await request(s.url + PAGE)).headers["x-fast-path"]).toBe("HIT");
      s.setContent("Phản hồi: 1");
      s.store.expire([tag]);
      const next = await request(s.url + PAGE);
      expect(next.headers["x-fast-path"], tag).toBeUndefined();
      expect(next.headers["x-cache-status"]).toBe("MISS");
      expect(next.body.toString()).toContain("Phản hồi: 1");
      // The new render is what the fast path serves from then on.
      await request(s.url + PAGE);
      await s.compressed();
      const after = await request(s.url + PAGE);
      expect(after.headers["x-fast-path"]).toBe("HIT");
      expect(after.body.toString()).toContain("Phản hồi: 1");
    }
  });

  it("keeps nothing of an unrelated expiry's business: other tags leave the copy served", async () => {
    const s = await site();
    await warm(s);
    s.store.expire(["thread:2", "thread:1:page:2", "newest-posts"]);
    expect((await request(s.url + PAGE)).headers["x-fast-path"]).toBe("HIT");
  });

  it("never adopts a render that started before an expiry (the cache's render-start stamp)", async () => {
    const s = await site();
    // The render starts (a miss), a change lands while it runs, then it is stored.
    expect(s.store.get("/guest-view" + PAGE, [])).toBeNull();
    s.store.expire(["thread:1"]);
    await new Promise((r) => setTimeout(r, 2));
    const stored = new IsrCacheHandler();
    stored.store = s.store;
    await stored.set("/guest-view" + PAGE, { kind: "APP_PAGE", html: "cũ", headers: { "x-next-cache-tags": "thread:1" }, status: 200 }, {});
    // The framework finds it expired and renders again: no copy of the old one is ever served.
    const first = await request(s.url + PAGE);
    expect(first.headers["x-cache-status"]).toBe("MISS");
    expect(first.body.toString()).not.toBe("cũ");
  });

  it("never answers a request carrying a session cookie, whatever its form, nor RSC requests, query strings or posts", async () => {
    const s = await site();
    await warm(s);
    const cookies = ["authjs.session-token=abc", "__Secure-authjs.session-token=abc", "theme=dark; authjs.session-token.0=abc", "__Secure-authjs.session-token.1=x"];
    for (const cookie of cookies) {
      const answer = await request(s.url + PAGE, { headers: { cookie } });
      expect(answer.headers["x-fast-path"], cookie).toBeUndefined();
    }
    expect((await request(s.url + PAGE, { headers: { cookie: "theme=dark" } })).headers["x-fast-path"]).toBe("HIT");
    expect((await request(s.url + PAGE, { headers: { rsc: "1" } })).headers["x-fast-path"]).toBeUndefined();
    expect((await request(s.url + PAGE, { headers: { "next-router-prefetch": "1" } })).headers["x-fast-path"]).toBeUndefined();
    expect((await request(s.url + PAGE + "?_rsc=abc")).headers["x-fast-path"]).toBeUndefined();
    expect((await request(s.url + PAGE, { method: "POST", headers: { origin: s.url } })).headers["x-fast-path"]).toBeUndefined();
  });

  it("a member's request never leaves a copy behind for guests", async () => {
    const s = await site();
    await request(s.url + PAGE, { headers: { cookie: "authjs.session-token=abc" } });
    await request(s.url + PAGE, { headers: { cookie: "authjs.session-token=abc" } });
    expect(s.fastPath.entries.entries.size).toBe(0);
  });

  it("answers HEAD with the GET's headers and no body, and If-None-Match with 304", async () => {
    const s = await site();
    const framework = await warm(s);
    const fast = await request(s.url + PAGE);
    const head = await request(s.url + PAGE, { method: "HEAD" });
    expect(head.headers["x-fast-path"]).toBe("HIT");
    expect(head.body.length).toBe(0);
    expect(head.headers["content-length"]).toBe(String(framework.body.length));
    expect(lasting(head)).toEqual(lasting(fast));
    const etag = String(fast.headers.etag);
    const notModified = await request(s.url + PAGE, { headers: { "if-none-match": `"other", ${etag}` } });
    expect(notModified.status).toBe(304);
    expect(notModified.body.length).toBe(0);
    expect(notModified.headers.etag).toBe(etag);
    expect(notModified.headers["cache-control"]).toBe(fast.headers["cache-control"]);
    expect((await request(s.url + PAGE, { headers: { "if-none-match": '"other"' } })).status).toBe(200);
    // After a change the old ETag gets the new page, not a 304.
    s.store.expire(["thread:1"]);
    const changed = await request(s.url + PAGE, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
  });

  it("serves brotli or gzip by Accept-Encoding, each the same page once decompressed", async () => {
    const s = await site();
    const framework = await warm(s);
    const br = await request(s.url + PAGE, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).equals(framework.body)).toBe(true);
    expect(br.body.length).toBeLessThan(framework.body.length);
    const gzip = await request(s.url + PAGE, { headers: { "accept-encoding": "gzip" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).equals(framework.body)).toBe(true);
    const refused = await request(s.url + PAGE, { headers: { "accept-encoding": "br;q=0, gzip;q=0" } });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.equals(framework.body)).toBe(true);
    expect(br.headers.vary).toMatch(/Accept-Encoding/);
  });

  it("copies a page once however many guests ask at the moment it goes out of date, and keeps the compressed copies of bytes rendered again unchanged", async () => {
    const s = await site();
    await warm(s);
    const first = s.fastPath.entries.get(PAGE)!;
    let compressions = 0;
    const originalSet = s.fastPath.entries.set.bind(s.fastPath.entries);
    s.fastPath.entries.set = (entry) => {
      compressions++;
      originalSet(entry);
    };
    // Expired without a visible change: the next render has the same bytes.
    s.store.expire(["thread:1:page:1"]);
    await request(s.url + PAGE); // MISS: rendered again
    await Promise.all(Array.from({ length: 20 }, () => request(s.url + PAGE))); // HITs from the framework, copied once
    await s.compressed();
    expect(compressions).toBe(1);
    const second = s.fastPath.entries.get(PAGE)!;
    expect(second).not.toBe(first);
    expect(second.serial).not.toBe(first.serial);
    expect(second.br?.body).toBe(first.br?.body); // the same Buffer: not compressed again
    expect(second.etag).toBe(first.etag);
    expect((await request(s.url + PAGE)).headers["x-fast-path"]).toBe("HIT");
  });

  it("once the page's time-based lifetime is due, lets a request through to the framework (which renders it again) and serves the copy stale meanwhile, as the framework does", async () => {
    const s = await site({ revalidate: 1.5 });
    await warm(s);
    await new Promise((r) => setTimeout(r, 1_600));
    const before = s.frameworkRequests();
    expect((await request(s.url + PAGE)).headers["x-fast-path"]).toBeUndefined(); // to the framework
    expect(s.frameworkRequests()).toBe(before + 1);
    expect((await request(s.url + PAGE)).headers["x-fast-path"]).toBe("HIT"); // stale while it refreshes
    // The new render replaces the entry: the copy gives way to it.
    s.setContent("Phản hồi: 2");
    const renderer = new IsrCacheHandler();
    renderer.store = s.store;
    expect(s.store.get("/guest-view" + PAGE, [])).not.toBeNull(); // the framework's background refresh starts…
    await renderer.set("/guest-view" + PAGE, { kind: "APP_PAGE", html: "bản mới", headers: { "x-next-cache-tags": "thread:1" }, status: 200 }, { cacheControl: { revalidate: 1.5 } });
    const next = await request(s.url + PAGE);
    expect(next.headers["x-fast-path"]).toBeUndefined();
    expect(next.body.toString()).toBe("bản mới");
  });

  it("never serves a copy stale after a tag expiry, even while it is due for its time-based refresh", async () => {
    const s = await site({ revalidate: 1.5 });
    await warm(s);
    await new Promise((r) => setTimeout(r, 1_600));
    await request(s.url + PAGE); // lets the refresh through
    s.store.expire(["thread:1"]);
    s.setContent("Phản hồi: 3");
    const next = await request(s.url + PAGE);
    expect(next.headers["x-fast-path"]).toBeUndefined();
    expect(next.body.toString()).toContain("Phản hồi: 3");
  });

  it("holds no more bytes than its bound, dropping the least recently used copies", async () => {
    // One page with its gzip and brotli copies is ~14 KB (8.6 KB as sent).
    const s = await site({ maxBytes: 40 * 1024 });
    for (let i = 1; i <= 6; i++) await warm(s, `/threads/chu-de.${i}`);
    const { entries } = s.fastPath;
    let counted = 0;
    for (const entry of entries.entries.values()) {
      const bodies = entry.identity.body.length + (entry.gzip?.body.length ?? 0) + (entry.br?.body.length ?? 0);
      expect(entry.bytes).toBeGreaterThan(bodies);
      counted += entry.bytes;
    }
    expect(entries.bytes).toBe(counted);
    expect(entries.bytes).toBeLessThanOrEqual(40 * 1024);
    expect(entries.entries.size).toBeGreaterThan(0);
    expect(entries.entries.size).toBeLessThan(6);
    // The newest are kept, the oldest dropped.
    expect(entries.get("/threads/chu-de.6")).toBeDefined();
    expect(entries.get("/threads/chu-de.1")).toBeUndefined();
  });

  it("asks an asynchronous store (Redis) before answering, and hands the request on when the copy is out of date", async () => {
    let current = true;
    const s = await site({ store: (memory) => ({ isCurrent: async (key, serial, soft) => current && memory.isCurrent(key, serial, soft) }) });
    await warm(s);
    expect((await request(s.url + PAGE)).headers["x-fast-path"]).toBe("HIT");
    current = false; // another instance expired a tag
    const next = await request(s.url + PAGE);
    expect(next.headers["x-fast-path"]).toBeUndefined();
    expect(next.status).toBe(200);
  });
});

describe("which requests are guests' page loads", () => {
  const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, headers, method }) as unknown as IncomingMessage;
  it("takes thread pages and their later pages, nothing else", () => {
    expect(guestPagePath(req("/threads/a.1"))).toBe("/threads/a.1");
    expect(guestPagePath(req("/threads/a.1/page-3"))).toBe("/threads/a.1/page-3");
    expect(guestPagePath(req("/threads/a.1", {}, "HEAD"))).toBe("/threads/a.1");
    for (const url of ["/", "/threads/a.1/", "/threads/a.1/page-x", "/threads/a.1/edit", "/guest-view/threads/a.1", "/threads/a.1?x=1"]) expect(guestPagePath(req(url)), url).toBeNull();
    expect(guestPagePath(req("/threads/a.1", {}, "POST"))).toBeNull();
  });
  it("takes the English thread pages too, each keyed by its own address", () => {
    expect(guestPagePath(req("/en/threads/a.1"))).toBe("/en/threads/a.1");
    expect(guestPagePath(req("/en/threads/a.1/page-3"))).toBe("/en/threads/a.1/page-3");
    for (const url of ["/en", "/en/", "/english/threads/a.1", "/en/en/threads/a.1", "/en/guest-view/threads/a.1", "/en/threads/a.1?x=1"]) expect(guestPagePath(req(url)), url).toBeNull();
  });
  it("reads Accept-Encoding and If-None-Match as HTTP says", () => {
    expect(acceptedCodings("gzip, deflate, br")).toBe(BR | GZIP);
    expect(acceptedCodings("br;q=0, gzip")).toBe(GZIP);
    expect(acceptedCodings("identity")).toBe(0);
    expect(acceptedCodings("*")).toBe(BR | GZIP);
    expect(acceptedCodings(undefined)).toBe(0);
    expect(etagMatches('W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches("*", 'W/"abc"')).toBe(true);
    expect(etagMatches('"abd"', 'W/"abc"')).toBe(false);
  });
});
