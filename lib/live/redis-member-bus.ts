// Member events across app instances (REDIS_URL set), as redis-thread-bus.ts
// does for threads: published on the channel "member:<id>", subscribed while
// this instance has a stream of that member open. A publish Redis refuses is
// delivered locally; after a reconnect every open member stream is told to
// re-read (events published meanwhile are lost).
import { InProcessMemberEventBus, type MemberEvent, type MemberEventBus, type MemberEventListener } from "./member-bus";
import type { MessageBus } from "./redis-bus";

const channelOf = (userId: number) => `member:${userId}`;

export class RedisMemberEventBus implements MemberEventBus {
  #local = new InProcessMemberEventBus();
  #watched = new Map<number, { streams: number; unsubscribe: Promise<(() => Promise<void>) | null> }>();

  constructor(private readonly bus: MessageBus) {
    bus.onReconnect(() => {
      for (const userId of this.#watched.keys()) this.#local.publish(userId, { kind: "alerts" });
    });
  }

  publish(userId: number, event: MemberEvent): void {
    void this.bus.publish(channelOf(userId), JSON.stringify({ userId, event })).then((sent) => {
      if (!sent) this.#local.publish(userId, event);
    });
  }

  subscribe(userId: number, listener: MemberEventListener): () => void {
    const off = this.#local.subscribe(userId, listener);
    const watched = this.#watched.get(userId);
    if (watched) watched.streams += 1;
    else {
      const unsubscribe = this.bus
        .subscribe(channelOf(userId), (message) => {
          try {
            const parsed = JSON.parse(message) as { userId?: number; event?: MemberEvent };
            if (parsed?.userId === userId && parsed.event && typeof parsed.event.kind === "string") this.#local.publish(userId, parsed.event);
          } catch {
            // Not one of ours: ignore.
          }
        })
        .catch(() => null);
      this.#watched.set(userId, { streams: 1, unsubscribe });
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      off();
      const entry = this.#watched.get(userId);
      if (!entry) return;
      entry.streams -= 1;
      if (entry.streams === 0) {
        this.#watched.delete(userId);
        void entry.unsubscribe.then((stop) => stop?.()).catch(() => {});
      }
    };
  }
}
