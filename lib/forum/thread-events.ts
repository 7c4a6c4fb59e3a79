// Services call this after a change a reader of the thread should see (a
// reply, an edit, a hide…). It goes through the thread event bus
// (lib/live/thread-bus.ts) to the live-update hub, which re-reads the thread
// once and tells every open stream.
import "server-only";
import { threadEventBus, type ThreadEvent } from "@/lib/live/thread-bus";

export type { ThreadEvent };

export function publishThreadEvent(event: ThreadEvent): void {
  threadEventBus().publish(event);
}
