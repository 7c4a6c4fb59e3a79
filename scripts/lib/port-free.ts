// Whether a TCP port can be listened on. `npm start` checks first: a forum
// already running on the port also holds the database, and preparing it again
// would fail with a confusing database-locked error instead of this one.
import net from "node:net";

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port);
  });
}

/** A port nothing listens on right now (the system picks it), for servers the scripts start. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A port whose next `count - 1` neighbours are free too (nginx and the instances after it). */
export async function freePortRun(count: number): Promise<number> {
  for (;;) {
    const base = await freePort();
    if (base + count >= 65_000) continue;
    let ok = true;
    for (let i = 1; i < count && ok; i++) ok = await portIsFree(base + i);
    if (ok) return base;
  }
}
