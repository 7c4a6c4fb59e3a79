// Web push on /account/notifications (issue 19): with JavaScript the push
// control renders (this browser can be subscribed) and the service worker is
// served from the site root with its scope over the whole site; without
// JavaScript the page says push needs it and the rest of the page still
// works (the follow-alerts setting saves); the subscription endpoint refuses
// a guest and bad input with a Vietnamese 4xx.
import { expect, test } from "@playwright/test";
import { establishedMember, loggedIn, withDb } from "./helpers/accounts";

test("with JavaScript: the push control renders and the service worker is served from the root, scope /", async ({ browser }) => {
  const m = establishedMember();
  const page = await loggedIn(browser, m);
  await page.goto("/account/notifications");
  const control = page.getByTestId("push-control");
  await expect(control.getByRole("heading", { name: "Thông báo đẩy" })).toBeVisible();
  await expect(control.getByRole("button", { name: "Bật thông báo đẩy trên trình duyệt này" })).toBeVisible();
  await expect(control).not.toContainText("cần JavaScript");

  const sw = await page.request.get("/push-sw.js");
  expect(sw.status()).toBe(200);
  expect(sw.headers()["content-type"]).toContain("javascript");
  expect(sw.headers()["cache-control"]).toBe("no-cache");
  expect(sw.headers()["x-content-type-options"]).toBe("nosniff");
  expect(sw.headers()["content-security-policy"]).toContain("worker-src 'self'");
  expect(await sw.text()).toContain("showNotification");
  // The browser accepts it as a worker for the whole site.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.register("/push-sw.js", { scope: "/" })).scope);
  expect(scope).toBe(new URL("/", page.url()).href);
});

test("without JavaScript: push says it needs JavaScript, the other settings still save", async ({ browser }) => {
  const m = establishedMember();
  const page = await loggedIn(browser, m, false);
  await page.goto("/account/notifications");
  await expect(page.getByTestId("push-control")).toContainText("Thông báo đẩy trên trình duyệt cần JavaScript");
  const follow = page.getByLabel("Thông báo khi thành viên tôi theo dõi tạo chủ đề hoặc trả lời");
  await expect(follow).toBeChecked(); // on by default
  await follow.uncheck();
  await page.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(page.getByText("Đã lưu cài đặt thông báo.")).toBeVisible();
  await expect(page.getByLabel("Thông báo khi thành viên tôi theo dõi tạo chủ đề hoặc trả lời")).not.toBeChecked();
  const row = withDb((db) => db.prepare("SELECT s.followAlerts AS f FROM AlertSettings s JOIN User u ON u.id = s.userId WHERE u.usernameKey = ?").get(m.username.toLowerCase()) as { f: number | boolean });
  expect(Number(row.f)).toBe(0);
});

test("the subscription endpoint: a guest is refused, bad input is a Vietnamese 4xx, nothing stored", async ({ browser, playwright }) => {
  const guest = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const body = { endpoint: "https://push.example.com/abc", keys: { p256dh: "B".repeat(87), auth: "A".repeat(22) } };
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const asGuest = await guest.post("/api/push/subscription", { data: body, headers: { origin } });
  expect(asGuest.status()).toBe(403);
  expect((await asGuest.json()).message).toContain("đăng nhập");

  const m = establishedMember();
  const page = await loggedIn(browser, m);
  for (const bad of [{ ...body, endpoint: "http://push.example.com/abc" }, { ...body, keys: { p256dh: "ngắn", auth: "x" } }, "không phải JSON"]) {
    const res = await page.request.post("/api/push/subscription", { data: bad, headers: { origin } });
    expect(res.status()).toBeGreaterThanOrEqual(400);
    expect(res.status()).toBeLessThan(500);
    expect((await res.json()).message).toMatch(/https|không hợp lệ|JSON|đọc được/);
  }
  const stored = withDb((db) => (db.prepare("SELECT COUNT(*) AS n FROM PushSubscription s JOIN User u ON u.id = s.userId WHERE u.usernameKey = ?").get(m.username.toLowerCase()) as { n: number }).n);
  expect(Number(stored)).toBe(0);
  await guest.dispose();
});
