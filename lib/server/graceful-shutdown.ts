// Stopping `next start` within a deadline. Next.js 16 handles SIGTERM/SIGINT
// by closing its server and waiting for every connection to finish, then
// exiting 143/130 — but a live-update stream never finishes, and keep-alive
// clients under load keep sending requests on their open connections, so
// the process stayed up (port closed, site down) for as long as one reader
// kept a thread open (issue 12). Beside Next.js's handler this one:
// 1. ends every event stream at once, telling browsers to reconnect (to
//    another instance, or to this one after its restart);
// 2. answers requests still arriving on open connections with
//    "Connection: close" and closes connections as soon as they are idle;
// 3. after SHUTDOWN_TIMEOUT_MS (default 10 s) closes whatever is left and
//    exits with the signal's code, finished or not.
import type { Server } from "node:http";
import { endAllLiveStreams } from "@/lib/live/thread-hub";
import { endAllMemberStreams } from "@/lib/live/member-stream";

const EXIT_CODES = { SIGTERM: 143, SIGINT: 130 } as const;

export function shutdownTimeoutMs(): number {
  const value = Number(process.env.SHUTDOWN_TIMEOUT_MS);
  return Number.isFinite(value) && value >= 0 ? value : 10_000;
}

export function installGracefulShutdown(servers: () => Server[]): void {
  let stopping = false;
  const onSignal = (signal: keyof typeof EXIT_CODES) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    const streams = endAllLiveStreams() + endAllMemberStreams();
    const list = servers();
    for (const server of list) {
      server.prependListener("request", (_req, res) => {
        res.shouldKeepAlive = false;
      });
      server.closeIdleConnections();
    }
    console.log(`${signal}: stopping (closed ${streams} live-update streams; at most ${shutdownTimeoutMs()} ms for requests in flight)`);
    // Connections become idle as their responses finish: close them then.
    const sweep = setInterval(() => list.forEach((s) => s.closeIdleConnections()), 100);
    sweep.unref();
    // Next.js exits by itself when everything has finished; this fires only if not.
    setTimeout(() => {
      console.error(`${signal}: requests still open after ${Date.now() - started} ms; closing them and exiting`);
      list.forEach((s) => s.closeAllConnections());
      process.exit(EXIT_CODES[signal]);
    }, shutdownTimeoutMs()).unref();
  };
  process.on("SIGTERM", () => onSignal("SIGTERM"));
  process.on("SIGINT", () => onSignal("SIGINT"));
}
