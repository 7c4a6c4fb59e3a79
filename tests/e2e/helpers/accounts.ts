// Helpers for the account journeys. Every test makes its own members (random
// suffixes), so tests run in parallel against one server without resets.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, type Browser, type Locator, type Page } from "@playwright/test";
import { e2eDatabaseUrl, withDb } from "./e2e-db";

export { withDb };

const ROOT = path.resolve(__dirname, "..", "..", "..");

export const PASSWORD = "Rừng-thông-xanh-2025";

export function dataDir(): string {
  return path.join(ROOT, "data", `e2e-${process.env.E2E_PORT}`);
}

export type MemberData = { displayName: string; username: string; email: string; password: string };

export function newMember(prefix = "tv"): MemberData {
  const suffix = crypto.randomBytes(4).toString("hex");
  return {
    displayName: `Thành viên ${prefix} ${suffix}`,
    username: `${prefix}_${suffix}`,
    email: `${prefix}.${suffix}@example.test`,
    password: PASSWORD,
  };
}

/** A verified member created with the operators' command (npm run user:create). */
export function createMember(role: "member" | "moderator" | "admin" = "member", prefix = "tv"): MemberData {
  const member = newMember(prefix);
  const result = spawnSync(
    path.join(ROOT, "node_modules", ".bin", "tsx"),
    ["scripts/user-create.ts", "--email", member.email, "--username", member.username, "--name", member.displayName, "--role", role],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl(), USER_PASSWORD: member.password },
    },
  );
  if (result.status !== 0) throw new Error(`user:create failed: ${result.stderr}\n${result.stdout}`);
  return member;
}

/** Prisma's SQLite format for DateTime columns (PostgreSQL's timestamp columns take it too). */
export function sqlDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export type Mail = { to: string[]; subject: string; text: string; html: string; file: string };

function readMail(): Mail[] {
  const dir = path.join(dataDir(), "mail");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json") && !f.startsWith("."))
    .sort()
    .map((f) => ({ ...(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Omit<Mail, "file">), file: f }));
}

/** The messages received over SMTP for one address, oldest first. */
export function mailTo(address: string): Mail[] {
  return readMail().filter((m) => m.to.some((t) => t.toLowerCase() === address.toLowerCase()));
}

/** Waits for the `count`-th message to an address and returns it. */
export async function waitForMail(address: string, count = 1): Promise<Mail> {
  await expect.poll(() => mailTo(address).length, { timeout: 15_000, message: `mail #${count} to ${address}` }).toBeGreaterThanOrEqual(count);
  return mailTo(address)[count - 1];
}

/** The link to `pathname` in a message, as a path the test browser can open. */
export function linkIn(mail: Mail, pathname: string): string {
  const match = mail.text.match(new RegExp(`https?://[^\\s]+${pathname.replace("/", "\\/")}\\?token=[A-Za-z0-9_\\-%]+`));
  if (!match) throw new Error(`No ${pathname} link in: ${mail.text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}

export async function logIn(page: Page, identifier: string, password: string = PASSWORD): Promise<void> {
  await page.goto("/login");
  await fillLogin(page, identifier, password);
}

export async function fillLogin(page: Page, identifier: string, password: string): Promise<void> {
  const form = page.getByRole("form", { name: "Đăng nhập" });
  await form.getByLabel("Email hoặc tên đăng nhập").fill(identifier);
  await form.getByLabel("Mật khẩu").fill(password);
  await submitAndWait(page, form.getByRole("button", { name: "Đăng nhập" }), form.getByLabel("Mật khẩu"));
}

/**
 * Clicks a submit button and waits for the server's answer, so the next
 * keystrokes do not land in a form that React resets when the action ends.
 */
export async function submitAndWait(page: Page, button: Locator, password?: Locator): Promise<void> {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && !r.url().includes("/_next/"));
  await button.click();
  await answered;
  await page.waitForLoadState();
  // Passwords are never sent back: an emptied password field means the answer
  // has been rendered (or the page moved on).
  if (password) {
    await expect
      .poll(async () => (await password.count()) === 0 || (await password.inputValue({ timeout: 1000 }).catch(() => "")) === "")
      .toBe(true);
  }
}

export function accountMenu(page: Page) {
  return page.getByTestId("account-menu");
}

export async function logOutViaMenu(page: Page): Promise<void> {
  await accountMenu(page).click();
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page.getByRole("navigation", { name: "Tài khoản" }).getByRole("link", { name: "Đăng nhập" })).toBeVisible();
}

export function guestLinks(page: Page) {
  return page.getByRole("navigation", { name: "Tài khoản" }).getByRole("link", { name: "Đăng nhập" });
}

/** A verified member who registered a week ago (so the new-member reply pace does not apply). */
export function establishedMember(role: "member" | "moderator" | "admin" = "member"): MemberData {
  const m = createMember(role, role === "member" ? "mem" : role === "moderator" ? "mod" : "adm");
  backdateMember(m.username);
  return m;
}

/** Makes a member look established (registered a week ago). */
export function backdateMember(username: string): void {
  withDb((db) => db.prepare("UPDATE User SET createdAt = ? WHERE usernameKey = ?").run(sqlDate(new Date(Date.now() - 7 * 86_400_000)), username.toLowerCase()));
}

/** A new browser context logged in as `m`. */
export async function loggedIn(browser: Browser, m: MemberData, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await logIn(page, m.username);
  return page;
}
