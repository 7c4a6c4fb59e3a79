// Two-step login: an authenticator app (the code computed from the secret the
// page shows), recovery codes, the second step without JavaScript, passkeys
// with Chromium's virtual authenticator. Every test makes its own member.
import { expect, test, type Page } from "@playwright/test";
import { accountMenu, createMember, guestLinks, logIn, logOutViaMenu, PASSWORD, submitAndWait, withDb } from "./helpers/accounts";
import { enableTotp, nextTotpCode, passwordThenSecondStep } from "./helpers/two-factor";

// Each journey logs in with a password (argon2) two or three times, plus the
// re-authentication: on a shared 2-core machine with PostgreSQL that can pass a minute.
test.describe.configure({ timeout: 120_000 });

test("turning on an authenticator app, then logging in with the password and a code", async ({ page }) => {
  const m = createMember("member", "tf");
  await logIn(page, m.username);
  const { secret } = await enableTotp(page);
  // The codes are shown once: dismissed, they are gone for good.
  await page.getByRole("button", { name: "Tôi đã lưu các mã này" }).click();
  await expect(page.getByTestId("recovery-codes")).toHaveCount(0);
  await expect(page.getByText("Còn 10 mã khôi phục chưa dùng.", { exact: false })).toBeVisible();
  await expect(page.getByTestId("totp-secret")).toHaveCount(0);

  await logOutViaMenu(page);
  await passwordThenSecondStep(page, m.username);
  // The password alone opened nothing.
  await expect(guestLinks(page)).toBeVisible();
  const form = page.getByRole("form", { name: "Mã xác thực" });
  await form.getByLabel("Mã 6 chữ số trong ứng dụng xác thực").fill("000000" === nextTotpCode(secret) ? "111111" : "000000");
  await submitAndWait(page, form.getByRole("button", { name: "Xác nhận" }));
  await expect(form.getByRole("alert")).toContainText("Mã xác thực không đúng");
  await form.getByLabel("Mã 6 chữ số trong ứng dụng xác thực").fill(nextTotpCode(secret));
  await form.getByRole("button", { name: "Xác nhận" }).click();
  await expect(accountMenu(page)).toContainText(m.displayName);
});

test("a recovery code logs in once, then it is spent", async ({ page, browser }) => {
  const m = createMember("member", "rc");
  await logIn(page, m.username);
  const { codes } = await enableTotp(page);

  const other = await browser.newPage();
  await passwordThenSecondStep(other, m.username);
  const recovery = other.getByRole("form", { name: "Mã khôi phục" });
  await expect(other.getByRole("heading", { name: "Mất thiết bị?" })).toBeVisible();
  await recovery.getByLabel("Mã khôi phục").fill(codes[4].toUpperCase());
  await recovery.getByRole("button", { name: "Dùng mã khôi phục" }).click();
  await expect(other).toHaveURL(/\/account\/security\?notice=recovery-used/);
  await expect(other.getByText("Còn 9 mã khôi phục chưa dùng.", { exact: false })).toBeVisible();
  await other.context().close();

  const third = await browser.newPage();
  await passwordThenSecondStep(third, m.username);
  const again = third.getByRole("form", { name: "Mã khôi phục" });
  await again.getByLabel("Mã khôi phục").fill(codes[4]);
  await submitAndWait(third, again.getByRole("button", { name: "Dùng mã khôi phục" }));
  await expect(again.getByRole("alert")).toHaveText("Mã khôi phục không đúng hoặc đã được dùng.");
  await expect(guestLinks(third)).toBeVisible();
  await third.context().close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("turning the authenticator on and the second step both work as plain forms", async ({ page, browser }) => {
    const m = createMember("member", "nojs");
    await logIn(page, m.username);
    await expect(accountMenu(page)).toContainText(m.displayName);
    const { secret } = await enableTotp(page);
    await expect(page.getByText("Thêm passkey cần JavaScript", { exact: false })).toBeVisible();

    const context = await browser.newContext({ javaScriptEnabled: false });
    const other = await context.newPage();
    await passwordThenSecondStep(other, m.username);
    await expect(other.getByRole("button", { name: "Xác thực bằng passkey" })).toHaveCount(0);
    const form = other.getByRole("form", { name: "Mã xác thực" });
    await form.getByLabel("Mã 6 chữ số trong ứng dụng xác thực").fill("12");
    await form.getByRole("button", { name: "Xác nhận" }).click();
    await expect(other.getByRole("form", { name: "Mã xác thực" }).getByRole("alert")).toBeVisible();
    await other.getByRole("form", { name: "Mã xác thực" }).getByLabel("Mã 6 chữ số trong ứng dụng xác thực").fill(nextTotpCode(secret));
    await other.getByRole("form", { name: "Mã xác thực" }).getByRole("button", { name: "Xác nhận" }).click();
    await expect(accountMenu(other)).toContainText(m.displayName);
    await context.close();
  });

  test("an expired or missing second step sends the member back to the password", async ({ page }) => {
    await page.goto("/login/two-factor");
    await expect(page.getByRole("alert")).toContainText("đã hết hạn hoặc không hợp lệ");
    await expect(page.getByRole("link", { name: "Đăng nhập lại" })).toBeVisible();
  });
});

/** A password login at another origin than the configured baseURL (localhost, for WebAuthn). */
async function passwordLogin(page: Page, m: { username: string; displayName: string }, origin: string) {
  await page.goto(`${origin}/login`);
  const login = page.getByRole("form", { name: "Đăng nhập" });
  await login.getByLabel("Email hoặc tên đăng nhập").fill(m.username);
  await login.getByLabel("Mật khẩu").fill(PASSWORD);
  await login.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(accountMenu(page)).toContainText(m.displayName);
}

/** Chromium's virtual authenticator: a platform passkey with user verification, answering by itself. */
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

test("a passkey: registered from Bảo mật, then a login without password or username", async ({ page, baseURL }) => {
  // WebAuthn needs a domain (an RP ID is never an IP address): localhost.
  const origin = baseURL!.replace("127.0.0.1", "localhost");
  const m = createMember("member", "pk");
  await virtualAuthenticator(page);
  await passwordLogin(page, m, origin);

  await page.goto(`${origin}/account/security`);
  const add = page.getByRole("form", { name: "Thêm passkey" });
  await add.getByLabel("Tên passkey").fill("Máy tính thử");
  await add.getByLabel("Mật khẩu hiện tại").fill("sai-mat-khau-roi");
  await add.getByRole("button", { name: "Thêm passkey" }).click();
  await expect(add.getByRole("alert")).toHaveText("Mật khẩu hiện tại không đúng.");
  await add.getByLabel("Mật khẩu hiện tại").fill(PASSWORD);
  await add.getByRole("button", { name: "Thêm passkey" }).click();
  await expect(add.getByRole("status")).toHaveText("Đã thêm passkey “Máy tính thử”.");
  const list = page.getByRole("list", { name: "Passkey đã đăng ký" });
  await expect(list).toContainText("Máy tính thử");
  await expect(list).toContainText("chưa dùng");

  await logOutViaMenu(page);
  await page.goto(`${origin}/login`);
  await page.getByRole("button", { name: "Đăng nhập bằng passkey" }).click();
  await expect(accountMenu(page)).toContainText(m.displayName);
  await page.goto(`${origin}/account/security`);
  await expect(page.getByRole("list", { name: "Passkey đã đăng ký" })).toContainText("dùng lần cuối");

  // Removed, it logs nobody in.
  await page.getByRole("form", { name: "Xóa passkey Máy tính thử" }).getByRole("button", { name: "Xóa" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã xóa passkey." })).toBeVisible();
  await logOutViaMenu(page);
  await page.goto(`${origin}/login`);
  await page.getByRole("button", { name: "Đăng nhập bằng passkey" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "chưa được đăng ký" })).toBeVisible();
  await expect(guestLinks(page)).toBeVisible();
});

test("a passkey instead of the code on the second step", async ({ page, baseURL }) => {
  const origin = baseURL!.replace("127.0.0.1", "localhost");
  const m = createMember("member", "pk2");
  await virtualAuthenticator(page);
  await passwordLogin(page, m, origin);
  await enableTotp(page, PASSWORD, origin);
  const add = page.getByRole("form", { name: "Thêm passkey" });
  await add.getByLabel("Tên passkey").fill("Khóa thử");
  await add.getByLabel("Mật khẩu hiện tại").fill(PASSWORD);
  await add.getByRole("button", { name: "Thêm passkey" }).click();
  await expect(add.getByRole("status")).toContainText("Đã thêm passkey");

  await logOutViaMenu(page);
  await passwordThenSecondStep(page, m.username, origin);
  await page.getByRole("button", { name: "Xác thực bằng passkey" }).click();
  await expect(accountMenu(page)).toContainText(m.displayName);
  const used = withDb((db) =>
    db.prepare("SELECT COUNT(*) AS n FROM Passkey p JOIN User u ON u.id = p.userId WHERE u.usernameKey = ? AND p.lastUsedAt IS NOT NULL").get(m.username.toLowerCase()),
  ) as { n: number };
  expect(Number(used.n)).toBe(1);
});

test("a Google sign-in of a member with two-step login goes through the second step too", async ({ page }) => {
  const m = createMember("member", "g2fa");
  await logIn(page, m.username);
  const { secret } = await enableTotp(page);
  await logOutViaMenu(page);

  // The mock provider (scripts/lib/e2e-services.ts) signs in whoever login_hint names.
  const who = { sub: `google-${m.username}`, email: m.email, email_verified: true, name: "Tên Ở Google" };
  await page.route(/\/authorize\?/, async (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("login_hint", JSON.stringify(who));
    await route.continue({ url: url.toString() });
  });
  await page.goto("/login");
  await page.getByRole("button", { name: "Đăng nhập bằng Google" }).click();
  await expect(page).toHaveURL(/\/login\/two-factor\?t=/);
  await expect(guestLinks(page)).toBeVisible();
  const form = page.getByRole("form", { name: "Mã xác thực" });
  await form.getByLabel("Mã 6 chữ số trong ứng dụng xác thực").fill(nextTotpCode(secret));
  await form.getByRole("button", { name: "Xác nhận" }).click();
  await expect(accountMenu(page)).toContainText(m.displayName);
});
