// "top per process" for the cluster benchmark: CPU seconds each process used
// between two readings of /proc, grouped by role (each app instance by its
// pid, then nginx, postgres, redis-server, wrk, this script, everything
// else), so a missed target names what was busy instead of a guess.
import fs from "node:fs";
import os from "node:os";

const TICK = 100; // USER_HZ on Linux

type Reading = Map<number, { comm: string; ticks: number }>;

/** The machine's idle ticks (all cores), from /proc/stat. */
function idleTicks(): number {
  const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
  return cpu[3] + (cpu[4] ?? 0); // idle + iowait
}

function read(): Reading {
  const out: Reading = new Map();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      // utime, stime are fields 14 and 15 (1-based) of the whole line: 11 and 12 after "state".
      out.set(Number(entry), { comm, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

export type CpuShare = Record<string, number>;

/** Starts a measurement; `stop()` answers each role's share of ONE core (1.0 = a core busy all the time). */
export function measureCpu(roles: Record<string, number | undefined>): { stop: () => CpuShare } {
  const before = read();
  const idleBefore = idleTicks();
  const started = performance.now();
  return {
    stop: () => {
      const after = read();
      const idleAfter = idleTicks();
      const seconds = (performance.now() - started) / 1000;
      const byPid = new Map(Object.entries(roles).filter(([, pid]) => pid !== undefined).map(([name, pid]) => [pid!, name]));
      const shares: CpuShare = {};
      for (const [pid, now] of after) {
        const used = now.ticks - (before.get(pid)?.ticks ?? 0);
        if (used <= 0) continue;
        const role = byPid.get(pid) ?? (pid === process.pid ? "bench script" : ["nginx", "postgres", "redis-server", "wrk"].includes(now.comm) ? now.comm : "other");
        shares[role] = (shares[role] ?? 0) + used / TICK / seconds;
      }
      for (const k of Object.keys(shares)) shares[k] = Math.round(shares[k] * 100) / 100;
      // Idle from the kernel's own count; what the per-process readings miss
      // (processes that started and ended between the two readings: other
      // people's builds and tests) is "ended meanwhile".
      shares.idle = Math.round(((idleAfter - idleBefore) / TICK / seconds) * 100) / 100;
      const counted = Object.entries(shares).reduce((a, [k, v]) => (k === "idle" ? a : a + v), 0);
      shares["ended meanwhile"] = Math.max(0, Math.round((os.cpus().length - counted - shares.idle) * 100) / 100);
      return shares;
    },
  };
}
