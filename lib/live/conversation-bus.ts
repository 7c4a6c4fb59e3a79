// "Conversation N has a new message": published by the conversation services
// after a commit, listened to by the participants' open event streams
// (app/api/conversations/[id]/events). In-process by default; with REDIS_URL
// the same Redis message bus as threads carries it between instances
// (channel conversation:N, installed by lib/next/server-background.ts). The
// event carries only the id and the newest number: the stream re-checks
// participation and the page reads the rest.
import { EventEmitter } from "node:events";
import type { MessageBus } from "./redis-bus";

export type ConversationEvent = { conversationId: number; lastNumber: number };
type Listener = (event: ConversationEvent) => void;

export interface ConversationEventBus {
  publish(event: ConversationEvent): void;
  subscribe(conversationId: number, listener: Listener): () => void;
}

class InProcessConversationBus implements ConversationEventBus {
  #emitter = new EventEmitter().setMaxListeners(0);
  publish(event: ConversationEvent): void {
    this.#emitter.emit(`conversation:${event.conversationId}`, event);
  }
  subscribe(conversationId: number, listener: Listener): () => void {
    this.#emitter.on(`conversation:${conversationId}`, listener);
    return () => this.#emitter.off(`conversation:${conversationId}`, listener);
  }
}

/** Across instances: publish on Redis (locally when Redis is away), subscribe per open stream. */
export class RedisConversationBus implements ConversationEventBus {
  #local = new InProcessConversationBus();
  constructor(private readonly bus: MessageBus) {}
  publish(event: ConversationEvent): void {
    void this.bus.publish(`conversation:${event.conversationId}`, JSON.stringify(event)).then((sent) => {
      if (!sent) this.#local.publish(event);
    });
  }
  subscribe(conversationId: number, listener: Listener): () => void {
    const off = this.#local.subscribe(conversationId, listener);
    const stop = this.bus
      .subscribe(`conversation:${conversationId}`, (message) => {
        try {
          const event = JSON.parse(message) as ConversationEvent;
          if (event?.conversationId === conversationId) this.#local.publish(event);
        } catch {
          // Not one of ours.
        }
      })
      .catch(() => null);
    return () => {
      off();
      void stop.then((s) => s?.()).catch(() => {});
    };
  }
}

// On globalThis: route handlers, server actions and the instrumentation hook are bundled apart.
const g = globalThis as unknown as { __banluanConversationBus?: ConversationEventBus };

export function conversationBus(): ConversationEventBus {
  return (g.__banluanConversationBus ??= new InProcessConversationBus());
}

export function setConversationBus(bus: ConversationEventBus): void {
  g.__banluanConversationBus = bus;
}
