// The thread-event bus across app instances (REDIS_URL set): "thread N
// changed" is published on Redis, and each instance subscribes to a thread's
// channel while it has readers of that thread, handing what arrives to its
// own in-process bus (the hub then does its one read and fans out). Installed
// by lib/next/server-background.ts; without Redis the in-process bus stays.
//
// Redis away: a publish that fails is delivered locally (this instance's
// readers see it at once; the others' shared safety-net poll catches up), and
// after the subscriber reconnects every watched thread is re-read, since
// whatever was published meanwhile is lost.
import { InProcessThreadEventBus, type ThreadEvent, type ThreadEventBus, type ThreadEventListener } from "./thread-bus";
import type { MessageBus } from "./redis-bus";

const channelOf = (threadId: number) => `thread:${threadId}`;

export class RedisThreadEventBus implements ThreadEventBus {
  #local = new InProcessThreadEventBus();
  #watched = new Map<number, { readers: number; unsubscribe: Promise<(() => Promise<void>) | null> }>();

  constructor(private readonly bus: MessageBus) {
    bus.onReconnect(() => {
      for (const threadId of this.#watched.keys()) this.#local.publish({ threadId, kind: "update" });
    });
  }

  publish(event: ThreadEvent): void {
    void this.bus.publish(channelOf(event.threadId), JSON.stringify(event)).then((sent) => {
      if (!sent) this.#local.publish(event);
    });
  }

  subscribe(threadId: number, listener: ThreadEventListener): () => void {
    const off = this.#local.subscribe(threadId, listener);
    const watched = this.#watched.get(threadId);
    if (watched) watched.readers += 1;
    else {
      const unsubscribe = this.bus
        .subscribe(channelOf(threadId), (message) => {
          try {
            const event = JSON.parse(message) as ThreadEvent;
            if (event && event.threadId === threadId) this.#local.publish(event);
          } catch {
            // Not one of ours: ignore.
          }
        })
        .catch(() => null);
      this.#watched.set(threadId, { readers: 1, unsubscribe });
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      off();
      const entry = this.#watched.get(threadId);
      if (!entry) return;
      entry.readers -= 1;
      if (entry.readers === 0) {
        this.#watched.delete(threadId);
        void entry.unsubscribe.then((stop) => stop?.()).catch(() => {});
      }
    };
  }
}
