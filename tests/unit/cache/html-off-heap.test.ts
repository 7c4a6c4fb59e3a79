// A cached page's HTML is kept as bytes off V8's heap and handed back
// as the same string (lib/cache/html-off-heap.mjs, issue 12.3): the cache's
// count is what the process holds, and a hit is what was stored, byte for byte.
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import IsrCacheHandler, { TaggedMemoryStore } from "@/lib/cache/isr-cache-handler.mjs";
import { fromStored, htmlBytes, toStored } from "@/lib/cache/html-off-heap.mjs";
import { decodeValue, encodeValue } from "@/lib/cache/cache-value-codec.mjs";

const vietnamese = "Mỹ đầu tư AI gấp 6 lần, nhưng Trung Quốc vẫn dẫn trước về ứng dụng. ";

function appPage(html: string, tags = "thread:1") {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`0:["$","div",null,${JSON.stringify(html.slice(0, 200))}]`),
    segmentData: new Map([["/_tree", Buffer.from([0, 1, 2, 255])]]),
    headers: { "x-next-cache-tags": tags, "content-type": "text/html; charset=utf-8", vary: "rsc, next-router-state-tree" },
    status: 200,
    postponed: undefined,
  };
}

/** Full collections, for measuring what stays (vitest runs without --expose-gc). */
async function collect(): Promise<void> {
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc") as () => void;
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

describe("toStored / fromStored", () => {
  it("keeps an APP_PAGE's HTML as its UTF-16 bytes and gives back the same string, leaving Next's object alone", () => {
    const html = `<!DOCTYPE html><html lang="vi"><body>${vietnamese.repeat(300)}🙂 \u{1F600} ổ đĩa</body></html>`;
    const original = appPage(html);
    const stored = toStored(original);
    expect(Buffer.isBuffer(stored.html)).toBe(true);
    expect(stored.html.equals(Buffer.from(html, "utf16le"))).toBe(true);
    expect(original.html).toBe(html);
    expect(stored.rscData).toBe(original.rscData);
    const back = fromStored(stored);
    expect(back.html).toBe(html);
    expect(back).toEqual(original);
    expect(fromStored(stored).html).toBe(html); // a hit does not consume the entry
  });

  it("leaves other values, and HTML stored as a string by an older build, as they are", () => {
    const data = { kind: "FETCH", data: { body: "{}", headers: {} } };
    expect(toStored(data)).toBe(data);
    expect(fromStored(data)).toBe(data);
    const old = appPage("<p>cũ</p>");
    expect(fromStored(old)).toBe(old);
    expect(toStored(null)).toBeNull();
  });

  it("a small page's bytes are a buffer of their own, not a slice of Node's shared pool", () => {
    const small = htmlBytes("<p>Chuyển hướng</p>");
    expect(small.toString("utf16le")).toBe("<p>Chuyển hướng</p>");
    expect(small.buffer.byteLength).toBe(small.length);
    expect(htmlBytes("").length).toBe(0);
    expect(fromStored(toStored(appPage(""))).html).toBe("");
  });

  it("survives the Redis store's codec: the bytes go raw, and come back as the same page", () => {
    const html = `<main>${vietnamese.repeat(50)}</main>`;
    const stored = toStored(appPage(html));
    const back = fromStored(decodeValue(encodeValue(stored)));
    expect(back.html).toBe(html);
    expect(Buffer.compare(back.rscData, stored.rscData)).toBe(0);
    expect([...back.segmentData.keys()]).toEqual(["/_tree"]);
  });
});

describe("the cache with pages' HTML off the heap", () => {
  it("a hit through the handler returns the stored HTML, payload, segments, headers and status", async () => {
    const handler = new IsrCacheHandler();
    const html = `<!DOCTYPE html><title>Bàn Luận</title>${vietnamese.repeat(400)}`;
    const page = appPage(html, "thread:77,thread:77:page:1");
    await handler.get("/guest-view/threads/x.77", { kind: "APP_PAGE" });
    await handler.set("/guest-view/threads/x.77", page, { cacheControl: { revalidate: false } });
    const hit = (await handler.get("/guest-view/threads/x.77", { kind: "APP_PAGE" })) as { value: typeof page; cacheControl?: unknown } | null;
    expect(typeof hit?.value.html).toBe("string");
    expect(hit?.value).toEqual(page);
    expect(hit?.value.headers).toEqual(page.headers);
    expect(hit?.cacheControl).toEqual({ revalidate: false });
  });

  it("counts a page at the bytes its buffers hold, as the string did (2 a character)", () => {
    const store = new TaggedMemoryStore();
    const html = vietnamese.repeat(800);
    const value = toStored(appPage(html));
    store.set("k", value, ["thread:1"]);
    const held = 2 * html.length + value.rscData.length;
    expect(store.bytes).toBeGreaterThanOrEqual(held);
    expect(store.bytes).toBeLessThan(held + 2_000);
  });

  it("a full cache of distinct pages holds its bytes outside the heap: heap used after a collection grows by a small part of the bound", async () => {
    const bound = 32 * 1024 * 1024;
    const handler = new IsrCacheHandler();
    // A store of its own with a known bound, under the handler's conversions.
    handler.store = new TaggedMemoryStore(bound);
    await collect();
    const before = process.memoryUsage();
    for (let i = 0; i < 1_200; i++) {
      // Each page a fresh, flat, two-byte string of ~60 KB (as a render makes them).
      const html = `<article id="${i}">${vietnamese.repeat(800)}</article>`.replace(/AI/g, `AI${i}`);
      await handler.get(`/p/${i}`, { kind: "APP_PAGE" });
      await handler.set(`/p/${i}`, appPage(html, `thread:${i}`), { cacheControl: { revalidate: false } });
    }
    await collect();
    const after = process.memoryUsage();
    const store = handler.store as TaggedMemoryStore;
    expect(store.bytes).toBeLessThanOrEqual(bound);
    expect(store.bytes).toBeGreaterThan(0.9 * bound); // full
    // As strings these pages held the bound on the heap; as bytes, only the entries' small objects stay there.
    expect(after.heapUsed - before.heapUsed).toBeLessThan(0.15 * bound);
    expect(after.arrayBuffers - before.arrayBuffers).toBeGreaterThan(0.8 * bound);
    // And the count covers every byte the entries' buffers hold.
    let held = 0;
    for (const { value } of store.entries.values()) {
      const page = value as ReturnType<typeof appPage> & { html: Buffer };
      held += page.html.buffer.byteLength + page.rscData.length; // the html's own store; the payload here a slice of the shared pool
    }
    expect(held).toBeLessThanOrEqual(store.bytes);
  });
});
