import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // "server-only" throws outside React's server runtime; unit tests run
      // server modules directly.
      "server-only": path.resolve(import.meta.dirname, "tests/unit/server-only-stub.ts"),
      // next-auth imports "next/server" without the extension Node's ESM
      // loader needs (it relies on Next.js's bundler); inlined below so this applies.
      "next/server": "next/server.js",
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
    environment: "node",
    // Password hashing (argon2) and the CLI tests are CPU-bound; on a busy
    // 2-core machine the default 5 s is not enough for them.
    testTimeout: 30_000,
    globalSetup: ["tests/unit/global-setup.ts"],
    setupFiles: ["tests/unit/db-setup.ts"],
    server: { deps: { inline: ["next-auth"] } },
  },
});
