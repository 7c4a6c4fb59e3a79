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
