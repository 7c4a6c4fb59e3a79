// The command-line tools' expiries over Redis pub/sub (lib/cache/expiry-broadcast.ts):
// a tool's row reaches a subscribed instance at once, that instance's poller
// skips the row instead of expiring its tags a second time, a row pub/sub
// missed still reaches it through the feed, and a Redis that is down costs
// the tool nothing but the instant delivery. Against a real redis-server;
// `import:article` is run as its own process, as operators run it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordExpiry } from "@/lib/cache/expiry-feed";
import { startExpiryPoller } from "@/lib/cache/expiry-poller";
import { announceExpiry, parseExpiryMessage, subscribeToExpiries, type ExpiryMessage } from "@/lib/cache/expiry-broadcast";
import { createRedisBus, type MessageBus } from "@/lib/live/redis-bus";
import { redisServerPath, startLocalRedis, type LocalRedis } from "@/scripts/redis/local-redis";
import { closedPort } from "../helpers/ports";

const ROOT = path.resolve(__dirname, "../../..");
const hasRedis = redisServerPath() !== null;
if (!hasRedis) console.warn("redis-server không có trên máy này: bỏ qua các bài kiểm tra phát hết hạn qua Redis (apt-get install -y redis-server).");

const until = async (check: () => boolean, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("expiry messages", () => {
  it("accepts only {id, tags} with valid tags", () => {
    expect(parseExpiryMessage(JSON.stringify({ id: 3, tags: ["thread:1", "has space", 7, ""] }))).toEqual({ id: 3, tags: ["thread:1"] });
    for (const junk of ["", "nope", "null", "[]", JSON.stringify({ id: 0, tags: ["a"] }), JSON.stringify({ id: 1.5, tags: ["a"] }), JSON.stringify({ id: 2, tags: "a" }), JSON.stringify({ id: 2, tags: [] })]) {
      expect(parseExpiryMessage(junk)).toBeNull();
    }
  });

  it("a tool whose Redis is down still records the row, and gives up on pub/sub within seconds", async () => {
    const started = Date.now();
    const result = await announceExpiry(db, ["thread:901"], `redis://127.0.0.1:${await closedPort()}`);
    expect(result).toEqual({ recorded: true, published: false });
    expect(Date.now() - started).toBeLessThan(10_000);
    const row = await db.cacheExpiry.findFirst({ orderBy: { id: "desc" } });
    expect(row?.tags).toBe("thread:901");
  });
});

describe.skipIf(!hasRedis)("expiries over Redis pub/sub", () => {
  let redis: LocalRedis;
  let dir: string;
  let bus: MessageBus;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-expiry-"));
    redis = await startLocalRedis({ dir });
    bus = createRedisBus(redis.url, { log: () => {} });
  });
  afterAll(async () => {
    await bus?.close();
    await redis?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("an instance expires a tool's tags on arrival; its poller skips that row and still delivers one pub/sub missed", async () => {
    const expired: string[][] = [];
    const poller = startExpiryPoller(db, (tags) => expired.push(tags), 60_000);
    await poller.pollNow();
    const arrived: ExpiryMessage[] = [];
    await subscribeToExpiries(bus, (message) => {
      arrived.push(message);
      poller.delivered(message.id);
      expired.push(message.tags);
    });

    const sent = Date.now();
    expect(await announceExpiry(db, ["thread:902", "newest-posts"], redis.url)).toEqual({ recorded: true, published: true });
    await until(() => arrived.length === 1);
    console.log(`hết hạn qua pub/sub: nhận sau ${Date.now() - sent} ms`);
    // A row written without a publish (a tool that could not reach Redis).
    await recordExpiry(db, ["thread:903"]);
    await poller.pollNow();
    poller.stop();
    expect(expired).toEqual([["thread:902", "newest-posts"], ["thread:903"]]);
    const row = await db.cacheExpiry.findFirst({ where: { tags: "thread:902 newest-posts" } });
    expect(arrived[0]).toEqual({ id: row!.id, tags: ["thread:902", "newest-posts"] });
  });

  it("import:article, run as its own process with REDIS_URL, publishes the thread's expiry", async () => {
    const arrived: ExpiryMessage[] = [];
    await subscribeToExpiries(bus, (message) => arrived.push(message));
    const file = path.join(dir, "forum.db");
    const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/import-article.ts", path.join(ROOT, "tests/fixtures/articles/xe-dien-mien-tay.txt")], {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: `file:${file}`, REDIS_URL: redis.url, CHECKPOINT_DISABLE: "1" },
      timeout: 90_000,
    });
    expect(result.stderr).not.toMatch(/Lỗi/);
    expect(result.status).toBe(0);
    const threadId = Number(/Đã đăng chủ đề #(\d+)/.exec(result.stdout)?.[1]);
    await until(() => arrived.length === 1);
    expect(arrived[0].tags).toEqual([`thread:${threadId}`, "newest-posts", "categories", "thread-lists"]);
  }, 120_000);
});
