// Logging in: wrong password, throttling, coming back to the page the member
// came from (same-site paths only), and the member profile page.
import { expect, test } from "@playwright/test";
import { accountMenu, createMember, fillLogin, guestLinks, logIn, newMember, PASSWORD } from "./helpers/accounts";

const THREAD_PATH = "/threads/my-dau-tu-ai-gap-6-lan-nhung-trung-quoc-van-ap-dao-nho-dieu-nay.1";
const INVALID = "Email/tên đăng nhập hoặc mật khẩu không đúng.";

test("a wrong password and an unknown account get the same answer; typed values stay", async ({ page }) => {
  const m = createMember();
  await logIn(page, m.username, "sai-mat-khau-roi-123");
  const form = page.getByRole("form", { name: "Đăng nhập" });
  await expect(form.getByRole("alert")).toHaveText(INVALID);
  await expect(form.getByLabel("Email hoặc tên đăng nhập")).toHaveValue(m.username);
  await expect(form.getByLabel("Mật khẩu")).toHaveValue("");

  await logIn(page, newMember().email, "sai-mat-khau-roi-123");
  await expect(form.getByRole("alert")).toHaveText(INVALID);
  await expect(guestLinks(page)).toBeVisible();

  // Email (domain in any case) or username in any case both work.
  await logIn(page, m.email.replace("example.test", "Example.TEST"), m.password);
  await expect(accountMenu(page)).toContainText(m.displayName);
});

test("after 5 failed logins the account is throttled from this address, even with the right password", async ({ page }) => {
  const m = createMember("member", "thr");
  const form = page.getByRole("form", { name: "Đăng nhập" });
  for (let i = 1; i <= 5; i++) {
    await logIn(page, m.username, `sai-mat-khau-lan-${i}`);
    await expect(form.getByRole("alert")).toHaveText(INVALID);
  }
  await logIn(page, m.username, m.password);
  await expect(form.getByRole("alert")).toContainText("Đăng nhập sai quá nhiều lần nên tạm thời bị chặn.");
  await expect(form.getByRole("alert")).toContainText(/Vui lòng thử lại sau 15 phút \(lúc \d\d:\d\d\)/);
  await expect(guestLinks(page)).toBeVisible();
  // By email too: the limit is per account, not per thing typed.
  await logIn(page, m.email, m.password);
  await expect(form.getByRole("alert")).toContainText("tạm thời bị chặn");

  // Other members from the same address are not affected.
  const other = createMember();
  await logIn(page, other.username, other.password);
  await expect(accountMenu(page)).toContainText(other.displayName);
});

test("the thread's call to action logs in and comes back to the thread", async ({ page }) => {
  const m = createMember();
  await page.goto(THREAD_PATH);
  await page.getByRole("link", { name: "Đăng nhập một lần thảo luận tẹt ga" }).click();
  await expect(page).toHaveURL(`/login?callbackUrl=${encodeURIComponent(THREAD_PATH)}`);
  await fillLogin(page, m.username, m.password);
  await expect(page).toHaveURL(THREAD_PATH);
  await expect(accountMenu(page)).toContainText(m.displayName);
  // A member is no longer asked to log in.
  await expect(page.getByRole("link", { name: "Đăng nhập một lần thảo luận tẹt ga" })).toHaveCount(0);
});

for (const external of ["https://evil.example/steal", "//evil.example/steal", "/\\evil.example", "javascript:alert(1)"]) {
  test(`an external callbackUrl (${external}) is refused: the member lands on the forum`, async ({ page, baseURL }) => {
    const m = createMember();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(external)}`);
    await fillLogin(page, m.username, m.password);
    await expect(accountMenu(page)).toContainText(m.displayName);
    expect(page.url()).toBe(`${baseURL}/`);
  });
}

test("a logged-in member opening /login goes straight to the callback page", async ({ page }) => {
  const m = createMember();
  await logIn(page, m.username);
  await expect(accountMenu(page)).toBeVisible();
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/account")}`);
  await expect(page).toHaveURL("/account");
});

test("member profile: name, initials avatar, user title, join date, post count, recent posts", async ({ page }) => {
  await page.goto("/members/NGUYEN.HOANG");
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1 })).toHaveText("Nguyễn Hoàng");
  await expect(main.getByRole("img", { name: "Nguyễn Hoàng" })).toHaveText("NH");
  await expect(main).toContainText("@nguyen.hoang");
  await expect(main).toContainText("Intern Writer");
  await expect(main.getByTestId("post-count")).toHaveText("1");
  await expect(main.locator("time").first()).toHaveAttribute("datetime", /^\d{4}-/);
  await main.getByRole("link", { name: /Mỹ đầu tư AI gấp 6 lần/ }).click();
  await expect(page).toHaveURL(THREAD_PATH);

  // Staff carry their role badge.
  const mod = createMember("moderator", "mod");
  await page.goto(`/members/${mod.username}`);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toContainText("Điều hành viên");
  await expect(page.getByRole("main")).toContainText("Thành viên này chưa có bài viết nào.");

  const missing = await page.goto("/members/khong-co-ai-ten-nay");
  expect(missing?.status()).toBe(404);
});

test("screenshots: the header for a guest and for a member with the menu open", async ({ page }, testInfo) => {
  await page.goto("/login");
  await page.screenshot({ path: testInfo.outputPath("login-guest.png") });
  const m = createMember();
  await logIn(page, m.username, PASSWORD);
  await accountMenu(page).click();
  await expect(page.getByRole("link", { name: "Trang cá nhân" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("header-member.png") });
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/account");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: testInfo.outputPath(`account-${width}.png`), fullPage: true });
  }
});
