// The HTTP server(s) of this process. `next start` creates its server inside
// its own module and keeps no reference we can import, and its listening
// socket exists before the instrumentation hook runs: the live handles are
// the one place to find it. (process._getActiveHandles is undocumented but
// has been in Node for a decade; if it ever goes, the hooks do nothing and
// Next.js's own handling applies.)
import { Server } from "node:http";

export function findHttpServers(): Server[] {
  const handles = (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? [];
  return handles.filter((h): h is Server => h instanceof Server);
}
