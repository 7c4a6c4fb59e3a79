// The shared page/data cache over Redis (lib/cache/redis-store.mjs), against a
// real redis-server started here on a free port: two store objects stand for
// two app instances. Same promises as the in-process store, plus what only a
// shared store has to keep: clocks that disagree, and Redis going away.
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import { createClient } from "redis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisTaggedStore } from "@/lib/cache/redis-store.mjs";
import { decodeValue, encodeValue } from "@/lib/cache/cache-value-codec.mjs";
import { redisServerPath, startLocalRedis, type LocalRedis } from "@/scripts/redis/local-redis";

const hasRedis = redisServerPath() !== null;
if (!hasRedis) console.warn("redis-server không có trên máy này: bỏ qua các bài kiểm tra bộ nhớ đệm Redis (apt-get install -y redis-server).");

const page = (html: string, tags: string[] = []) => ({
  kind: "APP_PAGE",
  html,
  rscData: Buffer.from(`rsc:${html}`),
  segmentData: new Map([["/_tree", Buffer.from([0, 1, 2, 255])]]),
  headers: { "x-next-cache-tags": tags.join(",") },
  status: 200,
});

let redis: LocalRedis;
let dir: string;
const stores: RedisTaggedStore[] = [];
let prefixCount = 0;

/** Instances sharing one prefix (one forum); each test gets its own prefix. */
function instances(count: number, options: Partial<ConstructorParameters<typeof RedisTaggedStore>[0]> = {}) {
  const prefix = `t${++prefixCount}:`;
  return Array.from({ length: count }, () => {
    const store = new RedisTaggedStore({ url: redis.url, prefix, skewMs: 0, log: () => {}, ...options });
    stores.push(store);
    return store;
  });
}

async function ready(...list: RedisTaggedStore[]) {
  for (const store of list) {
    await store.connected;
    while (!store.usable) await new Promise((r) => setTimeout(r, 20));
  }
}

describe.skipIf(!hasRedis)("RedisTaggedStore", () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-redis-"));
    redis = await startLocalRedis({ dir, persist: true });
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await redis?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps Buffers and Maps of a page intact", () => {
    const value = page("xin chào", ["thread:1"]);
    const back = decodeValue(encodeValue(value));
    expect(back.html).toBe("xin chào");
    expect(Buffer.isBuffer(back.rscData) && back.rscData.toString()).toBe("rsc:xin chào");
    expect(back.segmentData).toBeInstanceOf(Map);
    expect([...back.segmentData.get("/_tree")]).toEqual([0, 1, 2, 255]);
    expect(back.headers).toEqual(value.headers);
  });

  it("an entry stored by A is served by B until a tag is expired by either", async () => {
    const [a, b] = instances(2);
    await ready(a, b);
    expect(await a.get("k")).toBeNull();
    await a.set("k", page("v1"), ["thread:1", "thread:1:page:1"]);
    const hit = await b.get("k");
    expect(hit?.value.html).toBe("v1");
    expect(hit?.value.rscData.toString()).toBe("rsc:v1");
    await b.expire(["thread:2"]);
    expect((await a.get("k"))?.value.html).toBe("v1");
    await b.expire(["thread:1:page:1"]);
    expect(await a.get("k")).toBeNull();
  });

  it("tells the guest fast path whether its copy is still the entry served, any instance's expiry counted", async () => {
    const [a, b] = instances(2);
    await ready(a, b);
    await a.get("k");
    await a.set("k", page("v1"), ["thread:1", "thread:1:page:1"]);
    const entry = (await b.get("k")) as { serial?: string };
    expect(typeof entry.serial).toBe("string");
    const serial = entry.serial as string;
    expect(await a.isCurrent("k", serial, ["_N_T_/x"])).toBe(true);
    expect(await a.isCurrent("k", "another", [])).toBe(false);
    await b.expire(["thread:2"]);
    expect(await a.isCurrent("k", serial, [])).toBe(true);
    await b.expire(["_N_T_/x"]);
    expect(await a.isCurrent("k", serial, ["_N_T_/x"])).toBe(false); // the reader's soft tag
    expect(await a.isCurrent("k", serial, [])).toBe(true);
    await b.expire(["thread:1:page:1"]);
    expect(await a.isCurrent("k", serial, [])).toBe(false);
    // A new render of the key is another entry: the old copy is not it.
    await a.get("k");
    await a.set("k", page("v2"), ["thread:1"]);
    expect(await a.isCurrent("k", serial, [])).toBe(false);
    const fresh = (await a.get("k")) as { serial: string };
    expect(await b.isCurrent("k", fresh.serial, [])).toBe(true);
  });

  it("stamps an entry with the start of its render: a change made elsewhere during it expires it", async () => {
    const [a, b] = instances(2);
    await ready(a, b);
    expect(await a.get("k")).toBeNull(); // A's render starts
    await new Promise((r) => setTimeout(r, 5));
    await b.expire(["thread:1"]); // a reply lands through B meanwhile
    await new Promise((r) => setTimeout(r, 5));
    await a.set("k", page("before the reply"), ["thread:1"]); // stored after the expiry
    expect(await b.get("k")).toBeNull();
    expect(await a.get("k")).toBeNull();
    await a.set("k", page("with the reply"), ["thread:1"]);
    expect((await b.get("k"))?.value.html).toBe("with the reply");
  });

  it("checks the reader's soft tags", async () => {
    const [a, b] = instances(2);
    await ready(a, b);
    await a.get("d");
    await a.set("d", { kind: "FETCH", data: { body: "{}" } }, ["thread:9"]);
    expect(await b.get("d", ["_N_T_/threads/layout"])).not.toBeNull();
    await a.expire(["_N_T_/threads/layout"]);
    expect(await b.get("d", ["_N_T_/threads/layout"])).toBeNull();
  });

  it("with clocks apart by less than the skew allowance, a render started before a change is still expired by it", async () => {
    let t = 1_000_000;
    // B's clock runs 300 ms ahead of A's; allowance 500 ms.
    const [a] = instances(1, { skewMs: 500, clock: () => t });
    const [b] = instances(1, { skewMs: 500, clock: () => t + 300, prefix: a.prefix });
    await ready(a, b);
    await b.get("k"); // B starts rendering at real time 1 000 000 (its clock: 1 000 300)
    t += 100;
    await a.expire(["thread:1"]); // real time 1 000 100: after B's read began
    t += 100;
    await b.set("k", page("old"), ["thread:1"]);
    expect(await a.get("k")).toBeNull();
  });

  it("gives every entry a TTL and keeps the expiry set pruned", async () => {
    const [a] = instances(1, { ttlSeconds: 60 });
    await ready(a);
    await a.get("k");
    await a.set("k", page("v"), ["t"]);
    const raw = createClient({ url: redis.url });
    await raw.connect();
    const ttl = await raw.pTTL(`${a.prefix}e:k`);
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    // An expiry far older than any entry can live is dropped, the epoch kept.
    await raw.zAdd(`${a.prefix}expiry`, { score: 1, value: "ancient" });
    await a.expire(["fresh"]);
    const members = await raw.zRange(`${a.prefix}expiry`, 0, -1);
    expect(members).toContain("fresh");
    expect(members).not.toContain("ancient");
    expect(members).toContain("\u0000epoch");
    await raw.close();
  });

  it("if the expiry set is lost (evicted, flushed), nothing stored before is served", async () => {
    const [a, b] = instances(2);
    await ready(a, b);
    await a.get("k");
    await a.set("k", page("v"), ["t"]);
    const raw = createClient({ url: redis.url });
    await raw.connect();
    await raw.del(`${a.prefix}expiry`);
    await raw.close();
    expect(await b.get("k")).toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    await a.get("k");
    await a.set("k", page("v2"), ["t"]);
    expect((await b.get("k"))?.value.html).toBe("v2");
  });

  it("Redis down: misses, stores nothing, logs once, hands failed expiries on; back: what may have been missed is expired", async () => {
    const logs: string[] = [];
    const failed: string[][] = [];
    const [a, b] = instances(2, { log: (m) => logs.push(m), onExpireFailed: (tags) => failed.push(tags) });
    await ready(a, b);
    await a.get("k");
    await a.set("k", page("before the outage"), ["thread:5"]);
    // Snapshot now, so the entry comes back with Redis (as with persistence in production).
    const raw = createClient({ url: redis.url });
    await raw.connect();
    await raw.sendCommand(["SAVE"]);
    await raw.close();
    const port = redis.port;
    await redis.stop();

    const started = Date.now();
    for (let i = 0; i < 20; i++) expect(await b.get("k")).toBeNull();
    await b.expire(["thread:5"]); // lost by Redis, recorded elsewhere
    await a.set("k", page("during"), ["thread:5"]);
    console.log(`Redis dừng: 20 lần đọc trượt trong ${Date.now() - started} ms`);
    expect(failed).toEqual([["thread:5"]]);
    expect(logs.length).toBe(2); // once per instance
    expect(logs[0]).toMatch(/Redis/);

    redis = await startLocalRedis({ dir, port, persist: true });
    await ready(a, b);
    // The snapshot still holds the old page, and not the expiry made while down.
    expect(await a.get("k")).toBeNull();
    expect(logs.filter((m) => /dùng lại được/.test(m)).length).toBe(2);
    await a.set("k", page("after"), ["thread:5"]);
    await new Promise((r) => setTimeout(r, 5));
    await a.get("k2");
    await a.set("k2", page("after"), ["thread:5"]);
    expect((await b.get("k2"))?.value.html).toBe("after");
  });
});
