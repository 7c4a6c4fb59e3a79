// The forum's HTTP server: Next.js's production request handler behind the
// request gate (lib/http-gate/gate.ts: the client's real address, hardening
// headers, early refusal of bodies Next.js would answer with a 500). Started
// by `npm start` and by the Playwright server in place of `next start`, whose
// server offers no place for these checks.
//
//   tsx scripts/serve.ts [-p PORT] [-H HOST]
import http from "node:http";
import next from "next";
import { createGate } from "@/lib/http-gate/gate";
import { gateConfigFromEnv } from "@/lib/http-gate/gate-config";
import { createGuestFastPath, fastPathBytesFromEnv, sharedCacheStore } from "@/lib/fast-path/guest-fast-path";
import { withRequestLocale } from "@/lib/i18n/locale-handler";
import { wholeNotFoundPages } from "@/lib/http-gate/whole-not-found";
import { ViewCounter, viewFlushMsFromEnv } from "@/lib/views/view-counter";
import { writeViewCounts } from "@/lib/views/write-view-counts";
import type { Db } from "@/lib/db-client";
import { ROOT } from "./lib/run";
import { countRequest } from "../lib/server/request-pressure";

/** This server's own address, for requests it makes to itself. */
function loopbackOrigin(server: http.Server): string | undefined {
  const address = server.address();
  if (!address || typeof address !== "object") return undefined;
  const host = address.address === "0.0.0.0" || address.address === "::" ? "127.0.0.1" : address.family === "IPv6" ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function argument(flag: string, fallback: string | undefined): string | undefined {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function main() {
  const port = Number(argument("-p", process.env.PORT ?? "3000"));
  const hostname = argument("-H", undefined);
  const app = next({ dev: false, dir: ROOT, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const gateConfig = gateConfigFromEnv();
  // Guests' cached thread pages answered from memory in front of Next.js
  // (lib/fast-path/guest-fast-path.ts); CACHE_FAST_PATH_MB=0 turns it off.
  const fastPathBytes = fastPathBytesFromEnv();
  const fastPath = fastPathBytes > 0 ? createGuestFastPath({ maxBytes: fastPathBytes, store: sharedCacheStore, markAnswers: gateConfig.exposeCacheStatus }) : undefined;
  // English under /en/…: the prefix is taken off and the locale set for the
  // render (lib/i18n/locale-handler.ts) behind the fast path, whose copies
  // stay keyed by the address as asked for.
  // A 404 from notFound() is a bare document until hydrated: browsers without
  // JavaScript get the whole not-found page instead (lib/http-gate/whole-not-found.ts).
  const gate = createGate(gateConfig, wholeNotFoundPages(withRequestLocale(app.getRequestHandler()), () => loopbackOrigin(server)), fastPath);
  // "Lượt xem": every thread page answered (by Next.js, its cache or the fast
  // path) is noted in memory and written in batches (lib/views/view-counter.ts),
  // through the server's own Prisma client (lib/db.ts keeps it on globalThis
  // once Next.js has used it: one connection, no second SQLite writer).
  const views = new ViewCounter(async (counts) => {
    const db = (globalThis as { __banluanDb?: Db }).__banluanDb;
    if (!db) return false;
    await writeViewCounts(db, counts);
  });
  views.start(viewFlushMsFromEnv());
  const server = http.createServer((req, res) => {
    // Background work (alerts, mail) gives way while requests are answered (lib/server/request-pressure.ts).
    countRequest(req, res);
    views.observe(req, res);
    return gate(req, res);
  });
  server.listen(port, hostname, () => console.log(`▲ Next.js sẵn sàng trên cổng ${port}${hostname ? ` (${hostname})` : ""}`));
  // Stop accepting and exit once requests in flight have finished. Live-update
  // streams are ended, idle connections closed and a deadline enforced by
  // the graceful-shutdown hook installed through instrumentation.ts
  // (lib/server/graceful-shutdown.ts, SHUTDOWN_TIMEOUT_MS).
  // The views gathered since the last round are written before exiting.
  const stop = (code: number) => () => server.close(() => void views.stop().finally(() => process.exit(code)));
  process.on("SIGTERM", stop(143));
  process.on("SIGINT", stop(130));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
