// Background work gives way to requests (lib/server/request-pressure.ts):
// requests are counted until answered (live-update streams are not), and a
// background step rests nine times its length only while requests wait.
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { countRequest, giveWay, requestsInFlight } from "@/lib/server/request-pressure";

const request = (accept = "text/html") => ({ headers: { accept } }) as unknown as IncomingMessage;
const response = () => new EventEmitter() as unknown as ServerResponse;

afterEach(() => vi.useRealTimers());

describe("request pressure", () => {
  it("counts a request until it is finished or closed, once, and never a live-update stream", () => {
    const before = requestsInFlight();
    const [a, b, stream] = [response(), response(), response()];
    countRequest(request(), a);
    countRequest(request(), b);
    countRequest(request("text/event-stream"), stream);
    expect(requestsInFlight()).toBe(before + 2);
    a.emit("finish");
    a.emit("close"); // both events for one answer: counted down once
    expect(requestsInFlight()).toBe(before + 1);
    b.emit("close");
    expect(requestsInFlight()).toBe(before);
  });

  it("rests after a step only while requests are being answered", async () => {
    vi.useFakeTimers();
    // Nothing in flight: no rest at all.
    let done = false;
    void giveWay(10).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);

    const res = response();
    countRequest(request(), res);
    done = false;
    void giveWay(10).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(80);
    expect(done).toBe(false); // 9 × 10 ms
    await vi.advanceTimersByTimeAsync(20);
    expect(done).toBe(true);
    res.emit("finish");
  });
});
