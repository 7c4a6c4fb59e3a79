// The pub/sub transport between instances (lib/live/redis-bus.ts), with two
// buses standing for two instances, against a real redis-server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisBus, type MessageBus } from "@/lib/live/redis-bus";
import { redisServerPath, startLocalRedis, type LocalRedis } from "@/scripts/redis/local-redis";

const hasRedis = redisServerPath() !== null;
if (!hasRedis) console.warn("redis-server không có trên máy này: bỏ qua các bài kiểm tra pub/sub Redis (apt-get install -y redis-server).");

const until = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe.skipIf(!hasRedis)("Redis message bus", () => {
  let redis: LocalRedis;
  let dir: string;
  const buses: MessageBus[] = [];
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-bus-"));
    redis = await startLocalRedis({ dir });
  });
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await redis?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("delivers what one instance publishes to another's subscribers, per channel, until unsubscribed", async () => {
    const a = createRedisBus(redis.url, { log: () => {} });
    const b = createRedisBus(redis.url, { log: () => {} });
    buses.push(a, b);
    const got: string[] = [];
    const other: string[] = [];
    const off = await b.subscribe("thread:1", (m) => got.push(m));
    await b.subscribe("thread:2", (m) => other.push(m));
    const sent = Date.now();
    expect(await a.publish("thread:1", JSON.stringify({ postId: 7 }))).toBe(true);
    await until(() => got.length === 1);
    console.log(`pub/sub: nhận sau ${Date.now() - sent} ms`);
    expect(JSON.parse(got[0])).toEqual({ postId: 7 });
    expect(other).toEqual([]);
    await off();
    await a.publish("thread:1", "again");
    await a.publish("thread:2", "x");
    await until(() => other.length === 1);
    expect(got.length).toBe(1);
  });

  it("survives Redis going away: publish answers false meanwhile, then both sides reconnect and re-subscribe by themselves", async () => {
    const logs: string[] = [];
    const a = createRedisBus(redis.url, { log: (m) => logs.push(m) });
    const b = createRedisBus(redis.url, { log: () => {} });
    buses.push(a, b);
    const got: string[] = [];
    let reconnects = 0;
    b.onReconnect(() => reconnects++);
    await b.subscribe("t", (m) => got.push(m));
    const port = redis.port;
    await redis.stop();
    expect(await a.publish("t", "lost")).toBe(false);
    expect(await a.publish("t", "lost too")).toBe(false);
    expect(logs.length).toBe(1);
    redis = await startLocalRedis({ dir, port });
    await until(() => reconnects === 1);
    // The publisher reconnects on its own too.
    let ok = false;
    for (let i = 0; i < 100 && !ok; i++) {
      ok = await a.publish("t", "after");
      if (!ok) await new Promise((r) => setTimeout(r, 50));
    }
    expect(ok).toBe(true);
    await until(() => got.includes("after"));
    expect(got).toEqual(["after"]);
  });
});
