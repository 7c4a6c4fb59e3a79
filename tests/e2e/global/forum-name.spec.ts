// Issue 20: the forum's name (Cài đặt → Diễn đàn) is the header's brand and
// ends every page title, and its description is the index's meta
// description — on guests' cached pages (and their fast-path copies) too:
// saving the settings expires them, and saving the old name again expires
// them again. Forum-wide, so in the serial global project; the name and
// description are put back at the end.
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, loggedIn } from "../helpers/accounts";
import { createThread } from "../helpers/forum";

async function saveIdentity(admin: Page, name: string, description: string) {
  await admin.goto("/mod/settings");
  await admin.getByLabel("Tên diễn đàn").fill(name);
  await admin.getByLabel("Mô tả").fill(description);
  await admin.getByRole("button", { name: "Lưu thông tin diễn đàn" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Đã lưu thông tin diễn đàn." })).toBeVisible();
}

const brand = (page: Page) => page.locator(".site-header__logo");

test("a new forum name reaches the header, the titles and the index's description, cached pages included", async ({ browser, playwright, baseURL }) => {
  test.setTimeout(150_000);
  const adminMember = establishedMember("admin");
  const thread = createThread(establishedMember().username);
  const admin = await loggedIn(browser, adminMember);
  const before = { name: await admin.goto("/mod/settings").then(() => admin.getByLabel("Tên diễn đàn").inputValue()), description: await admin.getByLabel("Mô tả").inputValue() };

  // Guests' copies cached before the change, the fast path's included.
  const guest = await (await browser.newContext()).newPage();
  await guest.goto(thread.path);
  await guest.goto("/");
  const api = await playwright.request.newContext({ baseURL });
  for (let i = 0; i < 4; i++) await api.get(thread.path);
  await expect(brand(guest)).toHaveText(before.name);

  const name = `Quán Cà Phê ${Date.now().toString(36)}`;
  const description = `Nơi bàn chuyện công nghệ, ${name}.`;
  let restored = false;
  try {
    await saveIdentity(admin, name, description);
    await guest.goto(thread.path);
    await expect(brand(guest)).toHaveText(name);
    await expect(guest).toHaveTitle(`${thread.title} | ${name}`);
    expect(await (await api.get(thread.path)).text()).toContain(`${thread.title} | ${name}</title>`);
    await guest.goto("/");
    await expect(brand(guest)).toHaveText(name);
    await expect(guest).toHaveTitle(name);
    await expect(guest.locator('meta[name="description"]')).toHaveAttribute("content", description);
    // A member's page and a section with its own title template.
    await admin.goto("/mod/settings");
    await expect(brand(admin)).toHaveText(name);
    await expect(admin).toHaveTitle(new RegExp(`Điều hành \\| ${name}$`));
    // Copies of the renamed pages, the fast path's included, before the change back.
    for (let i = 0; i < 4; i++) await api.get(thread.path);

    // And back: the guest's next request shows the original name again, on
    // every cached page — not the first new name (the defect found in s24).
    await saveIdentity(admin, before.name, before.description);
    restored = true;
    await guest.goto(thread.path);
    await expect(brand(guest)).toHaveText(before.name);
    await expect(guest).toHaveTitle(`${thread.title} | ${before.name}`);
    for (let i = 0; i < 3; i++) expect(await (await api.get(thread.path)).text()).toContain(`${thread.title} | ${before.name}</title>`);
    await guest.goto("/");
    await expect(brand(guest)).toHaveText(before.name);
    await expect(guest.locator('meta[name="description"]')).toHaveAttribute("content", before.description);
  } finally {
    if (!restored) await saveIdentity(admin, before.name, before.description);
    await api.dispose();
  }
});
