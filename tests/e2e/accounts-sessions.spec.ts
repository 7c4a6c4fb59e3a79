// Sessions obey the database: a password reset, "log out everywhere", a role
// change, a suspension and a ban reach a browser that is already logged in on
// its very next request. The role change and the sanctions are written
// straight into the database (the moderation tools come later).
import { expect, test, type Browser, type Page } from "@playwright/test";
import {
  accountMenu,
  createMember,
  fillLogin,
  guestLinks,
  linkIn,
  logIn,
  mailTo,
  newMember,
  sqlDate,
  submitAndWait,
  waitForMail,
  withDb,
} from "./helpers/accounts";

async function loggedInPage(browser: Browser, identifier: string, password?: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, identifier, password);
  await expect(accountMenu(page)).toBeVisible();
  return page;
}

test("a password reset ends the session of another open browser; the link is single-use", async ({ browser, page }) => {
  const m = createMember();
  const other = await loggedInPage(browser, m.username);

  await page.goto("/login");
  await page.getByRole("link", { name: "Quên mật khẩu?" }).click();
  await expect(page).toHaveURL("/forgot-password");
  const form = page.getByRole("form", { name: "Quên mật khẩu" });
  await form.getByLabel("Email của tài khoản").fill(m.email);
  await submitAndWait(page, form.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }));
  await expect(form.getByRole("status")).toContainText("chúng tôi vừa gửi đến đó liên kết đặt lại mật khẩu");

  const mail = await waitForMail(m.email);
  expect(mail.subject).toBe("Đặt lại mật khẩu Bàn Luận");
  const link = linkIn(mail, "/reset-password");
  await page.goto(link);
  const reset = page.getByRole("form", { name: "Đặt mật khẩu mới" });
  await reset.getByLabel("Mật khẩu mới", { exact: true }).fill("Mật-khẩu-mới-toanh-99");
  await reset.getByLabel("Nhập lại mật khẩu mới").fill("Mật-khẩu-khác-hẳn-99");
  await submitAndWait(page, reset.getByRole("button", { name: "Đặt mật khẩu mới" }), reset.getByLabel("Mật khẩu mới", { exact: true }));
  await expect(reset.getByText("Mật khẩu nhập lại không khớp.")).toBeVisible();
  await reset.getByLabel("Mật khẩu mới", { exact: true }).fill("Mật-khẩu-mới-toanh-99");
  await reset.getByLabel("Nhập lại mật khẩu mới").fill("Mật-khẩu-mới-toanh-99");
  await reset.getByRole("button", { name: "Đặt mật khẩu mới" }).click();
  await expect(page).toHaveURL("/login?notice=reset");

  // The other browser is logged out on its next request, and told why.
  await other.reload();
  await expect(guestLinks(other)).toBeVisible();
  await expect(other.getByTestId("session-notice")).toContainText("Phiên đăng nhập của bạn đã kết thúc");
  await other.goto("/account");
  await expect(other).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);

  // Old password no longer works; the new one does; the link cannot be used again.
  await fillLogin(page, m.username, m.password);
  await expect(page.getByRole("form", { name: "Đăng nhập" }).getByRole("alert")).toHaveText("Email/tên đăng nhập hoặc mật khẩu không đúng.");
  await logIn(page, m.username, "Mật-khẩu-mới-toanh-99");
  await expect(accountMenu(page)).toContainText(m.displayName);
  await page.goto(link);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("đã được dùng");
  await other.context().close();
});

test("“forgot password” answers the same for an unknown email and sends nothing", async ({ page }) => {
  const nobody = newMember("nobody");
  await page.goto("/forgot-password");
  const form = page.getByRole("form", { name: "Quên mật khẩu" });
  await form.getByLabel("Email của tài khoản").fill(nobody.email);
  await submitAndWait(page, form.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }));
  await expect(form.getByRole("status")).toHaveText(
    `Nếu ${nobody.email} là email của một tài khoản, chúng tôi vừa gửi đến đó liên kết đặt lại mật khẩu. Liên kết có hiệu lực trong 1 giờ.`,
  );
  await page.waitForTimeout(1000);
  expect(mailTo(nobody.email)).toHaveLength(0);
});

test("a role change in the database shows on the next request of a logged-in browser", async ({ page }) => {
  const m = createMember();
  await logIn(page, m.username);
  await expect(accountMenu(page)).not.toContainText("Điều hành viên");
  withDb((db) => db.prepare("UPDATE User SET role = 'moderator' WHERE username = ?").run(m.username));
  await page.reload();
  await expect(accountMenu(page)).toContainText("Điều hành viên");
  withDb((db) => db.prepare("UPDATE User SET role = 'member' WHERE username = ?").run(m.username));
  await page.reload();
  await expect(accountMenu(page)).toContainText(m.displayName);
  await expect(accountMenu(page)).not.toContainText("Điều hành viên");
});

test("a suspension in the database logs out an open session at once, says why and until when, and refuses login", async ({ page }) => {
  const m = createMember();
  await logIn(page, m.username);
  await expect(accountMenu(page)).toBeVisible();

  const until = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
  withDb((db) =>
    db.prepare("UPDATE User SET suspendedUntil = ?, sanctionReason = ? WHERE username = ?").run(sqlDate(until), "Spam quảng cáo", m.username),
  );
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  await expect(guestLinks(page)).toBeVisible();
  const notice = page.getByTestId("session-notice");
  await expect(notice).toContainText("Tài khoản của bạn bị tạm ngưng đến");
  await expect(notice).toContainText("Lý do: Spam quảng cáo");

  // Logging in again is refused with the same explanation.
  await notice.getByRole("button", { name: "Đã hiểu" }).click();
  await expect(page.getByTestId("session-notice")).toHaveCount(0);
  await logIn(page, m.username);
  await expect(page.getByRole("form", { name: "Đăng nhập" }).getByRole("alert")).toContainText("bị tạm ngưng đến");

  // When the suspension is over, the member logs in again.
  withDb((db) => db.prepare("UPDATE User SET suspendedUntil = ? WHERE username = ?").run(sqlDate(new Date(Date.now() - 1000)), m.username));
  await logIn(page, m.username);
  await expect(accountMenu(page)).toContainText(m.displayName);
});

test("a ban in the database ends an open session on its next request", async ({ page }) => {
  const m = createMember();
  await logIn(page, m.username);
  await expect(accountMenu(page)).toBeVisible();
  withDb((db) => db.prepare("UPDATE User SET bannedAt = ?, sanctionReason = ? WHERE username = ?").run(sqlDate(new Date()), "Lừa đảo", m.username));
  await page.reload();
  await expect(guestLinks(page)).toBeVisible();
  await expect(page.getByTestId("session-notice")).toContainText("Tài khoản của bạn đã bị cấm vĩnh viễn. Lý do: Lừa đảo");
});

test("“log out everywhere” ends every session; a password change keeps only the current one", async ({ browser, page }) => {
  const m = createMember();
  await logIn(page, m.username);
  const other = await loggedInPage(browser, m.username);

  // Password change: this browser stays in, the other is out.
  await page.goto("/account");
  const pw = page.getByRole("form", { name: "Đổi mật khẩu" });
  await pw.getByLabel("Mật khẩu hiện tại").fill("không-phải-mật-khẩu");
  await pw.getByLabel("Mật khẩu mới", { exact: true }).fill("Một-mật-khẩu-mới-2026");
  await pw.getByLabel("Nhập lại mật khẩu mới").fill("Một-mật-khẩu-mới-2026");
  await submitAndWait(page, pw.getByRole("button", { name: "Đổi mật khẩu" }), pw.getByLabel("Mật khẩu hiện tại"));
  await expect(pw.getByText("Mật khẩu hiện tại không đúng.").first()).toBeVisible();
  await pw.getByLabel("Mật khẩu hiện tại").fill(m.password);
  await pw.getByLabel("Mật khẩu mới", { exact: true }).fill("Một-mật-khẩu-mới-2026");
  await pw.getByLabel("Nhập lại mật khẩu mới").fill("Một-mật-khẩu-mới-2026");
  await pw.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page).toHaveURL("/account?notice=password");
  await expect(page.getByRole("main").getByRole("status")).toContainText("Đã đổi mật khẩu");
  await expect(accountMenu(page)).toBeVisible();
  await other.reload();
  await expect(guestLinks(other)).toBeVisible();

  // Log in again elsewhere, then log out everywhere from here.
  await logIn(other, m.username, "Một-mật-khẩu-mới-2026");
  await expect(accountMenu(other)).toBeVisible();
  await page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
  await expect(page).toHaveURL("/login?notice=everywhere");
  await expect(guestLinks(page)).toBeVisible();
  await other.reload();
  await expect(guestLinks(other)).toBeVisible();
  await other.context().close();
});

test("display name and email changes from /account; the new email is verified first", async ({ page }) => {
  const m = createMember();
  await logIn(page, m.username);
  await page.goto("/account");

  const name = page.getByRole("form", { name: "Đổi tên hiển thị" });
  await name.getByLabel("Tên hiển thị").fill("Trần Thị Bích Ngọc");
  await submitAndWait(page, name.getByRole("button", { name: "Lưu tên hiển thị" }));
  await expect(name.getByRole("status")).toHaveText("Đã đổi tên hiển thị.");
  await expect(accountMenu(page)).toContainText("Trần Thị Bích Ngọc");

  const newEmail = newMember("moi").email;
  const email = page.getByRole("form", { name: "Đổi email" });
  await email.getByLabel("Email mới").fill(newEmail);
  await email.getByLabel("Mật khẩu hiện tại").fill(m.password);
  await submitAndWait(page, email.getByRole("button", { name: "Gửi liên kết xác nhận" }), email.getByLabel("Mật khẩu hiện tại"));
  await expect(email.getByRole("status")).toContainText(`Đã gửi liên kết xác nhận đến ${newEmail}`);
  // Until the link is followed, the account keeps its address.
  await page.reload();
  await expect(page.locator(".account-summary")).toContainText(m.email);

  const mail = await waitForMail(newEmail);
  expect(mail.subject).toBe("Xác nhận địa chỉ email mới tại Bàn Luận");
  await page.goto(linkIn(mail, "/verify"));
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Đã đổi email của tài khoản sang địa chỉ mới.");
  await page.goto("/account");
  await expect(page.locator(".account-summary")).toContainText(newEmail);
  await expect(page.locator(".account-summary")).toContainText("Đã xác minh");
});
