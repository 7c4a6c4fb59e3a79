// One member's server-sent event stream (app/api/me/events): "alerts" with
// their unread count when it may have changed, and any other member event
// as it was published (publishMemberEvent). The count is read on an event,
// and by a slow safety net (alerts written where nothing publishes, e.g. a
// moderation notice in a transaction, or an event lost while Redis was away).
import type { MemberEvent, MemberEventBus } from "./member-bus";

export const MEMBER_RECONNECT_MS = 5_000;

// Open streams' stop functions, on globalThis (the shutdown hook is bundled apart).
const open = ((globalThis as unknown as { __banluanMemberStreams?: Set<() => void> }).__banluanMemberStreams ??= new Set());

/** Ends every member stream of this process (the server is stopping); browsers reconnect. */
export function endAllMemberStreams(): number {
  const count = open.size;
  for (const stop of [...open]) stop();
  return count;
}

export type MemberStreamOptions = {
  bus: MemberEventBus;
  userId: number;
  countUnread: () => Promise<number>;
  signal: AbortSignal;
  /** The safety-net re-read and heartbeat (ms). */
  pollMs?: number;
  heartbeatMs?: number;
};

export function openMemberStream({ bus, userId, countUnread, signal, pollMs = 30_000, heartbeatMs = 20_000 }: MemberStreamOptions): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let lastCount: number | null = null;
      let reading = false;
      let again = false;
      const write = (chunk: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          stop();
        }
      };
      // One count at a time; events arriving meanwhile make one more.
      const sendCount = async (force = false) => {
        if (reading) {
          again = true;
          return;
        }
        reading = true;
        try {
          const unread = await countUnread();
          if (force || unread !== lastCount) write(`event: alerts\ndata: ${JSON.stringify({ unread })}\n\n`);
          lastCount = unread;
        } catch (error) {
          console.error("[live] member stream count:", error);
        } finally {
          reading = false;
          if (again) {
            again = false;
            void sendCount();
          }
        }
      };
      const onEvent = (event: MemberEvent) => {
        if (event.kind === "alerts") void sendCount();
        else write(`event: ${event.kind.replace(/[^a-z0-9_.-]/gi, "")}\ndata: ${JSON.stringify(event)}\n\n`);
      };
      const off = bus.subscribe(userId, onEvent);
      const timers = [setInterval(() => void sendCount(), pollMs), setInterval(() => write(": ping\n\n"), heartbeatMs)];
      for (const t of timers) t.unref?.();
      const stop = () => {
        if (closed) return;
        closed = true;
        open.delete(stop);
        off();
        for (const t of timers) clearInterval(t);
        signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      cleanup = stop;
      open.add(stop);
      write(`retry: ${MEMBER_RECONNECT_MS}\n\n`);
      void sendCount(true);
      if (signal.aborted) stop();
      else signal.addEventListener("abort", stop);
    },
    cancel() {
      cleanup();
    },
  });
}
