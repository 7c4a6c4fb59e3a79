// Helpers for the two-step login journeys: turn on an authenticator from
// /account/security (the code computed from the secret the page shows, as an
// app would), and the codes an app would show.
import * as OTPAuth from "otpauth";
import { expect, type Page } from "@playwright/test";
import { PASSWORD, submitAndWait } from "./accounts";

export function totpCode(secret: string, at: Date = new Date()): string {
  return OTPAuth.TOTP.generate({ secret: OTPAuth.Secret.fromBase32(secret), timestamp: at.getTime(), period: 30, digits: 6, algorithm: "SHA1" });
}

/** The code of the next 30-second step: accepted (±1 step) and never the one that confirmed the setup. */
export function nextTotpCode(secret: string): string {
  return totpCode(secret, new Date(Date.now() + 30_000));
}

/** Turns on two-step login for the logged-in member; returns the secret and the recovery codes shown once. */
export async function enableTotp(page: Page, password: string = PASSWORD, origin = ""): Promise<{ secret: string; codes: string[] }> {
  await page.goto(`${origin}/account/security`);
  const begin = page.getByRole("form", { name: "Bật xác thực hai bước" });
  await begin.getByLabel("Mật khẩu hiện tại").fill(password);
  await submitAndWait(page, begin.getByRole("button", { name: "Bật xác thực hai bước" }));
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expect(page.locator(".totp-qr svg")).toBeVisible();
  const confirm = page.getByRole("form", { name: "Xác nhận ứng dụng xác thực" });
  await confirm.getByLabel("Mã 6 chữ số ứng dụng đang hiện").fill(totpCode(secret));
  await submitAndWait(page, confirm.getByRole("button", { name: "Xác nhận và bật" }));
  await expect(page.getByRole("status").filter({ hasText: "Đã bật xác thực hai bước." })).toBeVisible();
  const codes = (await page.getByTestId("recovery-codes").locator("code").allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  return { secret, codes };
}

/** The password form, ending on the second step. */
export async function passwordThenSecondStep(page: Page, identifier: string, origin = ""): Promise<void> {
  await page.goto(`${origin}/login`);
  const form = page.getByRole("form", { name: "Đăng nhập" });
  await form.getByLabel("Email hoặc tên đăng nhập").fill(identifier);
  await form.getByLabel("Mật khẩu").fill(PASSWORD);
  await form.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).toHaveURL(/\/login\/two-factor/);
  await expect(page.getByRole("heading", { name: "Xác thực hai bước", level: 1 })).toBeVisible();
}
