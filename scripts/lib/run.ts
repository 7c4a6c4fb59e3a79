// Small helpers for the project's scripts: run a command and fail loudly.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "..", "..");

/** Environment every script and server runs with: no telemetry, no phoning home. */
export function baseEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...extra };
}

export function bin(name: string): string {
  return path.join(ROOT, "node_modules", ".bin", name);
}

/** Runs a command to completion, inheriting stdio; exits the process on failure. */
export function runOrExit(cmd: string, args: string[], env: NodeJS.ProcessEnv = baseEnv()): void {
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`✖ ${path.basename(cmd)} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/**
 * Starts a long-running child that shares our stdio, passes SIGINT/SIGTERM on
 * to it and exits the way it did (its code, or 128 + the signal that killed
 * it). The server stops itself within SHUTDOWN_TIMEOUT_MS; should it not, it
 * is killed a few seconds later, so a stop never hangs here either.
 */
export function runForeground(cmd: string, args: string[], env: NodeJS.ProcessEnv = baseEnv()): void {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env });
  const graceMs = (Number(env.SHUTDOWN_TIMEOUT_MS) >= 0 ? Number(env.SHUTDOWN_TIMEOUT_MS) : 10_000) + 5_000;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      child.kill(signal);
      setTimeout(() => child.kill("SIGKILL"), graceMs).unref();
    });
  }
  const SIGNAL_CODES: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGKILL: 137 };
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? (SIGNAL_CODES[signal] ?? 1) : 0)));
}

/** The file behind a `file:` SQLite URL (null for other providers). */
export function sqliteFilePath(url: string): string | null {
  if (!url.startsWith("file:")) return null;
  return path.resolve(ROOT, url.slice("file:".length).split("?")[0]);
}
