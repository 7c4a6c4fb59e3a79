// Issue 17, the services' part: what the server refuses is said in the page's
// language. A reply with nothing in it, sent from /en/threads/…, is answered
// in English (with JavaScript and without: the plain form posts to the
// English page and the server's answer renders there), and a wrong password
// on /en/login gets English words; the same refusals on the Vietnamese pages
// are as they always were. Locators avoid the forms' own labels, which other
// areas are converting at the same time: the field names and the form's
// error slot are the same in both languages.
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, logIn } from "./helpers/accounts";
import { createThread } from "./helpers/forum";

function composer(page: Page) {
  const form = page.locator("#reply-composer");
  return {
    box: form.locator('textarea[name="source"]'),
    send: form.locator('button[type="submit"][name="intent"][value="post"]'),
    error: form.getByTestId("composer-error"),
  };
}

for (const javaScriptEnabled of [true, false]) {
  test(`an empty reply on the English thread page is refused in English (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await logIn(page, m.username);

    await page.goto(`/en${thread.path}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // Spaces only: the browser's `required` lets it through, the server's schema does not.
    await composer(page).box.fill("   ");
    await composer(page).send.click();
    await expect(composer(page).error).toContainText("You have not written anything to post.");
    await expect(composer(page).error).not.toContainText("Bạn chưa viết gì");
    await expect(page).toHaveURL(new RegExp(`/en${thread.path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));

    // The Vietnamese page says it as it always did.
    await page.goto(thread.path);
    await composer(page).box.fill("   ");
    await composer(page).send.click();
    await expect(composer(page).error).toContainText("Bạn chưa viết gì để gửi.");
    await context.close();
  });
}

test("a wrong password on the English login page is refused in English", async ({ page }) => {
  const m = establishedMember();
  await page.goto("/en/login");
  const form = page.locator("form", { has: page.locator('input[name="identifier"]') });
  await form.locator('input[name="identifier"]').fill(m.username);
  await form.locator('input[name="password"]').fill("not-the-password-at-all");
  await form.locator('button[type="submit"]').click();
  await expect(form).toContainText("Incorrect email/username or password.");
  await expect(form).not.toContainText("mật khẩu không đúng");
});
