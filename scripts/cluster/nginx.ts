// nginx for `npm run cluster`: deploy/nginx.conf filled in, every file it
// writes (pid, logs, temp, micro-cache) under the cluster's folder, run in
// the foreground as our child.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../lib/run";

export function nginxPath(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"]) if (fs.existsSync(candidate)) return candidate;
  const found = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

export function renderNginxConf(options: { prefix: string; listen: string; upstreams: string[] }): string {
  const template = fs.readFileSync(path.join(ROOT, "deploy", "nginx.conf"), "utf8");
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const fields: Record<string, string> = {
    USER: isRoot ? "user root;" : "",
    PREFIX: options.prefix,
    LISTEN: options.listen,
    UPSTREAMS: options.upstreams.map((u) => `server ${u} max_fails=3 fail_timeout=5s;`).join("\n    "),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => fields[name] ?? whole);
}

export function startNginx(options: { dir: string; listen: string; upstreams: string[] }): ChildProcess {
  const exe = nginxPath();
  if (!exe) throw new Error("Không tìm thấy nginx. Cài đặt: apt-get install -y nginx");
  const dir = path.resolve(options.dir);
  for (const sub of ["tmp", "cache"]) fs.mkdirSync(path.join(dir, sub), { recursive: true });
  // The micro-cache lasts a second: nothing in it is worth keeping across starts.
  fs.rmSync(path.join(dir, "cache"), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "cache"));
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, renderNginxConf({ prefix: dir, listen: options.listen, upstreams: options.upstreams }));
  const test = spawnSync(exe, ["-t", "-q", "-p", dir, "-e", path.join(dir, "error.log"), "-c", conf], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx từ chối cấu hình ${conf}:\n${test.stderr}`);
  return spawn(exe, ["-p", dir, "-e", path.join(dir, "error.log"), "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
}
