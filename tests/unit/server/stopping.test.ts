// Issue 12.4 and 12.6: SIGTERM stops the server although live-update streams
// are open (they are told to reconnect and closed), a request that never
// finishes does not hold the stop past SHUTDOWN_TIMEOUT_MS, and a client that
// trickles its headers is cut off at the headers timeout.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
let child: ChildProcess | undefined;
afterEach(() => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
});

function start(env: Record<string, string>): Promise<{ port: number; exited: Promise<number | null> }> {
  // node --import tsx (not the tsx binary, which runs a second process): the signals reach the server itself.
  child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "fixtures/stoppable-server.ts")], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const c = child;
  const exited = new Promise<number | null>((resolve) => c.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    c.stdout!.on("data", (chunk: Buffer) => {
      const port = /PORT (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ port: Number(port), exited });
    });
    c.on("exit", () => reject(new Error("server exited before listening")));
  });
}

/** Opens an event stream; resolves with everything it received once the server closes it. */
function openStream(port: number): Promise<{ opened: Promise<void>; text: Promise<string> }> {
  return new Promise((resolve) => {
    let opened!: () => void;
    const openedP = new Promise<void>((r) => (opened = r));
    const text = new Promise<string>((done) => {
      http.get({ host: "127.0.0.1", port, path: "/events" }, (res) => {
        let all = "";
        res.on("data", (chunk) => {
          all += chunk;
          if (all.includes("event: stats")) opened();
        });
        res.on("end", () => done(all));
        res.on("error", () => done(all));
      });
    });
    resolve({ opened: openedP, text });
  });
}

describe("stopping the server", () => {
  it("SIGTERM with live-update streams open: the streams are told to reconnect, closed, and the process exits 143", async () => {
    const { port, exited } = await start({ SHUTDOWN_TIMEOUT_MS: "60000" });
    const streams = await Promise.all([openStream(port), openStream(port), openStream(port)]);
    await Promise.all(streams.map((s) => s.opened));
    child!.kill("SIGTERM");
    for (const s of streams) expect(await s.text).toMatch(/retry: 1000\n\n$/);
    // Exits on its own (Next.js's close completes), long before the 60 s deadline would force it.
    expect(await exited).toBe(143);
  });

  it("a request that never finishes holds the stop only until SHUTDOWN_TIMEOUT_MS", async () => {
    const { port, exited } = await start({ SHUTDOWN_TIMEOUT_MS: "1000" });
    const hanging = new Promise<string>((resolve) => {
      http.get({ host: "127.0.0.1", port, path: "/hang" }).on("error", (e) => resolve(e.message));
    });
    await new Promise((r) => setTimeout(r, 200));
    child!.kill("SIGTERM");
    expect(await exited).toBe(143);
    expect(await hanging).toMatch(/socket hang up|ECONNRESET/);
  });

  it("a client that trickles its request headers is cut off at the headers timeout", async () => {
    const { port } = await start({ HTTP_HEADERS_TIMEOUT_MS: "1000" });
    const answer = await new Promise<string>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => socket.write("GET / HTTP/1.1\r\nHost: x\r\n"));
      let got = "";
      const drip = setInterval(() => socket.write("X-Slow: 1\r\n"), 200);
      socket.on("data", (d) => (got += d));
      socket.on("close", () => {
        clearInterval(drip);
        resolve(got);
      });
      socket.on("error", () => undefined);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });
});
