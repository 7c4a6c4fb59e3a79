// What the instrumentation hook installs in the `next start` process: HTTP
// timeouts against slow clients and a bounded graceful shutdown.
import { findHttpServers } from "./find-http-servers";
import { installGracefulShutdown } from "./graceful-shutdown";
import { applyHttpTimeouts } from "./http-timeouts";

export function installServerHooks(): void {
  const g = globalThis as unknown as { __banluanServerHooks?: boolean };
  if (g.__banluanServerHooks) return;
  g.__banluanServerHooks = true;
  installGracefulShutdown(findHttpServers);
  // The server is normally listening already when the hook runs; look again shortly if not.
  let tries = 0;
  const apply = () => {
    const servers = findHttpServers();
    servers.forEach(applyHttpTimeouts);
    if (servers.length === 0 && ++tries < 50) setTimeout(apply, 100).unref();
  };
  apply();
}
