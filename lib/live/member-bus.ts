// Per-member events ("your alert count changed", and later "a new private
// message"): the member's own channel on the live-update transport. In one
// process an EventEmitter; with REDIS_URL the Redis bus (redis-member-bus.ts,
// installed by lib/next/server-background.ts) carries each event to every
// instance where that member has a stream open (app/api/me/events).
//
// publishMemberEvent is the one call other features use: fire and forget,
// after the change is committed (a lost event is caught up by the stream's
// slow safety-net read).
import { EventEmitter } from "node:events";

/** What a member's streams are told. `kind` names it ("alerts" re-reads the unread count); other fields travel as JSON. */
export type MemberEvent = { kind: string; [field: string]: unknown };
export type MemberEventListener = (event: MemberEvent) => void;

export interface MemberEventBus {
  publish(userId: number, event: MemberEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(userId: number, listener: MemberEventListener): () => void;
}

export class InProcessMemberEventBus implements MemberEventBus {
  #emitter = new EventEmitter().setMaxListeners(0);

  publish(userId: number, event: MemberEvent): void {
    this.#emitter.emit(`member:${userId}`, event);
  }

  subscribe(userId: number, listener: MemberEventListener): () => void {
    this.#emitter.on(`member:${userId}`, listener);
    return () => this.#emitter.off(`member:${userId}`, listener);
  }
}

// On globalThis: route handlers, server actions and the background loop are bundled apart.
const globalForBus = globalThis as unknown as { __banluanMemberBus?: MemberEventBus };

export function memberEventBus(): MemberEventBus {
  return (globalForBus.__banluanMemberBus ??= new InProcessMemberEventBus());
}

export function setMemberEventBus(bus: MemberEventBus): void {
  globalForBus.__banluanMemberBus = bus;
}

/** Tells every open stream of member `userId` (on every instance) about `event`. Never throws. */
export function publishMemberEvent(userId: number, event: MemberEvent): void {
  try {
    memberEventBus().publish(userId, event);
  } catch (error) {
    console.error("[live] member event:", error);
  }
}
