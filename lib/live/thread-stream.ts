// One reader's server-sent event stream, fed by the thread's hub. Event ids
// carry the counts sent, so a browser that reconnects (it sends the last id
// as Last-Event-ID) is not sent again what it already shows.
import type { ThreadHubs, ThreadStats } from "./thread-hub";

/** How long browsers wait before reconnecting (the SSE `retry` field). */
export const RECONNECT_MS = 5_000;

export const statsEventId = (s: ThreadStats) => `${s.lastNumber}.${s.replyCount}.${s.newReplies}`;

export function openThreadStream(
  hubs: ThreadHubs,
  threadId: number,
  { after, lastEventId, signal }: { after: number; lastEventId: string | null; signal: AbortSignal },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let leave = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let lastId = lastEventId;
      const write = (chunk: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(chunk));
        } catch {
          stop();
        }
      };
      const stop = () => {
        if (closed) return;
        closed = true;
        leave();
        signal.removeEventListener("abort", stop);
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      write(`retry: ${RECONNECT_MS}\n\n`);
      leave = hubs.join(threadId, {
        after,
        send(stats) {
          const id = statsEventId(stats);
          if (id === lastId) return;
          lastId = id;
          write(`id: ${id}\nevent: stats\ndata: ${JSON.stringify(stats)}\n\n`);
        },
        ping: () => write(": ping\n\n"),
        end: () => {
          // Reconnect soon (another instance, or this one restarted).
          write("retry: 1000\n\n");
          stop();
        },
      });
      if (signal.aborted) stop();
      else signal.addEventListener("abort", stop);
    },
    cancel() {
      leave();
    },
  });
}
