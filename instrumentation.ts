// Next.js calls register() once when a server process starts (Node.js runtime
// only: the Edge runtime has no database client), and onRequestError() for
// every error a request's render or action threw.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Two public origins configured: say so at start (lib/public-origin.ts).
  const { publicOriginWarning } = await import("./lib/public-origin");
  const originWarning = publicOriginWarning();
  if (originWarning) console.warn(originWarning);
  // HTTP timeouts and the bounded graceful shutdown (lib/server/).
  const { installServerHooks } = await import("./lib/server/install-server-hooks");
  installServerHooks();
  // The cache-expiry feed and the database ping (lib/next/server-background.ts).
  const { startServerBackground } = await import("./lib/next/server-background");
  startServerBackground();
}

export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isUnreachableError, markDatabaseDown } = await import("./lib/db/availability");
  // The next requests get the gate's 503 page until a ping succeeds.
  if (isUnreachableError(error)) markDatabaseDown();
}
