// Next.js configuration. Telemetry is off (set NEXT_TELEMETRY_DISABLED=1 too);
// better-sqlite3 is a native module and must not be bundled.
//
// The server cache (guests' thread pages, cached data) is our own in-memory
// handler, lib/cache/isr-cache-handler.mjs: it stamps entries with the start
// of their render so no page rendered before a change outlives its expiry,
// and keeps nothing on disk that another database could be served from.
// Next.js's own in-memory copy in front of it is turned off (size 0).
import { fileURLToPath } from "node:url";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  cacheHandler: fileURLToPath(new URL("./lib/cache/isr-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
};

export default nextConfig;
