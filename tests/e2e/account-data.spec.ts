// Issue 11 item 15, "Dữ liệu của tôi": a member downloads the zip of their
// data (opened here: account.json and their posts as Markdown), then deletes
// their account — logged out at once, logging in during the grace period
// cancels it, and after the grace period (moved into the past in the
// database) the account is anonymised and cannot log in.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { establishedMember, fillLogin, guestLinks, logIn, PASSWORD, sqlDate, withDb } from "./helpers/accounts";
import { createThread, insertReplies } from "./helpers/forum";

async function requestDeletion(page: Page, mode: "Giữ lại" | "Xóa nội dung") {
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Xóa tài khoản" });
  await form.getByLabel(new RegExp(mode)).check();
  await form.getByLabel("Mật khẩu hiện tại").fill(PASSWORD);
  await form.getByRole("button", { name: "Xóa tài khoản của tôi" }).click();
}

test("download my data: a zip with account.json and my posts as Markdown, never cached", async ({ page }) => {
  const me = establishedMember();
  const other = establishedMember();
  const thread = createThread(other.username);
  insertReplies(thread.id, me.username, 2, (i) => `Ý kiến của tôi số ${i}`);
  insertReplies(thread.id, other.username, 1, () => "Ý kiến của người khác");
  await logIn(page, me.username);
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Dữ liệu của tôi" })).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Tải dữ liệu của tôi (.zip)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^banluan-du-lieu-${me.username}-.*\\.zip$`));
  const files = unzipSync(new Uint8Array(fs.readFileSync(await download.path())));
  const account = JSON.parse(strFromU8(files["account.json"]));
  expect(account.profile.username).toBe(me.username);
  expect(account.profile.email).toBe(me.email);
  const posts = Object.keys(files).filter((f) => f.startsWith("posts/")).sort();
  expect(posts).toEqual([`posts/${thread.id}-2.md`, `posts/${thread.id}-3.md`]);
  expect(strFromU8(files[`posts/${thread.id}-2.md`])).toContain("Ý kiến của tôi số 1");
  const all = Object.values(files).map((f) => strFromU8(f)).join("\n");
  expect(all).not.toContain("Ý kiến của người khác");
  expect(all).not.toContain("argon2");

  const response = await page.request.get("/account/data/export");
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(response.headers()["content-type"]).toBe("application/zip");
  // A guest is sent to log in.
  const guest = await page.context().browser()!.newContext();
  const asGuest = await guest.request.get("/account/data/export", { maxRedirects: 0 });
  expect(asGuest.status()).toBe(303);
  await guest.close();
});

test("delete my account: logged out at once, logging in during the grace period cancels it, after it the account is anonymised", async ({ page }) => {
  const me = establishedMember();
  const thread = createThread(me.username);
  await logIn(page, me.username);

  // The current password is required.
  await page.goto("/account");
  const form = page.getByRole("form", { name: "Xóa tài khoản" });
  await form.getByLabel("Mật khẩu hiện tại").fill("khong-phai-mat-khau");
  await form.getByRole("button", { name: "Xóa tài khoản của tôi" }).click();
  await expect(form.getByRole("alert")).toHaveText("Mật khẩu không đúng.");

  await requestDeletion(page, "Giữ lại");
  await expect(page).toHaveURL("/login?notice=deletion-requested");
  await expect(page.getByRole("status")).toContainText("Đã nhận yêu cầu xóa tài khoản");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount/);

  // Logging in within the grace period takes the request back.
  await fillLogin(page, me.username, PASSWORD);
  await expect(page).toHaveURL("/account?notice=deletion-cancelled");
  await expect(page.getByRole("status")).toContainText("yêu cầu xóa tài khoản đã được hủy");

  // Again, and this time the grace period runs out.
  await requestDeletion(page, "Giữ lại");
  await expect(page).toHaveURL("/login?notice=deletion-requested");
  withDb((db) => db.prepare("UPDATE User SET deletionDueAt = ? WHERE usernameKey = ?").run(sqlDate(new Date(Date.now() - 60_000)), me.username.toLowerCase()));
  await fillLogin(page, me.username, PASSWORD);
  await expect(page.getByRole("form", { name: "Đăng nhập" }).getByRole("alert")).toHaveText("Email/tên đăng nhập hoặc mật khẩu không đúng.");
  await expect(guestLinks(page)).toBeVisible();

  const row = withDb((db) => db.prepare("SELECT displayName, email, passwordHash, deletedAt FROM User WHERE id = (SELECT authorId FROM Thread WHERE id = ?)").get(thread.id)) as Record<string, unknown>;
  expect(row).toMatchObject({ displayName: "Thành viên đã xóa", email: null, passwordHash: null });
  expect(row.deletedAt).not.toBeNull();
  // The thread stays, signed by "Thành viên đã xóa"; the old profile address is gone.
  await page.goto(thread.path);
  await expect(page.getByRole("main")).toContainText("Thành viên đã xóa");
  const profile = await page.request.get(`/members/${me.username}`);
  expect(profile.status()).toBe(404);
});
