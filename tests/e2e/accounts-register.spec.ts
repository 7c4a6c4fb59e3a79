// Registration and email verification, with a real SMTP server catching the
// mail (scripts/lib/e2e-services.ts): register → receive mail → verify → log in
// → log out, the form's messages, and the same form without JavaScript.
import { expect, test, type Page } from "@playwright/test";
import { accountMenu, fillLogin, guestLinks, linkIn, logIn, logOutViaMenu, mailTo, newMember, submitAndWait, waitForMail, type MemberData } from "./helpers/accounts";

async function fillRegister(page: Page, m: Partial<MemberData>) {
  const form = page.getByRole("form", { name: "Đăng ký" });
  if (m.displayName !== undefined) await form.getByLabel("Tên hiển thị").fill(m.displayName);
  if (m.username !== undefined) await form.getByLabel("Tên đăng nhập").fill(m.username);
  if (m.email !== undefined) await form.getByLabel("Email").fill(m.email);
  if (m.password !== undefined) await form.getByLabel("Mật khẩu").fill(m.password);
  await submitAndWait(page, form.getByRole("button", { name: "Đăng ký" }), form.getByLabel("Mật khẩu"));
  return form;
}

test("register → receive the mail over SMTP → verify → log in → log out", async ({ page }) => {
  const m = newMember("reg");
  await page.goto("/");
  await page.getByRole("navigation", { name: "Tài khoản" }).getByRole("link", { name: "Đăng ký" }).click();
  await expect(page).toHaveURL("/register");
  await fillRegister(page, m);

  await expect(page).toHaveURL("/login?notice=registered");
  await expect(page.getByRole("status")).toContainText("Đăng ký thành công");

  const mail = await waitForMail(m.email);
  expect(mail.subject).toBe("Xác minh email của bạn tại Bàn Luận");
  expect(mail.text).toContain(m.displayName);
  const link = linkIn(mail, "/verify");

  await page.goto(link);
  await expect(page).toHaveURL("/verified?status=verified");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Đã xác minh email. Bạn có thể tham gia thảo luận.");
  // Opening the link logged the new member in (issue 20, item 16).
  await expect(accountMenu(page)).toContainText(m.displayName);
  await logOutViaMenu(page);

  // The link is single-use: a second opening neither verifies nor logs in.
  await page.goto(link);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("đã được dùng");
  await expect(guestLinks(page)).toBeVisible();

  await logIn(page, m.email, m.password);
  await expect(page).toHaveURL("/");
  await expect(accountMenu(page)).toContainText(m.displayName);
  // Verified: no notice asking to verify.
  await expect(page.getByTestId("verify-notice")).toHaveCount(0);

  // The menu: profile, account, log out.
  await accountMenu(page).click();
  await expect(page.getByRole("link", { name: "Trang cá nhân" })).toHaveAttribute("href", `/members/${m.username}`);
  await expect(page.getByRole("link", { name: "Tài khoản", exact: true })).toHaveAttribute("href", "/account");
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(guestLinks(page)).toBeVisible();
  // Logged out for real: the account page asks to log in.
  await page.goto("/account");
  await expect(page).toHaveURL("/login?callbackUrl=%2Faccount");
});

test("an unverified member can log in, sees the notice, and can have the mail sent again (rate-limited)", async ({ page }) => {
  const m = newMember("unv");
  await page.goto("/register");
  await fillRegister(page, m);
  await expect(page).toHaveURL("/login?notice=registered");
  const first = await waitForMail(m.email);

  await fillLogin(page, m.username, m.password);
  await expect(accountMenu(page)).toContainText(m.displayName);
  const notice = page.getByTestId("verify-notice");
  await expect(notice).toContainText("Email của bạn chưa được xác minh");

  await notice.getByRole("button", { name: "Gửi lại email xác minh" }).click();
  await expect(notice.getByRole("status")).toContainText("Đã gửi lại email xác minh");
  const second = await waitForMail(m.email, 2);

  // A second request within the minute is refused, and says when to retry.
  await notice.getByRole("button", { name: "Gửi lại email xác minh" }).click();
  await expect(notice.getByRole("alert")).toContainText(/Vui lòng thử lại sau \d+ (giây|phút) \(lúc \d\d:\d\d\)/);
  expect(mailTo(m.email)).toHaveLength(2);

  // Only the newest link works.
  await page.goto(linkIn(first, "/verify"));
  await expect(page.getByRole("main").getByRole("alert")).toContainText("đã được dùng");
  await page.goto(linkIn(second, "/verify"));
  await expect(page.getByRole("main").getByRole("status")).toContainText("Đã xác minh email");
  await expect(page.getByTestId("verify-notice")).toHaveCount(0);
});

test("clear Vietnamese messages for bad input, duplicates ignoring case, and typed values kept", async ({ page }) => {
  const taken = newMember("dup");
  await page.goto("/register");
  await fillRegister(page, taken);
  await expect(page).toHaveURL("/login?notice=registered");

  await page.goto("/register");
  let form = await fillRegister(page, { displayName: "A", username: "ab", email: "không-phải-email", password: "ngắn" });
  await expect(form.getByRole("alert")).toHaveText("Vui lòng sửa các lỗi bên dưới.");
  await expect(form.getByText("Tên hiển thị cần ít nhất 2 ký tự.")).toBeVisible();
  await expect(form.getByText("Tên đăng nhập cần ít nhất 3 ký tự.")).toBeVisible();
  await expect(form.getByText("Email không hợp lệ.")).toBeVisible();
  await expect(form.getByText("Mật khẩu cần ít nhất 10 ký tự.")).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveValue("không-phải-email");
  await expect(form.getByLabel("Tên đăng nhập")).toHaveAttribute("aria-invalid", "true");

  form = await fillRegister(page, { displayName: "Người Mới", username: "nguyễn_văn", email: "moi@example.test", password: "password1234" });
  await expect(form.getByText("Tên đăng nhập chỉ gồm chữ cái không dấu")).toBeVisible();
  await expect(form.getByText("Mật khẩu này quá phổ biến")).toBeVisible();

  // The same username in other letter case (usernames are public: said), and
  // the same email with an upper-case domain (not said: see below).
  form = await fillRegister(page, {
    displayName: "Người Mới",
    username: taken.username.toUpperCase(),
    email: taken.email.replace("example.test", "EXAMPLE.TEST"),
    password: "một-mật-khẩu-khá-dài",
  });
  await expect(form.getByText("Tên đăng nhập này đã có người dùng")).toBeVisible();
  await expect(form.getByText(/Email này/)).toHaveCount(0);
  await expect(form.getByLabel("Tên hiển thị")).toHaveValue("Người Mới");
  await expect(form.getByLabel("Tên đăng nhập")).toHaveValue(taken.username.toUpperCase());
  await expect(form.getByLabel("Mật khẩu")).toHaveValue("");
});

// Issue 11, defect 6: the form answered "Email này đã được dùng" for a taken
// address, so anyone could list who has an account.
test("a taken email gets the same answer as a free one; its owner is told by mail", async ({ page }) => {
  const owner = newMember("own");
  await page.goto("/register");
  await fillRegister(page, owner);
  await expect(page).toHaveURL("/login?notice=registered");
  await waitForMail(owner.email);

  const prober = newMember("prb");
  await page.goto("/register");
  await fillRegister(page, { ...prober, email: owner.email.toUpperCase() });
  await expect(page).toHaveURL("/login?notice=registered");
  await expect(page.getByRole("status")).toContainText("Đăng ký thành công");
  const told = await waitForMail(owner.email, 2);
  expect(told.subject).toBe("Có người vừa dùng email của bạn tại Bàn Luận");
  expect(told.text).toContain(owner.displayName);
  // No account was created for the prober.
  await fillLogin(page, prober.username, prober.password);
  await expect(page.getByRole("form", { name: "Đăng nhập" }).getByRole("alert")).toHaveText("Email/tên đăng nhập hoặc mật khẩu không đúng.");
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("the register form keeps what was typed on error, then registers", async ({ page }) => {
    const m = newMember("nojs");
    await page.goto("/register");
    const form = await fillRegister(page, { ...m, password: "short" });
    await expect(form.getByText("Mật khẩu cần ít nhất 10 ký tự.")).toBeVisible();
    await expect(form.getByLabel("Tên hiển thị")).toHaveValue(m.displayName);
    await expect(form.getByLabel("Tên đăng nhập")).toHaveValue(m.username);
    await expect(form.getByLabel("Email")).toHaveValue(m.email);
    await expect(form.getByLabel("Mật khẩu")).toHaveValue("");

    await form.getByLabel("Mật khẩu").fill(m.password);
    // Without JavaScript the anti-spam challenge accepts the form a few
    // seconds after it was first shown (tests/e2e/spam-registration.spec.ts).
    await page.waitForTimeout(6_000);
    await form.getByRole("button", { name: "Đăng ký" }).click();
    await expect(page).toHaveURL("/login?notice=registered");
    await waitForMail(m.email);

    // Log in and out without JavaScript too (the menu is a <details> element).
    await fillLogin(page, m.username, m.password);
    await expect(accountMenu(page)).toContainText(m.displayName);
    await logOutViaMenu(page);
  });
});
