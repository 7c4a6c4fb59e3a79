// The process's thread hubs, reading from the database. On globalThis so the
// events route and the shutdown hook (instrumentation.ts, bundled apart) see
// the same hubs.
import "server-only";
import { db } from "@/lib/db";
import { threadEventBus } from "./thread-bus";
import { globalForHubs, ThreadHubs, type LoadThreadSnapshot } from "./thread-hub";

/** Post 1 is the opening post: only numbers above it are replies. */
const FIRST_REPLY_NUMBER = 2;

export const loadThreadSnapshot: LoadThreadSnapshot = async (threadId, floor, limit) => {
  const [thread, replies] = await Promise.all([
    db.thread.findUnique({ where: { id: threadId }, select: { replyCount: true, lastNumber: true } }),
    db.post.findMany({
      where: { threadId, status: "visible", number: { gte: Math.max(floor + 1, FIRST_REPLY_NUMBER) } },
      select: { number: true },
      orderBy: { number: "desc" },
      take: limit,
    }),
  ]);
  if (!thread) return null;
  return { replyCount: thread.replyCount, lastNumber: thread.lastNumber, visibleNumbers: replies.map((r) => r.number) };
};

const ms = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export function liveThreads(): ThreadHubs {
  return (globalForHubs.__banluanThreadHubs ??= new ThreadHubs({
    load: loadThreadSnapshot,
    // Looked up on each call: the Redis bus is installed at start-up, maybe
    // after the first reader arrived (lib/next/server-background.ts).
    bus: { publish: (event) => threadEventBus().publish(event), subscribe: (threadId, listener) => threadEventBus().subscribe(threadId, listener) },
    minIntervalMs: ms("LIVE_MIN_INTERVAL_MS", 500),
    pollMs: ms("LIVE_POLL_MS", 30_000),
  }));
}
