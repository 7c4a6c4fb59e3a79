// The word filter is forum-wide (and needs an administrator, which the
// first-administrator setup journey must not see early), so it runs in the
// settings project after every other journey.
import { expect, test } from "@playwright/test";
import { establishedMember as member, loggedIn } from "../helpers/accounts";
import { createThread, threadCounts } from "../helpers/forum";

test("word filter: refuse and hold for approval, with and without diacritics", async ({ browser }) => {
  const admin = member("admin");
  const suffix = Math.random().toString(36).slice(2, 7);
  const refused = `lừa đảo ${suffix}`;
  const held = `kiếm tiền ${suffix}`;
  const adminPage = await loggedIn(browser, admin);
  for (const [phrase, action] of [[refused, "Từ chối bài viết"], [held, "Đưa vào hàng chờ duyệt"]] as const) {
    await adminPage.goto("/mod/word-filter");
    await adminPage.getByLabel("Từ hoặc cụm từ").fill(phrase);
    await adminPage.getByLabel(action).check();
    await adminPage.getByRole("button", { name: "Thêm" }).click();
    await expect(adminPage.getByTestId("word-filters")).toContainText(phrase);
  }

  const writer = member();
  const thread = createThread(writer.username);
  const page = await loggedIn(browser, writer);
  await page.goto(thread.path);
  const box = page.locator("#reply-composer").getByLabel("Nội dung trả lời");
  await box.fill(`Trang này LUA DAO ${suffix.toUpperCase()} đấy`);
  await page.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(page.getByTestId("composer-error")).toContainText(`không được phép: “${refused}”`);
  await expect(box).toHaveValue(`Trang này LUA DAO ${suffix.toUpperCase()} đấy`);

  await box.fill(`Hướng dẫn kiem tien ${suffix} tại nhà`);
  await page.getByRole("button", { name: "Gửi trả lời" }).click();
  const mine = page.getByTestId("reply-list").locator("> li").first();
  await expect(mine).toContainText("Đang chờ duyệt");
  const guest = await browser.newPage();
  await guest.goto(thread.path);
  await expect(guest.getByText(`Hướng dẫn kiem tien ${suffix}`)).toHaveCount(0);
  expect(threadCounts(thread.id).replyCount).toBe(0);
});

