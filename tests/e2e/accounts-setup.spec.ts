// The first administrator: the one-time link printed at start (e2e-server
// writes it to setup-url.txt) creates the account, then the page is gone.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { accountMenu, dataDir, newMember, submitAndWait } from "./helpers/accounts";

test("the setup link creates the first administrator once, then /setup is a 404", async ({ page }) => {
  const link = new URL(fs.readFileSync(path.join(dataDir(), "setup-url.txt"), "utf8").trim());
  const setupPath = `${link.pathname}${link.search}`;

  expect((await page.goto("/setup"))?.status()).toBe(404);
  expect((await page.goto("/setup?token=not-the-right-token-at-all"))?.status()).toBe(404);

  await page.goto(setupPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thiết lập quản trị viên đầu tiên");
  const admin = newMember("admin");
  const form = page.getByRole("form", { name: "Tạo quản trị viên" });
  await form.getByLabel("Tên hiển thị").fill(admin.displayName);
  await form.getByLabel("Tên đăng nhập").fill(admin.username);
  await form.getByLabel("Email").fill(admin.email);
  await form.getByLabel("Mật khẩu").fill("1234567890");
  await submitAndWait(page, form.getByRole("button", { name: "Tạo quản trị viên" }), form.getByLabel("Mật khẩu"));
  // A mistake does not use up the link, and the typed values stay.
  await expect(form.getByText("Mật khẩu này quá phổ biến")).toBeVisible();
  await expect(form.getByLabel("Tên đăng nhập")).toHaveValue(admin.username);

  await form.getByLabel("Mật khẩu").fill(admin.password);
  await form.getByRole("button", { name: "Tạo quản trị viên" }).click();
  await expect(page).toHaveURL("/account?welcome=admin");
  await expect(accountMenu(page)).toContainText("Quản trị viên");
  await expect(page.locator(".account-summary")).toContainText("Đã xác minh");

  expect((await page.goto(setupPath))?.status()).toBe(404);
});
