// Issue 12.2 and 12.6: a crowd of readers costs one read per change, not one
// per reader; memory goes when they leave; an empty thread has no new replies.
import { describe, expect, it } from "vitest";
import { createReply } from "@/lib/forum/create-reply";
import { loadThreadSnapshot } from "@/lib/live/live-threads";
import { threadEventBus } from "@/lib/live/thread-bus";
import { ThreadHubs, type LoadThreadSnapshot, type ThreadStats } from "@/lib/live/thread-hub";
import { openThreadStream } from "@/lib/live/thread-stream";
import { makeMember, makeThread, token } from "../forum/fixtures";

/** Everything a stream sends until it closes. */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let all = "";
  for (let r = await reader.read(); !r.done; r = await reader.read()) all += decoder.decode(r.value);
  return all;
}

const settle = (ms = 120) => new Promise((resolve) => setTimeout(resolve, ms));

function countingHubs() {
  const counter = { loads: 0 };
  const load: LoadThreadSnapshot = (...args) => {
    counter.loads++;
    return loadThreadSnapshot(...args);
  };
  const hubs = new ThreadHubs({ load, bus: threadEventBus(), minIntervalMs: 20, pollMs: 60_000, heartbeatMs: 60_000 });
  return { hubs, counter };
}

function reader(after: number) {
  const seen: ThreadStats[] = [];
  return { seen, reader: { after, send: (s: ThreadStats) => seen.push(s), ping() {}, end() {} } };
}

describe("thread hub", () => {
  it("1 000 readers of a thread cost one read per change, and each is told its own count", async () => {
    const { hubs, counter } = countingHubs();
    const thread = await makeThread();
    const readers = Array.from({ length: 1_000 }, (_, i) => reader(i % 2 === 0 ? 1 : 2));
    const leaves = readers.map((r) => hubs.join(thread.id, r.reader));
    await settle();
    const afterJoin = counter.loads;
    expect(afterJoin).toBeLessThanOrEqual(2);

    for (let i = 0; i < 3; i++) {
      await createReply(await makeMember(), { threadId: thread.id, source: `Phản hồi số ${i + 1}`, clientToken: token() });
      await settle();
    }
    expect(counter.loads - afterJoin).toBeLessThanOrEqual(3);
    // Readers shown the opening post only (after=1) see 3 new replies; those shown reply 2, two.
    expect(readers[0].seen.at(-1)).toMatchObject({ replyCount: 3, newReplies: 3 });
    expect(readers[1].seen.at(-1)).toMatchObject({ replyCount: 3, newReplies: 2 });

    leaves.forEach((leave) => leave());
    expect(hubs.size).toEqual({ threads: 0, readers: 0 });
    // Nothing listens any more: a change reads nothing.
    const before = counter.loads;
    await createReply(await makeMember(), { threadId: thread.id, source: "Không ai đọc", clientToken: token() });
    await settle();
    expect(counter.loads).toBe(before);
  });

  it("an empty thread has no new replies for a reader who saw nothing yet (after=0)", async () => {
    const { hubs } = countingHubs();
    const thread = await makeThread();
    const r = reader(0);
    const leave = hubs.join(thread.id, r.reader);
    await settle();
    leave();
    expect(r.seen.at(-1)).toEqual({ replyCount: 0, lastNumber: 1, newReplies: 0 });
  });

  it("a reconnecting browser (Last-Event-ID) is not sent the counts it already has", async () => {
    const { hubs } = countingHubs();
    const thread = await makeThread();
    const read = async (lastEventId: string | null) => {
      const abort = new AbortController();
      const stream = openThreadStream(hubs, thread.id, { after: 1, lastEventId, signal: abort.signal });
      const all = readAll(stream);
      await settle();
      abort.abort();
      return all;
    };
    const first = await read(null);
    const id = /^id: (.+)$/m.exec(first)?.[1];
    expect(id).toBe("1.0.0");
    expect(await read(id!)).not.toContain("event: stats");
    expect(hubs.size).toEqual({ threads: 0, readers: 0 });
  });

  it("ending every stream (server stopping) tells browsers to reconnect and closes them", async () => {
    const { hubs } = countingHubs();
    const thread = await makeThread();
    const stream = openThreadStream(hubs, thread.id, { after: 1, lastEventId: null, signal: new AbortController().signal });
    const text = readAll(stream);
    await settle();
    hubs.endAll();
    expect(await text).toMatch(/retry: 1000\n\n$/);
    expect(hubs.size).toEqual({ threads: 0, readers: 0 });
  });
});
