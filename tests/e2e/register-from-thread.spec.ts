// Issue 20, item 16: a guest reading a thread registers from it, opens the
// verification mail (caught by the journeys' SMTP sink) — in another browser
// than the one that registered, as people do with their phone — and lands on
// the thread logged in, with a session like a login's (Session row, next-auth's
// HttpOnly cookie), and replies. The same link a second time logs nobody in.
import { expect, test, type Page } from "@playwright/test";
import { accountMenu, establishedMember, guestLinks, linkIn, newMember, submitAndWait, waitForMail, withDb, type MemberData } from "./helpers/accounts";
import { createThread } from "./helpers/forum";

async function register(page: Page, m: MemberData, javaScriptEnabled: boolean) {
  const form = page.getByRole("form", { name: "Đăng ký" });
  await form.getByLabel("Tên hiển thị").fill(m.displayName);
  await form.getByLabel("Tên đăng nhập").fill(m.username);
  await form.getByLabel("Email").fill(m.email);
  await form.getByLabel("Mật khẩu").fill(m.password);
  // Without JavaScript the anti-spam challenge accepts the form a few seconds
  // after it was shown (tests/e2e/spam-registration.spec.ts).
  if (!javaScriptEnabled) await page.waitForTimeout(6_000);
  await submitAndWait(page, form.getByRole("button", { name: "Đăng ký" }), form.getByLabel("Mật khẩu"));
}

function sessionRows(username: string): number {
  return withDb((db) => {
    const row = db.prepare("SELECT COUNT(*) AS n FROM Session s JOIN User u ON u.id = s.userId WHERE u.usernameKey = ?").get(username.toLowerCase()) as { n: number | bigint };
    return Number(row.n);
  });
}

for (const javaScriptEnabled of [true, false]) {
  test(`register from a thread, verify in another browser, land on the thread logged in and reply${javaScriptEnabled ? "" : " (JavaScript off)"}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const author = establishedMember();
    const thread = createThread(author.username);
    const m = newMember("tuchude");

    // The browser that registers.
    const registering = await browser.newContext({ javaScriptEnabled });
    const page = await registering.newPage();
    await page.goto(thread.path);
    // The thread's "Đăng ký" carries the way back (followed by address: a click
    // before hydration on a loaded machine may not navigate in time).
    const registerLink = page.getByRole("main").getByRole("link", { name: "Đăng ký" });
    await expect(registerLink).toHaveAttribute("href", `/register?callbackUrl=${encodeURIComponent(thread.path)}`);
    await page.goto((await registerLink.getAttribute("href"))!);
    await register(page, m, javaScriptEnabled);
    await expect(page.getByRole("status")).toContainText("Đăng ký thành công");
    await registering.close();

    // Another browser opens the mail's link.
    const link = linkIn(await waitForMail(m.email), "/verify");
    const phone = await browser.newContext({ javaScriptEnabled });
    const reader = await phone.newPage();
    await reader.goto(link);
    await expect(reader).toHaveURL(thread.path);
    await expect(accountMenu(reader)).toContainText(m.displayName);
    expect(sessionRows(m.username)).toBe(1);
    const cookie = (await phone.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    // Reply as the new member.
    const composer = reader.locator("#reply-composer");
    await composer.getByLabel("Nội dung trả lời").fill("Chào mọi người, mình vừa đăng ký từ chủ đề này.");
    await composer.getByRole("button", { name: "Gửi trả lời" }).click();
    const reply = reader.getByTestId("reply-list").locator("> li").first();
    await expect(reply.getByTestId("reply-body")).toContainText("mình vừa đăng ký từ chủ đề này", { timeout: 30_000 });
    await expect(reply.getByRole("link", { name: m.displayName })).toBeVisible();
    await phone.close();

    // The same link again, in a third browser: used, nobody logged in.
    const third = await browser.newContext({ javaScriptEnabled });
    const again = await third.newPage();
    await again.goto(link);
    await expect(again).toHaveURL("/verified?status=used");
    await expect(again.getByRole("main").getByRole("alert")).toContainText("đã được dùng");
    await expect(guestLinks(again)).toBeVisible();
    expect(sessionRows(m.username)).toBe(1);
    await third.close();
  });
}
