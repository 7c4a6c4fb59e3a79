// The approval queue changes a forum-wide setting, so it runs in its own
// Playwright project after every other journey (see playwright.config.ts).
import { expect, test } from "@playwright/test";
import { backdateMember, createMember, logIn } from "../helpers/accounts";
import { createThread, threadCounts } from "../helpers/forum";

test("new members' first replies wait for approval; a moderator approves them in bulk", async ({ browser }) => {
  const admin = createMember("admin", "adm");
  const adminPage = await browser.newPage();
  await logIn(adminPage, admin.username);
  await adminPage.goto("/mod/settings");
  await adminPage.getByLabel("Duyệt trước N trả lời đầu tiên của thành viên mới").fill("1");
  await adminPage.getByRole("button", { name: "Lưu cài đặt" }).click();
  await expect(adminPage.getByRole("status")).toContainText("Đã lưu cài đặt");

  try {
    const thread = createThread(admin.username);
    const texts: string[] = [];
    for (const n of [1, 2]) {
      const newcomer = createMember("member", "moi");
      backdateMember(newcomer.username);
      const context = await browser.newContext();
      const page = await context.newPage();
      await logIn(page, newcomer.username);
      await page.goto(thread.path);
      const text = `Lần đầu tham gia diễn đàn, thành viên ${n}.`;
      texts.push(text);
      await page.locator("#reply-composer").getByLabel("Nội dung trả lời").fill(text);
      await page.getByRole("button", { name: "Gửi trả lời" }).click();
      const mine = page.getByTestId("reply-list").locator("> li").filter({ hasText: text });
      await expect(mine).toContainText("Đang chờ duyệt");
      await context.close();
    }
    const guest = await browser.newPage();
    await guest.goto(thread.path);
    await expect(guest.getByText("Lần đầu tham gia diễn đàn")).toHaveCount(0);
    expect(threadCounts(thread.id).replyCount).toBe(0);

    await adminPage.goto("/mod/queue");
    for (const text of texts) {
      await adminPage.locator(".mod-list__item").filter({ hasText: text }).getByRole("checkbox").check();
    }
    await adminPage.getByRole("button", { name: "Duyệt bài đã chọn" }).click();
    await expect(adminPage.getByRole("status")).toContainText("Đã duyệt các bài viết đã chọn.");

    await guest.reload();
    for (const text of texts) await expect(guest.getByTestId("reply-list").getByText(text)).toBeVisible();
    await expect(guest.getByTestId("reply-count")).toHaveText("Phản hồi: 2");

    await adminPage.goto("/mod/log?action=post.approve");
    await expect(adminPage.getByTestId("mod-log").locator("tbody tr")).toHaveCount(2);
  } finally {
    await adminPage.goto("/mod/settings");
    await adminPage.getByLabel("Duyệt trước N trả lời đầu tiên của thành viên mới").fill("0");
    await adminPage.getByRole("button", { name: "Lưu cài đặt" }).click();
  }
});
