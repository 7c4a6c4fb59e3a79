// Issue 11 item 14: registration behind the self-hosted challenge
// (lib/spam/form-challenge.ts). With JavaScript the ALTCHA widget solves the
// proof of work when the form is sent (the posted form carries its
// solution); without JavaScript the form is accepted once it has been open a
// few seconds (6 s on the journeys' server, scripts/e2e-server.ts, so that a
// form sent at once is early even on a loaded machine), and a form sent sooner is refused with the typed values kept. The honeypot
// refuses a robot's submission and stores nothing.
import { expect, test, type Page } from "@playwright/test";
import { fillLogin, newMember, submitAndWait, withDb, type MemberData } from "./helpers/accounts";

async function fill(page: Page, m: MemberData) {
  const form = page.getByRole("form", { name: "Đăng ký" });
  await form.getByLabel("Tên hiển thị").fill(m.displayName);
  await form.getByLabel("Tên đăng nhập").fill(m.username);
  await form.getByLabel("Email").fill(m.email);
  await form.getByLabel("Mật khẩu").fill(m.password);
  return form;
}

const accountCount = (username: string) =>
  (withDb((db) => db.prepare("SELECT count(*) AS n FROM User WHERE usernameKey = ?").get(username.toLowerCase())) as { n: number | string }).n;

test("with JavaScript: the widget, served from the forum itself, solves the challenge and the account is created", async ({ page }) => {
  const m = newMember("pow");
  const foreign: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1")) foreign.push(r.url());
  });
  await page.goto("/register");
  await expect.poll(() => page.evaluate(() => !!customElements.get("altcha-widget"))).toBe(true);
  const form = await fill(page, m);
  const posted = page.waitForRequest((r) => r.method() === "POST" && r.url().endsWith("/register"));
  await form.getByRole("button", { name: "Đăng ký" }).click();
  const body = (await posted).postData() ?? "";
  // The solution went with the form (base64 JSON of the challenge and its solution).
  expect(body).toMatch(/name="(?:\w+_)?altcha"\r\n\r\n[A-Za-z0-9+/=]{40,}/);
  await expect(page).toHaveURL("/login?notice=registered", { timeout: 30_000 });
  expect(Number(accountCount(m.username))).toBe(1);
  expect(foreign).toEqual([]);
});

test("the honeypot: a filled hidden field is refused with a neutral message and nothing is stored", async ({ page }) => {
  const m = newMember("hny");
  await page.goto("/register");
  const form = await fill(page, m);
  await expect(form.locator('input[name="website"]')).toHaveAttribute("tabindex", "-1");
  await form.locator('input[name="website"]').fill("https://spam.example", { force: true });
  await submitAndWait(page, form.getByRole("button", { name: "Đăng ký" }), form.getByLabel("Mật khẩu"));
  await expect(form.getByRole("alert")).toHaveText("Không thể hoàn tất yêu cầu lúc này. Vui lòng thử lại sau.");
  expect(Number(accountCount(m.username))).toBe(0);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("a form sent at once is asked to wait, keeps what was typed, then registers", async ({ page }) => {
    const m = newMember("wait");
    await page.goto("/register");
    let form = await fill(page, m);
    await form.getByRole("button", { name: "Đăng ký" }).click();
    form = page.getByRole("form", { name: "Đăng ký" });
    await expect(form.getByRole("alert")).toContainText("Biểu mẫu được gửi quá nhanh");
    await expect(form.getByLabel("Tên đăng nhập")).toHaveValue(m.username);
    await expect(form.getByLabel("Email")).toHaveValue(m.email);
    expect(Number(accountCount(m.username))).toBe(0);

    await page.waitForTimeout(6_000);
    await form.getByLabel("Mật khẩu").fill(m.password);
    await form.getByRole("button", { name: "Đăng ký" }).click();
    await expect(page).toHaveURL("/login?notice=registered");
    expect(Number(accountCount(m.username))).toBe(1);
    await fillLogin(page, m.username, m.password);
    await expect(page.getByTestId("account-menu")).toContainText(m.displayName);
  });
});
