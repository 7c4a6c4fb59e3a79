// "Lượt xem" of threads, counted outside rendering (issue 20): guests' pages
// come from the page cache or the fast path (lib/fast-path/) without any of
// our code running, so the count is taken where every request passes — the
// HTTP server (scripts/serve.ts) — when a thread page's answer is finished.
//
// Cost: a view is one Map increment in memory. Every few seconds
// (VIEW_COUNT_FLUSH_MS, 5 s by default) the counts gathered are written, one
// `UPDATE … SET viewCount = viewCount + n` per thread viewed, in one
// transaction — never a write per request, never on the request's path, and
// no cache entry is expired by a view (a cached page shows the count of its
// last render: see lib/views/view-counts.ts for how far it lags). With
// several instances each writes its own increments: additions commute, so
// the total is right. A failed write keeps its counts for the next round; a
// crash loses at most one interval's views (XenForo batches them the same
// way, in xf_thread_view, applied by a cron job).
//
// Not counted: anything but GET (HEAD included), answers other than 200/304
// (a 404, a redirect), link prefetches, and crawlers (user agents below).
import type { IncomingMessage, ServerResponse } from "node:http";

/** Thread pages: [/en]/threads/<slug>.<id> and its /page-N, with or without a query. */
const THREAD_PAGE = /^(?:\/en)?\/threads\/(?:[^/?#]*\.)?(\d{1,10})(?:\/page-\d{1,6})?\/?(?:\?|$)/;

/**
 * Common crawlers, link previewers and HTTP libraries. A browser's own
 * headless mode is not excluded (the journeys' Chromium says HeadlessChrome).
 */
const BOT_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|mediapartners|adsbot|bingpreview|facebookexternalhit|facebot|embedly|quora link preview|whatsapp|telegram|skype|outbrain|pinterest|vkshare|w3c_validator|lighthouse|pagespeed|ia_archiver|archive\.org|curl\/|wget\/|python-|python\/|aiohttp|go-http-client|java\/|okhttp|httpclient|axios|node-fetch|undici|libwww|scrapy|feedfetcher|feedburner|uptimerobot|pingdom/i;

export function isBotAgent(userAgent: string | undefined): boolean {
  // No user agent at all: a script, not a reader.
  return !userAgent || BOT_AGENT.test(userAgent);
}

/** The thread a request is a view of, or null when it does not count. */
export function viewedThreadId(req: Pick<IncomingMessage, "method" | "url" | "headers">): number | null {
  if (req.method !== "GET" || !req.url) return null;
  const match = THREAD_PAGE.exec(req.url);
  if (!match) return null;
  const h = req.headers;
  // Link prefetches (Next.js's router, the browser's speculation) are not reads.
  if (h["next-router-prefetch"] || h.purpose === "prefetch" || h["sec-purpose"]?.toString().includes("prefetch")) return null;
  if (isBotAgent(h["user-agent"])) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** Writes a round; answering false means "not now" (no database yet): the counts wait for the next round. */
export type ViewWriter = (counts: Map<number, number>) => Promise<boolean | void>;

export class ViewCounter {
  private pending = new Map<number, number>();
  private flushing: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly write: ViewWriter) {}

  note(threadId: number, n = 1): void {
    this.pending.set(threadId, (this.pending.get(threadId) ?? 0) + n);
  }

  /** Views noted and not yet written (tests, the shutdown message). */
  pendingViews(): number {
    let total = 0;
    for (const n of this.pending.values()) total += n;
    return total;
  }

  /** Counts the request as a view of its thread once its answer is finished with 200 or 304. */
  observe(req: IncomingMessage, res: ServerResponse): void {
    const threadId = viewedThreadId(req);
    if (threadId === null) return;
    res.once("finish", () => {
      if (res.statusCode === 200 || res.statusCode === 304) this.note(threadId);
    });
  }

  /** Writes what was gathered; one round at a time. What fails to be written is kept for the next. */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.pending.size === 0) return Promise.resolve();
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.write(batch)
      .then((written) => {
        if (written === false) for (const [id, n] of batch) this.note(id, n);
      })
      .catch((error) => {
        for (const [id, n] of batch) this.note(id, n);
        console.error(`[views] Chưa ghi được lượt xem của ${batch.size} chủ đề, sẽ thử lại:`, (error as Error)?.message ?? error);
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  start(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), intervalMs);
    this.timer.unref(); // never what keeps the process alive
  }

  /** At shutdown: the last counts written. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flushing;
    await this.flush();
  }
}

/** VIEW_COUNT_FLUSH_MS: how often views are written (default 5 000 ms; the journeys use less). */
export function viewFlushMsFromEnv(env: Record<string, string | undefined> = process.env): number {
  const ms = Number(env.VIEW_COUNT_FLUSH_MS);
  return Number.isFinite(ms) && ms >= 100 ? Math.floor(ms) : 5_000;
}
