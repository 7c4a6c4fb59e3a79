// How many requests this server is answering right now, for background work
// (alert fan-out, the mail queue) to give way to them (giveWay below). Counted
// by the server script (scripts/serve.ts) around every request but live-update
// streams, which stay open for as long as a page does. On globalThis: the
// server script and the app's bundle each load their own copy of this module.
import type { IncomingMessage, ServerResponse } from "node:http";

const shared = globalThis as { __banluanRequestsInFlight?: number };

/** Counts one request until its answer is finished or its connection closed. */
export function countRequest(req: IncomingMessage, res: ServerResponse): void {
  if (req.headers.accept?.includes("text/event-stream")) return;
  shared.__banluanRequestsInFlight = (shared.__banluanRequestsInFlight ?? 0) + 1;
  let counted = true;
  const done = () => {
    if (!counted) return;
    counted = false;
    shared.__banluanRequestsInFlight = Math.max(0, (shared.__banluanRequestsInFlight ?? 1) - 1);
  };
  res.once("finish", done);
  res.once("close", done);
}

export function requestsInFlight(): number {
  return shared.__banluanRequestsInFlight ?? 0;
}

// While requests wait, background work takes at most a tenth of the time:
// after a step that took t ms it rests 9 t (at most 2 s). The fan-out of a
// reply in a thread with 5 000 watchers, or 5 000 mails, then stretch out
// under a crowd instead of slowing the crowd's own posting down (issue 19:
// posting within 10 % with 5 000 watchers); on a quiet server they run at
// full speed. Outside the server (tests, the CLI) nothing is counted and
// nothing rests.
const SHARE = 0.1;
const MAX_REST_MS = 2_000;

/** Rests after a background step of `spentMs` if requests are being answered. */
export async function giveWay(spentMs: number): Promise<void> {
  if (requestsInFlight() === 0) return;
  const rest = Math.min(MAX_REST_MS, (spentMs * (1 - SHARE)) / SHARE);
  await new Promise<void>((resolve) => setTimeout(resolve, Math.max(1, rest)).unref?.());
}

/** Runs one background step, then gives way for it. */
export async function paced<T>(step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await step();
  } finally {
    await giveWay(performance.now() - started);
  }
}
