// Next.js calls register() once when the server starts. In the Node.js
// server (`next start`, `next dev`) it installs the HTTP timeouts and the
// bounded graceful shutdown (lib/server/).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installServerHooks } = await import("./lib/server/install-server-hooks");
  installServerHooks();
}
