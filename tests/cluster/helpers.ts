// What the cluster journeys need: the cluster's addresses (cluster.json,
// written by scripts/cluster.ts once everything answers) and members made
// with the operators' command against its PostgreSQL.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, type Page } from "@playwright/test";

const ROOT = path.resolve(__dirname, "..", "..");
export const PASSWORD = "Rừng-thông-xanh-2025";

export type Cluster = { DATABASE_URL: string; REDIS_URL: string; INSTANCE_URLS: string[]; FORUM_URL: string; setupUrl: string | null };

export function cluster(): Cluster {
  return JSON.parse(fs.readFileSync(path.resolve(ROOT, process.env.CLUSTER_DIR!, "cluster.json"), "utf8"));
}

export type Member = { username: string; displayName: string; password: string };

/** A verified member who registered a week ago (posts without moderation). */
export async function establishedMember(): Promise<Member> {
  const suffix = crypto.randomBytes(4).toString("hex");
  const m = { username: `cl_${suffix}`, displayName: `Thành viên cụm ${suffix}`, password: PASSWORD };
  const env = { ...process.env, DATABASE_URL: cluster().DATABASE_URL, USER_PASSWORD: m.password };
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), ["scripts/user-create.ts", "--email", `${m.username}@example.test`, "--username", m.username, "--name", m.displayName, "--role", "member"], { cwd: ROOT, encoding: "utf8", env });
  if (result.status !== 0) throw new Error(`user:create failed: ${result.stderr}\n${result.stdout}`);
  const client = new pg.Client({ connectionString: cluster().DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "User" SET "createdAt" = now() - interval '7 days' WHERE "usernameKey" = $1`, [m.username.toLowerCase()]);
  } finally {
    await client.end();
  }
  return m;
}

export async function submitLogin(page: Page, origin: string, identifier: string, password: string): Promise<void> {
  await page.goto(`${origin}/login`);
  const form = page.getByRole("form", { name: "Đăng nhập" });
  await form.getByLabel("Email hoặc tên đăng nhập").fill(identifier);
  await form.getByLabel("Mật khẩu").fill(password);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && !r.url().includes("/_next/"));
  await form.getByRole("button", { name: "Đăng nhập" }).click();
  await answered;
}

export async function logIn(page: Page, origin: string, m: Member): Promise<void> {
  await submitLogin(page, origin, m.username, m.password);
  await expect(page.getByRole("form", { name: "Đăng nhập" })).toHaveCount(0);
}

/** Starts a thread through `origin`; returns its path. */
export async function startThread(page: Page, origin: string, title: string): Promise<string> {
  await page.goto(`${origin}/categories/thao-luan-chung/new`);
  const form = page.getByRole("form", { name: "Tạo chủ đề" });
  await form.getByLabel("Tiêu đề").fill(title);
  await form.getByLabel("Nội dung").fill("Mở đầu một chủ đề để thử nhiều tiến trình.");
  await form.getByRole("button", { name: "Tạo chủ đề" }).click();
  await page.waitForURL(/\/threads\/[a-z0-9-]+\.\d+$/);
  return new URL(page.url()).pathname;
}

/** Polls `check` until it passes; returns how long it took (printed by the caller, never asserted). */
export async function timeUntil(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<number> {
  const start = Date.now();
  for (;;) {
    if (await check()) return Date.now() - start;
    if (Date.now() - start > timeoutMs) throw new Error(`not seen within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
