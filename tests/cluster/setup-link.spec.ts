// The one-time first-administrator link on the cluster: printed once by
// `npm run cluster` (the instances do not prepare the database, so no
// instance issues a second link that would revoke it), valid on every
// instance, used once whichever instance answers.
import { expect, test } from "@playwright/test";
import { cluster } from "./helpers";

test("the setup link opens on both instances, creates the administrator once through B, then is gone on A and B", async ({ browser }) => {
  const { INSTANCE_URLS: [a, b], setupUrl } = cluster();
  expect(setupUrl, "cluster.json names the setup link of a fresh cluster").toBeTruthy();
  const link = new URL(setupUrl!);
  const setupPath = `${link.pathname}${link.search}`;

  const onA = await browser.newPage();
  const onB = await browser.newPage();
  await onA.goto(`${a}${setupPath}`);
  await expect(onA.getByRole("heading", { level: 1 })).toHaveText("Thiết lập quản trị viên đầu tiên");
  await onB.goto(`${b}${setupPath}`);
  await expect(onB.getByRole("heading", { level: 1 })).toHaveText("Thiết lập quản trị viên đầu tiên");

  const suffix = Date.now().toString(36);
  const fill = async (page: typeof onA, who: string) => {
    const form = page.getByRole("form", { name: "Tạo quản trị viên" });
    await form.getByLabel("Tên hiển thị").fill(`Quản trị ${who} ${suffix}`);
    await form.getByLabel("Tên đăng nhập").fill(`qt_${who}_${suffix}`);
    await form.getByLabel("Email").fill(`qt_${who}_${suffix}@example.test`);
    await form.getByLabel("Mật khẩu").fill("Rừng-thông-xanh-2025");
    return form;
  };
  const formB = await fill(onB, "b");
  await formB.getByRole("button", { name: "Tạo quản trị viên" }).click();
  await expect(onB).toHaveURL(/\/account\?welcome=admin$/);

  // A's form, rendered before B used the link, is refused; nothing is created.
  const formA = await fill(onA, "a");
  await formA.getByRole("button", { name: "Tạo quản trị viên" }).click();
  await expect(onA.getByText(/Đã có quản trị viên|đã được dùng|không còn dùng được/).first()).toBeVisible();
  expect((await onA.goto(`${a}${setupPath}`))?.status()).toBe(404);
  expect((await onB.goto(`${b}${setupPath}`))?.status()).toBe(404);
  await onA.close();
  await onB.close();
});
