// Cài đặt → Diễn đàn: the site notice shows above every page, the guests'
// cached thread pages included, and closes (remembered with JavaScript,
// per page without). Forum-wide, so in the serial global project; the notice
// is cleared at the end. Also the article form by fields.
import { expect, test } from "@playwright/test";
import { loggedIn, establishedMember as member } from "../helpers/accounts";
import { createThread } from "../helpers/forum";

test("the site notice: set by an administrator, shown to guests on cached pages, closed, then cleared", async ({ browser }) => {
  const admin = member("admin");
  const author = member();
  const thread = createThread(author.username);
  const adminPage = await loggedIn(browser, admin);
  const guest = await (await browser.newContext()).newPage();
  // Cached before the notice exists: saving the settings must expire it.
  await guest.goto(thread.path);
  await guest.goto(thread.path);
  const text = `Bảo trì tối nay ${Date.now()}`;

  await adminPage.goto("/mod/settings");
  await adminPage.getByLabel("Thông báo chung").fill(text);
  await adminPage.getByRole("button", { name: "Lưu thông tin diễn đàn" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Đã lưu thông tin diễn đàn." })).toBeVisible();

  await guest.goto(thread.path);
  await expect(guest.getByRole("region", { name: "Thông báo" })).toContainText(text);
  await guest.getByTitle("Đóng thông báo").click();
  await expect(guest.getByRole("region", { name: "Thông báo" })).toBeHidden();
  await guest.reload();
  await expect(guest.getByRole("region", { name: "Thông báo" })).toBeHidden();

  const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await noJs.goto("/members");
  await expect(noJs.getByRole("region", { name: "Thông báo" })).toContainText(text);
  await noJs.getByTitle("Đóng thông báo").click();
  await expect(noJs.getByRole("region", { name: "Thông báo" })).toBeHidden();

  await adminPage.goto("/mod/settings");
  await adminPage.getByLabel("Thông báo chung").fill("");
  await adminPage.getByRole("button", { name: "Lưu thông tin diễn đàn" }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Đã lưu thông tin diễn đàn." })).toBeVisible();
  await noJs.goto(thread.path);
  await expect(noJs.getByRole("region", { name: "Thông báo" })).toHaveCount(0);
});

test("settings refuse a bad forum name with a message, keeping what was typed; a moderator gets no settings page", async ({ browser }) => {
  const admin = member("admin");
  const mod = member("moderator");
  const page = await loggedIn(browser, admin, false);
  await page.goto("/mod/settings");
  // Spaces pass the browser's own length check; the server trims them and refuses.
  await page.getByLabel("Tên diễn đàn").fill("   x   ");
  await page.getByLabel("Mô tả").fill("Mô tả mới chưa lưu");
  await page.getByRole("button", { name: "Lưu thông tin diễn đàn" }).click();
  await expect(page.locator(".field__error", { hasText: "Tên diễn đàn cần ít nhất 2 ký tự." })).toBeVisible();
  await expect(page.getByLabel("Mô tả")).toHaveValue("Mô tả mới chưa lưu");
  const modPage = await loggedIn(browser, mod);
  const response = await modPage.goto("/mod/settings");
  expect(response?.status()).toBe(404);
});

test("an administrator publishes an article by its fields (without JavaScript)", async ({ browser }) => {
  const admin = member("admin");
  const page = await loggedIn(browser, admin, false);
  await page.goto("/mod/articles");
  await page.getByRole("link", { name: /Nhập từng trường/ }).click();
  const title = `Bài viết nhập tay ${Date.now()}`;
  await page.getByLabel("Tiêu đề *").fill(title);
  await page.getByLabel("Tác giả *").fill("Trần Thị Biên Tập");
  await page.getByLabel("Chức danh tác giả").fill("Phóng viên");
  await page.getByLabel("Đoạn dẫn").fill("Đoạn dẫn của bài.");
  await page.getByLabel("Thân bài *").fill("Đoạn một của bài viết.\n## Mục hai\nĐoạn hai.");
  await page.getByLabel("Nguồn", { exact: true }).fill("Báo Thử");
  // A URL the browser accepts, but not a web page: the server refuses it.
  await page.getByLabel("Liên kết nguồn").fill("ftp://example.vn/bai");
  await page.getByRole("button", { name: "Đăng" }).click();
  await expect(page.locator(".field__error", { hasText: "Liên kết nguồn phải bắt đầu bằng http:// hoặc https://." })).toBeVisible();
  await expect(page.getByLabel("Thân bài *")).toHaveValue(/Đoạn một của bài viết/);
  await page.getByLabel("Liên kết nguồn").fill(`https://example.vn/${Date.now()}`);
  await page.getByRole("button", { name: "Đăng" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.locator("main")).toContainText("Đoạn một của bài viết.");
  await expect(page.locator("main")).toContainText("Trần Thị Biên Tập");
});

test("two administrators saving the settings form keep each other's changes", async ({ browser }) => {
  const save = async (page: import("@playwright/test").Page) => {
    await page.getByRole("button", { name: "Lưu thông tin diễn đàn" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu thông tin diễn đàn." })).toBeVisible();
  };
  const first = await loggedIn(browser, member("admin"));
  const second = await loggedIn(browser, member("admin"), false);
  await first.goto("/mod/settings");
  await second.goto("/mod/settings");
  try {
    // The second (no JavaScript) asks for approval of new members…
    await second.getByRole("radio", { name: /^Cần duyệt/ }).check();
    await save(second);
    // …then the first, from the form they loaded before, sets a notice: their form still shows "Mở".
    const text = `Bảo trì lúc ${Date.now()}`;
    await first.getByLabel("Thông báo chung").fill(text);
    await save(first);
    await first.getByLabel("Thông báo chung").fill(""); // and takes it back, without reloading
    await save(first);
    const check = await (await browser.newContext()).newPage();
    await check.goto("/members");
    await expect(check.getByRole("region", { name: "Thông báo" })).toHaveCount(0);
    await second.goto("/mod/settings");
    await expect(second.getByRole("radio", { name: /^Cần duyệt/ })).toBeChecked();
    await check.context().close();
  } finally {
    await second.goto("/mod/settings");
    await second.getByRole("radio", { name: /^Mở/ }).check();
    await save(second);
  }
});
