// "Lượt xem" (issue 20): which requests count, the in-memory counter and its
// batched flush (one UPDATE per thread, additive, kept on failure), and the
// write itself against the run's engine — two instances' increments add up,
// and a view does not move the thread's updatedAt.
import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { isBotAgent, ViewCounter, viewedThreadId, viewFlushMsFromEnv } from "@/lib/views/view-counter";
import { writeViewCounts } from "@/lib/views/write-view-counts";
import { createTestDb } from "../helpers/test-db";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const request = (url: string, method = "GET", headers: Record<string, string> = { "user-agent": CHROME }) => ({ url, method, headers });

describe("which requests are views", () => {
  it("counts GET of a thread page and its other pages, with or without a query", () => {
    expect(viewedThreadId(request("/threads/chao-ban.12"))).toBe(12);
    expect(viewedThreadId(request("/threads/chao-ban.12/page-3"))).toBe(12);
    expect(viewedThreadId(request("/threads/chao-ban.12?quote=5"))).toBe(12);
    expect(viewedThreadId(request("/threads/ti%E1%BA%BFng-vi%E1%BB%87t.7"))).toBe(7);
    expect(viewedThreadId(request("/threads/7"))).toBe(7);
  });

  it("does not count HEAD, forms, other pages, prefetches, crawlers or a missing user agent", () => {
    expect(viewedThreadId(request("/threads/chao-ban.12", "HEAD"))).toBeNull();
    expect(viewedThreadId(request("/threads/chao-ban.12", "POST"))).toBeNull();
    for (const url of ["/", "/categories/tin.3", "/threads/chao-ban.12/unread", "/threads/chao-ban.12/page-2/x", "/threads/chao-ban", "/threadsx/a.1"]) {
      expect(viewedThreadId(request(url)), url).toBeNull();
    }
    expect(viewedThreadId(request("/threads/a.1", "GET", { "user-agent": CHROME, "next-router-prefetch": "1" }))).toBeNull();
    expect(viewedThreadId(request("/threads/a.1", "GET", { "user-agent": CHROME, "sec-purpose": "prefetch;prerender" }))).toBeNull();
    expect(viewedThreadId(request("/threads/a.1", "GET", {}))).toBeNull();
    for (const bot of [
      "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
      "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.1; +https://openai.com/gptbot)",
      "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
      "Mozilla/5.0 (compatible; YandexBot/3.0)",
      "Mozilla/5.0 (compatible; AhrefsBot/7.0)",
      "coccocbot-web/1.0 (+http://help.coccoc.com/searchengine)",
      "curl/8.5.0",
      "python-requests/2.31",
      "Wget/1.21",
    ]) {
      expect(isBotAgent(bot), bot).toBe(true);
    }
    // A browser, headless ones included (the journeys' Chromium), is a reader.
    expect(isBotAgent(CHROME)).toBe(false);
    expect(isBotAgent("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36")).toBe(false);
    expect(isBotAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1")).toBe(false);
  });
});

function fakeExchange(url: string, status: number, method = "GET") {
  const res = Object.assign(new EventEmitter(), { statusCode: status }) as unknown as ServerResponse;
  return { req: request(url, method) as unknown as IncomingMessage, res };
}

describe("the counter", () => {
  it("counts a page once its answer is finished with 200 or 304, and nothing else", () => {
    const counter = new ViewCounter(async () => {});
    for (const [status, url] of [[200, "/threads/a.1"], [304, "/threads/a.1"], [404, "/threads/a.2"], [307, "/threads/a.3"], [500, "/threads/a.4"]] as const) {
      const { req, res } = fakeExchange(url, status);
      counter.observe(req, res);
      expect(counter.pendingViews()).toBeLessThanOrEqual(2); // nothing before the answer ends
      (res as unknown as EventEmitter).emit("finish");
    }
    expect(counter.pendingViews()).toBe(2);
  });

  it("writes one batch per round, summed per thread, and nothing when nothing was viewed", async () => {
    const rounds: Map<number, number>[] = [];
    const counter = new ViewCounter(async (counts) => void rounds.push(new Map(counts)));
    for (let i = 0; i < 1000; i++) counter.note(i % 3 === 0 ? 7 : 9);
    await counter.flush();
    await counter.flush();
    expect(rounds).toEqual([new Map([[7, 334], [9, 666]])]);
    expect(counter.pendingViews()).toBe(0);
  });

  it("never runs two rounds at once; views noted during a round go to the next", async () => {
    let release!: () => void;
    const rounds: Map<number, number>[] = [];
    const counter = new ViewCounter((counts) => {
      rounds.push(new Map(counts));
      return rounds.length === 1 ? new Promise<void>((r) => (release = r)) : Promise.resolve();
    });
    counter.note(1);
    const first = counter.flush();
    counter.note(1);
    counter.note(2);
    expect(counter.flush()).toBe(first); // the same round
    release();
    await first;
    await counter.flush();
    expect(rounds).toEqual([new Map([[1, 1]]), new Map([[1, 1], [2, 1]])]);
  });

  it("keeps the counts of a failed round (or a round with no database yet) for the next", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    let fail: "throw" | "not-now" | null = "throw";
    const written: Map<number, number>[] = [];
    const counter = new ViewCounter(async (counts) => {
      if (fail === "throw") throw new Error("database is locked");
      if (fail === "not-now") return false;
      written.push(new Map(counts));
    });
    counter.note(5, 3);
    await counter.flush();
    expect(counter.pendingViews()).toBe(3);
    fail = "not-now";
    counter.note(5);
    await counter.flush();
    expect(counter.pendingViews()).toBe(4);
    fail = null;
    await counter.flush();
    expect(written).toEqual([new Map([[5, 4]])]);
    expect(error).toHaveBeenCalledTimes(1);
    error.mockRestore();
  });

  it("flushes on its interval and a last time when stopped", async () => {
    vi.useFakeTimers();
    try {
      const written: number[] = [];
      const counter = new ViewCounter(async (counts) => void written.push(counts.get(1) ?? 0));
      counter.start(1000);
      counter.note(1);
      await vi.advanceTimersByTimeAsync(999);
      expect(written).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(written).toEqual([1]);
      counter.note(1, 2);
      await counter.stop();
      expect(written).toEqual([1, 2]);
      await vi.advanceTimersByTimeAsync(5000);
      expect(written).toEqual([1, 2]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("reads its interval from VIEW_COUNT_FLUSH_MS (5 s by default, at least 100 ms)", () => {
    expect(viewFlushMsFromEnv({})).toBe(5000);
    expect(viewFlushMsFromEnv({ VIEW_COUNT_FLUSH_MS: "300" })).toBe(300);
    expect(viewFlushMsFromEnv({ VIEW_COUNT_FLUSH_MS: "5" })).toBe(5000);
    expect(viewFlushMsFromEnv({ VIEW_COUNT_FLUSH_MS: "abc" })).toBe(5000);
  });
});

describe("writing the counts", () => {
  let env: ReturnType<typeof createTestDb>;
  beforeAll(() => {
    env = createTestDb();
  });
  afterAll(() => env.cleanup());

  it("adds each instance's increments (one UPDATE per thread) and leaves updatedAt alone", async () => {
    const author = await env.db.user.create({ data: { username: "xem", usernameKey: "xem", displayName: "Người xem", displayNameKey: "nguoi xem", role: "member" } });
    const category = await env.db.category.create({ data: { slug: "xem", name: "Xem" } });
    const [a, b] = await Promise.all(
      ["a", "b"].map((slug) => env.db.thread.create({ data: { categoryId: category.id, authorId: author.id, title: slug, slug } })),
    );
    const before = await env.db.thread.findUniqueOrThrow({ where: { id: a.id } });
    expect(before.viewCount).toBe(0);
    // Two server instances, each with its own counter, flushing to one database.
    const one = new ViewCounter((counts) => writeViewCounts(env.db, counts));
    const two = new ViewCounter((counts) => writeViewCounts(env.db, counts));
    for (let i = 0; i < 5; i++) one.note(a.id);
    two.note(a.id, 2);
    two.note(b.id);
    await Promise.all([one.flush(), two.flush()]);
    one.note(a.id);
    await one.flush();
    const after = await env.db.thread.findMany({ where: { id: { in: [a.id, b.id] } }, orderBy: { id: "asc" } });
    expect(after.map((t) => t.viewCount)).toEqual([8, 1]);
    expect(after[0].updatedAt.toISOString()).toBe(before.updatedAt.toISOString());
    // An unknown thread (deleted since) is simply no row to update.
    await expect(writeViewCounts(env.db, new Map([[999_999, 3]]))).resolves.toBeUndefined();
  });
});
