// Cache expiries from the command-line tools, delivered at once. A tool that
// changes what cached pages show (import:article while the forum runs) records
// the tags in the CacheExpiry feed, which every server polls every ≤2 s
// (expiry-feed.ts, expiry-poller.ts). With REDIS_URL set it also publishes the
// row on Redis pub/sub, and every instance subscribed expires the tags the
// moment it arrives; its poller then skips that row instead of expiring the
// same tags again 2 s later (a needless re-render of pages filled meanwhile).
//
// The feed stays the record: pub/sub keeps nothing for an instance that is
// away, a publish can fail, and SQLite forums have no Redis. Whatever pub/sub
// missed the poller delivers.
import { createClient } from "redis";
import type { Db } from "@/lib/db-client";
import type { MessageBus } from "@/lib/live/redis-bus";
import { LIVE_CHANNEL_PREFIX } from "@/lib/live/redis-bus";
import { recordExpiry } from "./expiry-feed";

export const EXPIRY_CHANNEL = "cache-expiry";

export type ExpiryMessage = { id: number; tags: string[] };

/** The message, or null when it is not one of ours (a Redis channel is open to anything that can publish). */
export function parseExpiryMessage(message: string): ExpiryMessage | null {
  try {
    const value = JSON.parse(message) as unknown;
    if (!value || typeof value !== "object") return null;
    const { id, tags } = value as { id?: unknown; tags?: unknown };
    if (!Number.isInteger(id) || (id as number) <= 0 || !Array.isArray(tags)) return null;
    const valid = tags.filter((t): t is string => typeof t === "string" && t !== "" && t.length <= 256 && !/\s/.test(t));
    return valid.length > 0 ? { id: id as number, tags: valid } : null;
  } catch {
    return null;
  }
}

/** Server side: hands every expiry published by a tool to `apply` (instances subscribe once, at start). */
export function subscribeToExpiries(bus: MessageBus, apply: (message: ExpiryMessage) => void): Promise<() => Promise<void>> {
  return bus.subscribe(EXPIRY_CHANNEL, (message) => {
    const parsed = parseExpiryMessage(message);
    if (parsed) apply(parsed);
  });
}

/**
 * Publishes one message and disconnects: a tool runs once, so it never waits
 * on a Redis that is down (the feed row is written already; servers read it
 * within 2 s). Answers whether Redis took it.
 */
export async function publishOnce(url: string, channel: string, message: string, timeoutMs = 2_000): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: timeoutMs, reconnectStrategy: false }, disableOfflineQueue: true });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.publish(LIVE_CHANNEL_PREFIX + channel, message);
    return true;
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.close().catch(() => client.destroy());
  }
}

/**
 * What a command-line tool calls after its change committed: the feed row
 * first (the record every server will read), then, with REDIS_URL, the same
 * row over pub/sub for the instances to act at once.
 */
export async function announceExpiry(db: Db, tags: string[], redisUrl = process.env.REDIS_URL?.trim()): Promise<{ recorded: boolean; published: boolean }> {
  const row = await recordExpiry(db, tags);
  if (!row) return { recorded: false, published: false };
  const published = redisUrl ? await publishOnce(redisUrl, EXPIRY_CHANNEL, JSON.stringify(row)) : false;
  return { recorded: true, published };
}
