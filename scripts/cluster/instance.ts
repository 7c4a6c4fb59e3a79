// One app instance of the cluster. The command is this one function so that
// switching every instance from `next start` to the request gate
// (scripts/serve.ts) is a one-line change.
import { spawn, type ChildProcess } from "node:child_process";
import { ROOT } from "../lib/run";

export function instanceCommand(port: number, nodeArgs: string[] = []): { cmd: string; args: string[] } {
  // The forum's own server (the request gate in front of Next.js), as npm start runs it;
  // behind nginx it trusts X-Forwarded-For (TRUST_PROXY=1, set by the cluster).
  // Node itself with tsx as a loader, not the tsx command: that one runs the
  // server in a child process, so a kill -9 (or an OOM kill) of the pid we
  // hold left the server running as an orphan on the port.
  return { cmd: process.execPath, args: [...nodeArgs, "--import", "tsx", "scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"] };
}

/** Starts the instance; its output lines are prefixed with its name. */
export function startInstance(name: string, port: number, env: NodeJS.ProcessEnv, nodeArgs: string[] = []): ChildProcess {
  const { cmd, args } = instanceCommand(port, nodeArgs);
  const child = spawn(cmd, args, { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream?.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) if (line.trim()) process.stderr.write(`[${name}] ${line}\n`);
    });
  }
  return child;
}
