// In-process notifications that a thread changed, for the live-update stream.
// The stream also re-reads the thread from the database periodically, so
// replies written by another app instance still arrive (just less instantly).
import "server-only";
import { EventEmitter } from "node:events";

export type ThreadEvent = { threadId: number; kind: "reply" | "update" };

const globalForEvents = globalThis as unknown as { __banluanThreadEvents?: EventEmitter };
const emitter = (globalForEvents.__banluanThreadEvents ??= new EventEmitter());
emitter.setMaxListeners(0);

export function publishThreadEvent(event: ThreadEvent): void {
  emitter.emit(`thread:${event.threadId}`, event);
  emitter.emit("forum", event);
}

export function subscribeToThread(threadId: number, listener: (event: ThreadEvent) => void): () => void {
  emitter.on(`thread:${threadId}`, listener);
  return () => emitter.off(`thread:${threadId}`, listener);
}
