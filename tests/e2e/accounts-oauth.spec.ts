// Google sign-in against a mock OpenID Connect provider on loopback
// (scripts/lib/e2e-services.ts). The test picks who signs in at the provider
// by adding the standard login_hint parameter to the authorization request.
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { accountMenu, createMember, guestLinks, newMember, submitAndWait, withDb } from "./helpers/accounts";

type Identity = { sub: string; email: string; email_verified: boolean; name: string };

function identity(overrides: Partial<Identity> = {}): Identity {
  const id = crypto.randomBytes(4).toString("hex");
  return { sub: `google-${id}`, email: `g.${id}@gmail.example`, email_verified: true, name: `Người Dùng Google ${id}`, ...overrides };
}

async function signInWithGoogle(page: Page, who: Identity, loginPath = "/login") {
  await page.route(/\/authorize\?/, async (route) => {
    const url = new URL(route.request().url());
    url.searchParams.set("login_hint", JSON.stringify(who));
    await route.continue({ url: url.toString() });
  });
  await page.goto(loginPath);
  await page.getByRole("button", { name: "Đăng nhập bằng Google" }).click();
}

test("a new Google identity becomes a member with a verified email and no password", async ({ page }) => {
  const who = identity();
  await signInWithGoogle(page, who);
  await expect(accountMenu(page)).toContainText(who.name);
  await page.goto("/account");
  const summary = page.locator(".account-summary");
  await expect(summary).toContainText(who.email);
  await expect(summary).toContainText("Đã xác minh");
  await expect(summary).toContainText("Google");
  await expect(page.getByRole("main")).toContainText("Tài khoản này chưa có mật khẩu");

  // Signing in again with the same identity is the same member, not a new one.
  await page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
  // Wait for the action's redirect to land before navigating again.
  await expect(guestLinks(page)).toBeVisible();
  await signInWithGoogle(page, who);
  await expect(accountMenu(page)).toContainText(who.name);
  const rows = withDb((db) => db.prepare("SELECT COUNT(*) AS n FROM User WHERE email = ?").get(who.email) as { n: number });
  expect(rows.n).toBe(1);
});

test("a verified Google email links to the existing member with that verified email, and returns to the page", async ({ page }) => {
  const m = createMember("member", "link");
  const thread = "/threads/my-dau-tu-ai-gap-6-lan-nhung-trung-quoc-van-ap-dao-nho-dieu-nay.1";
  await signInWithGoogle(page, identity({ email: m.email, name: "Tên Khác Ở Google" }), `/login?callbackUrl=${encodeURIComponent(thread)}`);
  await expect(page).toHaveURL(thread);
  await expect(accountMenu(page)).toContainText(m.displayName);
});

test("no link through an unverified email, on either side", async ({ page }) => {
  // The forum account's email is not verified: whoever registered it may not own it.
  const unverified = newMember("unv");
  await page.goto("/register");
  const form = page.getByRole("form", { name: "Đăng ký" });
  await form.getByLabel("Tên hiển thị").fill(unverified.displayName);
  await form.getByLabel("Tên đăng nhập").fill(unverified.username);
  await form.getByLabel("Email").fill(unverified.email);
  await form.getByLabel("Mật khẩu").fill(unverified.password);
  await submitAndWait(page, form.getByRole("button", { name: "Đăng ký" }));
  await expect(page).toHaveURL("/login?notice=registered");

  await signInWithGoogle(page, identity({ email: unverified.email }));
  await expect(page).toHaveURL(/\/login\?error=email-in-use/);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("chỉ email đã được xác minh ở cả hai bên mới tự liên kết");
  await expect(accountMenu(page)).toHaveCount(0);

  // The provider does not vouch for the email.
  const verified = createMember();
  await page.unrouteAll();
  await signInWithGoogle(page, identity({ email: verified.email, email_verified: false }));
  await expect(page).toHaveURL(/\/login\?error=email-in-use/);
  await expect(accountMenu(page)).toHaveCount(0);
});

/** Posts a plain HTML form from a page of the forum, as a browser without our server actions would. */
async function postForm(page: Page, action: string, fields: Record<string, string>) {
  await page.evaluate(
    ({ action, fields }) => {
      const form = document.createElement("form");
      form.method = "post";
      form.action = action;
      for (const [name, value] of Object.entries(fields)) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    },
    { action, fields },
  );
}

// Issue 11, defect 8: every next-auth endpoint answered 500 (the route handed
// next-auth a plain Request, which has no nextUrl), so an OAuth callback
// would have failed whenever a provider is enabled.
test("next-auth's own endpoints work as a browser uses them: csrf, providers, sign-in, callback, session, sign-out", async ({ page }) => {
  await page.goto("/login");
  for (const path of ["/api/auth/csrf", "/api/auth/session", "/api/auth/providers", "/api/auth/signin"]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(400);
  }
  const providers = await (await page.request.get("/api/auth/providers")).json();
  expect(providers.google).toMatchObject({ id: "google", callbackUrl: expect.stringContaining("/api/auth/callback/google") });

  // The browser follows next-auth's redirect to the provider itself (a
  // redirect, which page.route does not see), so the mock provider signs in
  // its default user here.
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  await postForm(page, "/api/auth/signin/google", { csrfToken, callbackUrl: "/account" });
  await expect(page).toHaveURL(/\/account$/);
  await expect(accountMenu(page)).toBeVisible();
  const session = await (await page.request.get("/api/auth/session")).json();
  expect(session).toMatchObject({ memberId: expect.any(Number) });
  const sessions = () =>
    withDb((db) => (db.prepare("SELECT COUNT(*) AS n FROM Session WHERE userId = ?").get(session.memberId) as { n: number }).n);
  expect(sessions()).toBe(1);

  const signOut = await (await page.request.get("/api/auth/csrf")).json();
  await postForm(page, "/api/auth/signout", { csrfToken: signOut.csrfToken, callbackUrl: "/" });
  await expect(guestLinks(page)).toBeVisible();
  // Signing out through next-auth's endpoint ended the session on the server too.
  expect(sessions()).toBe(0);
});
