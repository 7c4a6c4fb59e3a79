// Issue 20: Google sign-ups obey "Đăng ký thành viên" (Cài đặt → Diễn đàn).
// Closed: a new Google identity is refused in Vietnamese and no account is
// made, while a member already linked still signs in. Approval: the new
// account waits in the approval queue and is not signed in. Forum-wide, so in
// the serial global project; the setting is put back to "open" at the end.
import { expect, test, type Page } from "@playwright/test";
import { accountMenu, establishedMember, guestLinks, loggedIn, withDb } from "../helpers/accounts";
import { googleIdentity, signInWithGoogle } from "../helpers/oauth";

async function setRegistration(admin: Page, label: RegExp) {
  await admin.goto("/mod/settings");
  await admin.getByRole("radio", { name: label }).check();
  await admin.getByRole("button", { name: "Lưu thông tin diễn đàn" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Đã lưu thông tin diễn đàn." })).toBeVisible();
}

const membersWithEmail = (email: string) => withDb((db) => Number((db.prepare("SELECT COUNT(*) AS n FROM User WHERE email = ?").get(email) as { n: number | bigint }).n));

test("closed and approval apply to Google sign-ups; linked members still sign in", async ({ browser }) => {
  // Three sign-ins, three settings saves and an administrator's login on a shared 2-core machine.
  test.setTimeout(180_000);
  const admin = await loggedIn(browser, establishedMember("admin"));
  // Linked while registration is open.
  const linked = googleIdentity();
  const first = await (await browser.newContext()).newPage();
  await signInWithGoogle(first, linked);
  await expect(accountMenu(first)).toContainText(linked.name);
  await first.context().close();

  try {
    await setRegistration(admin, /^Đóng/);
    const newcomer = googleIdentity();
    const refused = await (await browser.newContext()).newPage();
    await signInWithGoogle(refused, newcomer);
    await expect(refused).toHaveURL(/\/login\?error=registration-closed/);
    await expect(refused.getByText("Diễn đàn đang tạm ngừng nhận thành viên mới")).toHaveAttribute("role", "alert");
    await expect(guestLinks(refused)).toBeVisible();
    expect(membersWithEmail(newcomer.email)).toBe(0);
    // The member linked before still signs in with it.
    await signInWithGoogle(refused, linked);
    await expect(accountMenu(refused)).toContainText(linked.name);
    await refused.context().close();

    await setRegistration(admin, /^Cần duyệt/);
    const waiting = googleIdentity();
    const held = await (await browser.newContext()).newPage();
    await signInWithGoogle(held, waiting);
    await expect(held).toHaveURL(/\/login\?error=held/);
    await expect(held.getByText("Tài khoản của bạn đang chờ ban điều hành duyệt")).toHaveAttribute("role", "alert");
    await expect(guestLinks(held)).toBeVisible();
    expect(membersWithEmail(waiting.email)).toBe(1);
    await held.context().close();
    // The account is in the approval queue.
    await admin.goto("/mod/queue");
    await expect(admin.getByRole("main")).toContainText(waiting.email);
  } finally {
    await setRegistration(admin, /^Mở/);
  }
});
