// Loaded into the fault tests' `next start` (NODE_OPTIONS="--expose-gc
// --require …/heap-probe.cjs", FAULTS_PROBE_PORT set: scripts/faults/server.ts),
// never into a real server: it answers GET http://127.0.0.1:<port>/heap with
// the process's memory after a forced full collection, so the figures say
// whether memory still held is garbage V8 has not collected yet (heap used
// drops after the collection) or something keeps it (heap used stays).
// A separate listener on its own loopback port, so the forum itself has no
// diagnostics route and nothing here is reachable in production.
"use strict";
const fs = require("node:fs");
const http = require("node:http");
const v8 = require("node:v8");

const port = Number(process.env.FAULTS_PROBE_PORT);
if (Number.isInteger(port) && port > 0 && typeof globalThis.gc === "function") {
  const mb = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  // RSS split as the kernel counts it: anonymous memory (heap, malloc) and file pages (code, mapped files).
  const rssParts = () => {
    const status = fs.readFileSync("/proc/self/status", "utf8");
    const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) * 1024;
    return { rssAnonMb: mb(kb("RssAnon")), rssFileMb: mb(kb("RssFile")) };
  };
  const snapshot = () => {
    const usage = process.memoryUsage();
    const heap = v8.getHeapStatistics();
    return { rssMb: mb(usage.rss), ...rssParts(), heapUsedMb: mb(usage.heapUsed), heapTotalMb: mb(usage.heapTotal), externalMb: mb(usage.external), arrayBuffersMb: mb(usage.arrayBuffers), heapLimitMb: mb(heap.heap_size_limit) };
  };
  const server = http.createServer(async (req, res) => {
    if (req.url !== "/heap") {
      res.writeHead(404).end();
      return;
    }
    const before = snapshot();
    // Twice, a turn of the event loop apart: objects kept only by finalizers
    // or weak callbacks of the first collection go in the second.
    globalThis.gc();
    await new Promise((resolve) => setImmediate(resolve));
    globalThis.gc();
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ before, afterGc: snapshot() }));
  });
  // Another node process started with the same NODE_OPTIONS (none today)
  // would find the port taken: it simply has no probe.
  server.on("error", () => undefined);
  server.listen(port, "127.0.0.1");
  server.unref();
}
