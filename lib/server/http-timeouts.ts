// Deliberate timeouts for the HTTP server under `next start` (Next.js sets
// only keepAliveTimeout, from a CLI flag). Node's defaults keep a connection
// that trickles its headers for a minute (headersTimeout 60 s) and a slow
// body for five (requestTimeout 300 s): a few hundred slow clients
// ("slowloris") hold the server's sockets. Values, and what nginx in front
// must use, in docs/faults.md.
import type { IncomingMessage, Server } from "node:http";
import type { Socket } from "node:net";

const ms = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export function httpTimeouts() {
  return {
    /** Whole request head (line + headers) must arrive within this. */
    headersTimeout: ms("HTTP_HEADERS_TIMEOUT_MS", 10_000),
    /** Whole request (head + body) must arrive within this; responses (event streams) are not limited by it. */
    requestTimeout: ms("HTTP_REQUEST_TIMEOUT_MS", 30_000),
    /** An idle keep-alive connection is closed after this; a proxy in front must give up on it sooner. */
    keepAliveTimeout: ms("HTTP_KEEP_ALIVE_TIMEOUT_MS", 5_000),
  };
}

export function applyHttpTimeouts(server: Server): void {
  const t = httpTimeouts();
  server.headersTimeout = t.headersTimeout;
  server.requestTimeout = t.requestTimeout;
  server.keepAliveTimeout = t.keepAliveTimeout;
  // Node checks headersTimeout only every connectionsCheckingInterval (30 s,
  // fixed when `next start` creates the server): a new connection that has
  // not sent a whole request head in time is answered 408 and closed here,
  // on time. Later requests on a kept-alive connection are left to Node's check.
  const waiting = new WeakMap<Socket, ReturnType<typeof setTimeout>>();
  server.on("connection", (socket: Socket) => {
    const timer = setTimeout(() => {
      if (!socket.destroyed) socket.end("HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    }, t.headersTimeout);
    timer.unref();
    waiting.set(socket, timer);
    socket.once("close", () => clearTimeout(timer));
  });
  server.prependListener("request", (req: IncomingMessage) => {
    const timer = waiting.get(req.socket);
    if (timer) {
      clearTimeout(timer);
      waiting.delete(req.socket);
    }
  });
}
