// Messages between app instances over Redis pub/sub: the transport the SSE
// hub (app/api/threads/[id]/events) plugs in when REDIS_URL is set, so a
// reply posted through one instance reaches streams open on every other
// (one message per change, each instance then does its one read and fans it
// out to its own streams).
//
// Two connections: a subscribed Redis connection can do nothing but
// subscribe. Both reconnect by themselves (node-redis re-subscribes every
// channel after a reconnect). Pub/sub keeps nothing for a subscriber that is
// away: whatever was published while a connection was down is lost, so
// `onReconnect` tells the hub to catch up from the database (its slow
// safety-net read) instead of trusting that nothing happened. A publish that
// fails answers false and never throws: the change is committed in the
// database already and the safety net delivers it a little later.
import { createClient } from "redis";

/** Channel names are prefixed with this on Redis (several forums may share one Redis with their own prefixes). */
export const LIVE_CHANNEL_PREFIX = "banluan:live:";

export type MessageHandler = (message: string, channel: string) => void;

export type MessageBus = {
  publish(channel: string, message: string): Promise<boolean>;
  /** Resolves once Redis confirmed the subscription; returns the unsubscribe function. */
  subscribe(channel: string, handler: MessageHandler): Promise<() => Promise<void>>;
  /** Called after each reconnection of the subscriber (messages may have been missed meanwhile). */
  onReconnect(handler: () => void): void;
  close(): Promise<void>;
};

export function createRedisBus(url: string, options: { log?: (message: string) => void; prefix?: string } = {}): MessageBus {
  const log = options.log ?? ((message: string) => console.warn(message));
  const prefix = options.prefix ?? LIVE_CHANNEL_PREFIX;
  const socket = { connectTimeout: 5_000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000) };
  const publisher = createClient({ url, socket, disableOfflineQueue: true, commandOptions: { timeout: 1_000 } });
  const subscriber = publisher.duplicate();
  const reconnectHandlers: (() => void)[] = [];
  let warned = false;
  let closed = false;
  let subscriberWasReady = false;

  const warn = (error: unknown) => {
    if (closed || warned) return;
    warned = true;
    log(`Bàn Luận: không dùng được Redis cho cập nhật trực tiếp (${String((error as Error)?.message ?? error).split("\n")[0]}); đang thử kết nối lại.`);
  };
  publisher.on("error", warn);
  subscriber.on("error", warn);
  subscriber.on("ready", () => {
    if (subscriberWasReady) {
      if (warned) log("Bàn Luận: Redis cho cập nhật trực tiếp đã kết nối lại.");
      warned = false;
      for (const handler of reconnectHandlers) handler();
    }
    subscriberWasReady = true;
  });

  // Connecting never rejects to the caller: the clients retry on their own.
  const connected = Promise.all([publisher.connect().catch(warn), subscriber.connect().catch(warn)]);
  const handlers = new Map<string, Set<MessageHandler>>();

  return {
    async publish(channel, message) {
      try {
        await publisher.publish(prefix + channel, message);
        return true;
      } catch (error) {
        warn(error);
        return false;
      }
    },
    async subscribe(channel, handler) {
      await connected;
      let set = handlers.get(channel);
      if (!set) {
        const fresh = new Set<MessageHandler>();
        handlers.set(channel, fresh);
        set = fresh;
        await subscriber.subscribe(prefix + channel, (message: string) => {
          for (const h of fresh) {
            try {
              h(message, channel);
            } catch (error) {
              console.error(error);
            }
          }
        });
      }
      set.add(handler);
      return async () => {
        const current = handlers.get(channel);
        if (!current?.delete(handler) || current.size > 0) return;
        handlers.delete(channel);
        await subscriber.unsubscribe(prefix + channel).catch(() => {});
      };
    },
    onReconnect(handler) {
      reconnectHandlers.push(handler);
    },
    async close() {
      closed = true;
      await connected;
      await Promise.all([publisher, subscriber].map((c) => c.close().catch(() => c.destroy())));
    },
  };
}
