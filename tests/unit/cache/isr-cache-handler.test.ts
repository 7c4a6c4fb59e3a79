// The server cache's store (lib/cache/isr-cache-handler.mjs): tag expiry, and
// above all that a page whose render started before a change can never be
// taken for one rendered after it, however late it is stored.
import { describe, expect, it } from "vitest";
import IsrCacheHandler, { TaggedMemoryStore } from "@/lib/cache/isr-cache-handler.mjs";

const page = (html: string, tags: string[] = [], extra: Record<string, string> = {}) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(html),
  headers: { "x-next-cache-tags": tags.join(","), ...extra } as Record<string, string>,
  status: 200,
});

describe("TaggedMemoryStore", () => {
  it("serves what was stored until one of its tags is expired, then misses", () => {
    const store = new TaggedMemoryStore();
    expect(store.get("k", [], 100)).toBeNull();
    store.set("k", page("v1"), ["thread:1", "thread:1:page:1"], undefined, 110);
    expect(store.get("k", [], 120)?.value).toMatchObject({ html: "v1" });
    store.expire(["thread:2"], 130);
    expect(store.get("k", [], 140)?.value).toMatchObject({ html: "v1" });
    store.expire(["thread:1:page:1"], 150);
    expect(store.get("k", [], 160)).toBeNull();
  });

  it("stamps an entry with the start of its render: a change during the render expires it", () => {
    const store = new TaggedMemoryStore();
    expect(store.get("k", [], 100)).toBeNull(); // render starts, reads the database
    store.expire(["thread:1"], 150); // a reply lands while it renders
    store.set("k", page("before the reply"), ["thread:1"], undefined, 200); // stored after the expiry
    expect(store.get("k", [], 210)).toBeNull(); // never served
    store.set("k", page("with the reply"), ["thread:1"], undefined, 230);
    expect(store.get("k", [], 240)?.value).toMatchObject({ html: "with the reply" });
  });

  it("with overlapping renders of one key, judges each by the oldest start (never newer than it is)", () => {
    const store = new TaggedMemoryStore();
    store.get("k", [], 100); // A starts
    store.get("k", [], 120); // B starts
    store.expire(["t"], 110); // between A's and B's reads
    store.set("k", page("B"), ["t"], undefined, 130); // B finishes first: stamped 100
    expect(store.get("k", [], 135)).toBeNull(); // conservative: rendered again
    store.set("k", page("A"), ["t"], undefined, 140); // A (read before the change): stamped 100 as well
    expect(store.get("k", [], 150)).toBeNull();
  });

  it("checks the reader's own tags too (Next.js's implicit path tags for data)", () => {
    const store = new TaggedMemoryStore();
    store.get("d", [], 10);
    store.set("d", { kind: "FETCH", data: { body: "{}" } }, ["thread:9"], undefined, 20);
    expect(store.get("d", ["_N_T_/threads/layout"], 30)).not.toBeNull();
    store.expire(["_N_T_/threads/layout"], 40);
    expect(store.get("d", ["_N_T_/threads/layout"], 50)).toBeNull();
  });

  it("counts a time-expired entry served during its background refresh as one fill", () => {
    const store = new TaggedMemoryStore();
    store.get("k", [], 0);
    store.set("k", page("old"), ["t"], { revalidate: 30 }, 10);
    // 31 s later: stale, served while Next.js re-renders it (three readers, one refresh).
    for (const at of [31_000, 31_001, 31_002]) expect(store.get("k", [], at)?.value).toMatchObject({ html: "old" });
    store.set("k", page("new"), ["t"], { revalidate: 30 }, 31_050);
    expect(store.entries.get("k")?.lastModified).toBe(31_000);
    // Nothing left pending: the next miss's entry is stamped with that miss.
    store.expire(["t"], 32_000);
    expect(store.get("k", [], 33_000)).toBeNull();
    store.set("k", page("newer"), ["t"], { revalidate: 30 }, 33_010);
    expect(store.get("k", [], 33_020)?.value).toMatchObject({ html: "newer" });
  });

  it("keeps within its memory bound, dropping the least recently used first", () => {
    const store = new TaggedMemoryStore(4_000);
    for (const key of ["a", "b"]) {
      store.get(key, [], 1);
      store.set(key, page("x".repeat(500)), [], undefined, 2);
    }
    store.get("a", [], 3); // a is now the most recently used
    store.get("c", [], 4);
    store.set("c", page("y".repeat(500)), [], undefined, 5);
    expect(store.bytes).toBeLessThanOrEqual(4_000);
    expect(store.entries.has("a")).toBe(true);
    expect(store.entries.has("b")).toBe(false);
    expect(store.entries.has("c")).toBe(true);
  });
});

describe("the memory bound counts bytes held (issue 12.3)", () => {
  const vietnamese = "Mỹ đầu tư AI gấp 6 lần, nhưng Trung Quốc vẫn dẫn trước về ứng dụng. ".repeat(800);

  it("counts Vietnamese text at 2 bytes a character, buffers by their bytes, and the headers", () => {
    const store = new TaggedMemoryStore();
    const value = {
      ...page(vietnamese, ["thread:1"]),
      segmentData: new Map([["/_tree", Buffer.alloc(20_000)]]),
      headers: { "x-next-cache-tags": "thread:1", "x-extra": "đ".repeat(5_000) },
    };
    store.set("k", value, ["thread:1"]);
    const held = 2 * vietnamese.length + Buffer.byteLength(vietnamese) + 20_000 + 2 * 5_000;
    expect(store.bytes).toBeGreaterThanOrEqual(held);
    expect(store.bytes).toBeLessThan(held * 1.05);
  });

  it("a small slice of a big buffer is counted as the buffer it keeps alive", () => {
    const store = new TaggedMemoryStore();
    store.set("k", { kind: "APP_PAGE", html: "", rscData: Buffer.alloc(1_000_000).subarray(0, 100_000), headers: {}, status: 200 }, []);
    expect(store.bytes).toBeGreaterThanOrEqual(1_000_000);
  });

  it("thousands of distinct Vietnamese pages stay within the bound", () => {
    const store = new TaggedMemoryStore(8 * 1024 * 1024);
    for (let i = 0; i < 2_000; i++) store.set(`/threads/t.${i}`, page(`${i} ${vietnamese}`, [`thread:${i}`]), [`thread:${i}`]);
    expect(store.bytes).toBeLessThanOrEqual(8 * 1024 * 1024);
    // Each page holds ~2.5 bytes a character (UTF-16 HTML + UTF-8 payload): about 50 of them fit in 8 MB.
    const perPage = 2 * vietnamese.length + Buffer.byteLength(vietnamese);
    expect(store.entries.size).toBeLessThanOrEqual(Math.floor((8 * 1024 * 1024) / perPage));
  });
});

describe("IsrCacheHandler (the interface Next.js calls)", () => {
  it("a redirect is stored with its Location, and the response being rendered keeps only its own", async () => {
    const handler = new IsrCacheHandler();
    const redirect = { ...page("", ["thread:42"], { location: "/threads/ten-moi.42" }), status: 308 };
    await handler.get("redirect-key", { kind: "APP_PAGE" });
    await handler.set("redirect-key", redirect, { cacheControl: { revalidate: 30 } });
    expect(redirect.headers).not.toHaveProperty("location");
    const served = await handler.get("redirect-key", { kind: "APP_PAGE" });
    expect((served?.value as typeof redirect).headers.location).toBe("/threads/ten-moi.42");
    await handler.revalidateTag("thread:42");
    expect(await handler.get("redirect-key", { kind: "APP_PAGE" })).toBeNull();
  });

  it("data entries carry the tags their caller gave", async () => {
    const handler = new IsrCacheHandler();
    await handler.get("data-key", { kind: "FETCH", tags: ["settings"] });
    await handler.set("data-key", { kind: "FETCH", data: { body: "1" } }, { fetchCache: true, tags: ["settings"] });
    expect(await handler.get("data-key", { kind: "FETCH", tags: ["settings"] })).not.toBeNull();
    await handler.revalidateTag(["settings"]);
    expect(await handler.get("data-key", { kind: "FETCH", tags: ["settings"] })).toBeNull();
  });
});
