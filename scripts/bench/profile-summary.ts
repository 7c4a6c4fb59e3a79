// The heaviest functions of V8 CPU profiles (node --cpu-prof), by self time:
// what the cluster benchmark's instances spent their CPU on, printed instead
// of guessed. Usage from code: summarizeProfiles(dir, 15).
import fs from "node:fs";
import path from "node:path";

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** Self time per function (ms) over every .cpuprofile in `dir`, heaviest first; plus the share by package. */
export function summarizeProfiles(dir: string, top = 15, window?: { fromUs: number; toUs: number }): { totalMs: number; functions: { name: string; ms: number; share: number }[]; packages: { name: string; ms: number; share: number }[] } {
  const self = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const file of fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")) : []) {
    const profile = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Profile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    // window: only the samples taken between these offsets from the profile's start (the load, not the start-up).
    let at = 0;
    for (let i = 0; i < profile.samples.length; i++) {
      const node = nodes.get(profile.samples[i]);
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      at += profile.timeDeltas[i] ?? 0;
      if (window && (at < window.fromUs || at > window.toUs)) continue;
      if (!node) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === "(idle)" || functionName === "(program)") continue;
      total += ms;
      const where = url.replace(/^file:\/\//, "").replace(/^.*\/node_modules\//, "").replace(/^.*\/\.next\//, ".next/");
      const key = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      const pkg = functionName === "(garbage collector)" ? "(garbage collector)" : /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? (url.includes("/.next/") ? ".next (app bundle)" : url.startsWith("node:") || !url ? "node internals" : "other");
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
    }
  }
  const rank = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => ({ name, ms: Math.round(ms), share: Math.round((ms / (total || 1)) * 1000) / 10 }));
  return { totalMs: Math.round(total), functions: rank(self, top), packages: rank(byPackage, 10) };
}
