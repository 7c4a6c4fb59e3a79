// Where "thread N changed" travels: services publish after a commit, the
// live-update hub (thread-hub.ts) subscribes once per thread per process.
// Today the bus is in-process; with several app instances it becomes a
// pub/sub transport (Redis) behind the same two calls, installed with
// setThreadEventBus at start-up — nothing else changes.
import { EventEmitter } from "node:events";

export type ThreadEvent = { threadId: number; kind: "reply" | "update" };
export type ThreadEventListener = (event: ThreadEvent) => void;

export interface ThreadEventBus {
  publish(event: ThreadEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(threadId: number, listener: ThreadEventListener): () => void;
}

export class InProcessThreadEventBus implements ThreadEventBus {
  #emitter = new EventEmitter().setMaxListeners(0);

  publish(event: ThreadEvent): void {
    this.#emitter.emit(`thread:${event.threadId}`, event);
  }

  subscribe(threadId: number, listener: ThreadEventListener): () => void {
    this.#emitter.on(`thread:${threadId}`, listener);
    return () => this.#emitter.off(`thread:${threadId}`, listener);
  }
}

// On globalThis: Next.js bundles route handlers, server actions and the
// instrumentation hook separately, and all of them must share one bus.
const globalForBus = globalThis as unknown as { __banluanThreadBus?: ThreadEventBus };

export function threadEventBus(): ThreadEventBus {
  return (globalForBus.__banluanThreadBus ??= new InProcessThreadEventBus());
}

export function setThreadEventBus(bus: ThreadEventBus): void {
  globalForBus.__banluanThreadBus = bus;
}
