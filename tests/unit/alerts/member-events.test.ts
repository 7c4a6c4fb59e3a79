// The per-member event channel: publishMemberEvent reaches that member's open
// streams only, in one process and across instances over Redis; the stream
// sends the unread count when it may have changed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InProcessMemberEventBus, type MemberEvent } from "@/lib/live/member-bus";
import { RedisMemberEventBus } from "@/lib/live/redis-member-bus";
import { openMemberStream, endAllMemberStreams } from "@/lib/live/member-stream";
import { createRedisBus, type MessageBus } from "@/lib/live/redis-bus";
import { redisServerPath, startLocalRedis, type LocalRedis } from "@/scripts/redis/local-redis";

async function readEvents(stream: ReadableStream<Uint8Array>, count: number): Promise<string[]> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const events: string[] = [];
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
    const parts = text.split("\n\n");
    text = parts.pop()!;
    for (const p of parts) if (p.startsWith("event:")) events.push(p);
  }
  reader.releaseLock();
  return events;
}

describe("member stream", () => {
  it("sends the count at once, again after an alerts event, and forwards other kinds", async () => {
    const bus = new InProcessMemberEventBus();
    let unread = 2;
    const abort = new AbortController();
    const stream = openMemberStream({ bus, userId: 7, countUnread: async () => unread, signal: abort.signal });
    const first = await readEvents(stream, 1);
    expect(first).toEqual(['event: alerts\ndata: {"unread":2}']);
    unread = 3;
    bus.publish(8, { kind: "alerts" }); // someone else's: nothing
    bus.publish(7, { kind: "alerts" });
    bus.publish(7, { kind: "conversation", id: 5 });
    const next = await readEvents(stream, 2);
    // The count is read, the other event forwarded as it is: either may come first.
    expect(next.sort()).toEqual(['event: alerts\ndata: {"unread":3}', 'event: conversation\ndata: {"kind":"conversation","id":5}']);
    expect(endAllMemberStreams()).toBe(1);
    abort.abort();
  });
});

const hasRedis = redisServerPath() !== null;

describe.skipIf(!hasRedis)("member events over Redis", () => {
  let redis: LocalRedis;
  let dir: string;
  const buses: MessageBus[] = [];
  afterAll(async () => {
    await Promise.all(buses.map((b) => b.close()));
    await redis?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("carries one instance's publish to the member's streams on another", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "banluan-member-"));
    redis = await startLocalRedis({ dir });
    const [a, b] = [createRedisBus(redis.url, { log: () => {} }), createRedisBus(redis.url, { log: () => {} })];
    buses.push(a, b);
    const [one, two] = [new RedisMemberEventBus(a), new RedisMemberEventBus(b)];
    const got: MemberEvent[] = [];
    const other: MemberEvent[] = [];
    two.subscribe(41, (e) => got.push(e));
    two.subscribe(42, (e) => other.push(e));
    // The subscription is confirmed asynchronously: publish until it arrives.
    await expect
      .poll(() => {
        one.publish(41, { kind: "alerts" });
        return got.length;
      }, { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(got[0]).toEqual({ kind: "alerts" });
    expect(other).toEqual([]);
  });
});
