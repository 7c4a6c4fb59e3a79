// Throwaway (not committed): screenshots of the English refusals at 390 and 1280 px, light and dark.
import { test } from "@playwright/test";
import { establishedMember, logIn } from "./helpers/accounts";
import { createThread } from "./helpers/forum";

for (const width of [390, 1280]) {
  for (const scheme of ["light", "dark"] as const) {
    test(`shots ${width} ${scheme}`, async ({ browser }) => {
      const m = establishedMember();
      const thread = createThread(m.username);
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      await logIn(page, m.username);
      await page.goto(`/en${thread.path}`);
      const form = page.locator("#reply-composer");
      await form.locator('textarea[name="source"]').fill("   ");
      await form.locator('button[type="submit"][name="intent"][value="post"]').click();
      await form.getByTestId("composer-error").waitFor();
      await form.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/shots/reply-${width}-${scheme}.png` });
      const login = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const p2 = await login.newPage();
      await p2.goto("/en/login");
      const f = p2.locator("form", { has: p2.locator('input[name="identifier"]') });
      await f.locator('input[name="identifier"]').fill(m.username);
      await f.locator('input[name="password"]').fill("not-the-password-at-all");
      await f.locator('button[type="submit"]').click();
      await p2.getByText("Incorrect email/username or password.").waitFor();
      await p2.screenshot({ path: `/tmp/shots/login-${width}-${scheme}.png` });
      await context.close();
      await login.close();
    });
  }
}
