// Next.js configuration. Telemetry is off (set NEXT_TELEMETRY_DISABLED=1 too);
// better-sqlite3 is a native module and must not be bundled.

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};

export default nextConfig;
