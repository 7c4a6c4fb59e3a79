// Member cards, the post author block, /members, and moderation that explains
// itself (reasons, confirmations, the log in words, preset suspensions) — with
// JavaScript on and off, as guest, member and moderator.
import { expect, test } from "@playwright/test";
import { loggedIn, establishedMember as member, withDb } from "./helpers/accounts";
import { createThread, insertReplies } from "./helpers/forum";

function setPostCount(username: string, postCount: number, reactionsReceived = 0): void {
  withDb((db) => db.prepare("UPDATE User SET postCount = ?, reactionsReceived = ? WHERE usernameKey = ?").run(postCount, reactionsReceived, username.toLowerCase()));
}

test.describe("the post author block and member card", () => {
  test("a guest sees the author's facts; with JavaScript the name opens the card, Escape closes it", async ({ page }) => {
    const author = member();
    const thread = createThread(author.username);
    const [postId] = insertReplies(thread.id, author.username, 1);
    setPostCount(author.username, 1234, 56);
    await page.goto(thread.path);
    const block = page.locator(`#post-${postId} .author-block`);
    await expect(block.locator(".author-block__facts")).toContainText("Bài viết");
    await expect(block.locator(".author-block__facts")).toContainText("1.234");
    await expect(block.locator(".author-block__facts")).toContainText("56");
    // The card is built in the browser from the block: the server's HTML has no hidden copy of it.
    const html = await (await page.request.get(thread.path)).text();
    expect(html).toContain(`data-author-card="author-card-${postId}"`);
    expect(html).not.toContain("member-popup");
    const card = page.locator(`#author-card-${postId}`);
    await expect(card).toBeHidden();
    const name = block.getByRole("link", { name: author.displayName }).first();
    await name.click();
    await expect(card).toBeVisible();
    await expect(page.getByRole("dialog", { name: `Thẻ thành viên ${author.displayName}` })).toBeVisible();
    await expect(name).toHaveAttribute("aria-expanded", "true");
    // The same facts as the block, the avatar, and the profile link, focused.
    await expect(card.locator(".member-popup__facts")).toBeVisible();
    await expect(card.locator(".member-popup__facts")).toContainText("1.234");
    await expect(card.locator(".member-popup__facts")).toContainText("56");
    await expect(card.locator(".avatar--l")).toHaveAttribute("aria-label", author.displayName);
    await expect(card.getByRole("link", { name: author.displayName })).toBeFocused();
    await expect(card.getByRole("link", { name: "Xem trang cá nhân" })).toHaveAttribute("href", `/members/${author.username}`);
    // Guests (and members) get no moderation shortcuts.
    await expect(card.getByRole("link", { name: "Công cụ điều hành" })).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
    await expect(name).toBeFocused();
    await expect(page).toHaveURL(new RegExp(thread.path));
    // Opened again it is the same card (built once); a click elsewhere closes it.
    await name.click();
    await expect(card).toBeVisible();
    await expect(page.locator(".member-popup")).toHaveCount(1);
    await page.locator("h1").first().click();
    await expect(card).toBeHidden();
  });

  test("in English, the card is named and labelled in English and links to the English profile", async ({ page }) => {
    const author = member();
    const thread = createThread(author.username);
    const [postId] = insertReplies(thread.id, author.username, 1);
    await page.goto(`/en${thread.path}`);
    await page.locator(`#post-${postId} .author-block`).getByRole("link", { name: author.displayName }).first().click();
    const card = page.getByRole("dialog", { name: `Member card of ${author.displayName}` });
    await expect(card).toBeVisible();
    await expect(card.getByRole("link", { name: "View profile" })).toHaveAttribute("href", `/en/members/${author.username}`);
  });

  test("a moderator's card has the moderation shortcuts", async ({ browser }) => {
    const author = member();
    const mod = member("moderator");
    const thread = createThread(author.username);
    const [postId] = insertReplies(thread.id, author.username, 1);
    const page = await loggedIn(browser, mod);
    await page.goto(thread.path);
    await page.locator(`#post-${postId} .author-block`).getByRole("link", { name: author.displayName }).first().click();
    const card = page.locator(`#author-card-${postId}`);
    await expect(card.getByRole("link", { name: "Đình chỉ / cấm" })).toBeVisible();
    await expect(card.getByRole("link", { name: "Đình chỉ / cấm" })).toHaveAttribute("href", `/members/${author.username}#sanction`);
    await expect(card.getByRole("link", { name: "Công cụ điều hành" })).toHaveAttribute("href", `/mod/members/${author.username}`);
    // The block's own copy of the shortcuts stays hidden; a member's page has none.
    await expect(page.locator(`#post-${postId} .author-block__card-links`)).toBeHidden();
    const memberPage = await loggedIn(browser, member());
    await memberPage.goto(thread.path);
    await expect(memberPage.locator(`#post-${postId} .author-block__card-links`)).toHaveCount(0);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the author's name is a link to the profile", async ({ page }) => {
      const author = member();
      const thread = createThread(author.username);
      const [postId] = insertReplies(thread.id, author.username, 1);
      await page.goto(thread.path);
      await page.locator(`#post-${postId} .author-block`).getByRole("link", { name: author.displayName }).first().click();
      await expect(page).toHaveURL(new RegExp(`/members/${author.username}$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(author.displayName);
      await expect(page.getByTestId("reactions-received")).toHaveText("0");
    });
  });
});

test.describe("/members", () => {
  test("search by name, most posts, and the staff list (without JavaScript)", async ({ browser }) => {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    const busy = member();
    const quiet = member();
    const mod = member("moderator");
    setPostCount(busy.username, 500_000);
    await page.goto("/members");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thành viên");
    await page.getByLabel("Tìm thành viên theo tên").fill(quiet.username);
    await page.getByRole("button", { name: "Tìm", exact: true }).last().click();
    await expect(page.getByTestId("member-list").getByRole("link", { name: quiet.displayName })).toBeVisible();
    await expect(page.getByTestId("member-list").locator("li")).toHaveCount(1);
    await page.goto("/members?list=posts");
    await expect(page.getByRole("link", { name: "Nhiều bài viết nhất" })).toHaveAttribute("aria-current", "page");
    await expect(page.getByTestId("member-list").locator("li").first()).toContainText(busy.displayName);
    await page.getByRole("link", { name: "Ban điều hành" }).click();
    await page.getByLabel("Tìm thành viên theo tên").fill(mod.username);
    await page.getByRole("button", { name: "Tìm", exact: true }).last().click();
    await expect(page).toHaveURL(/list=staff/);
    await expect(page.getByTestId("member-list")).toContainText("Điều hành viên");
    await page.goto(`/members?q=${quiet.username}-khong-co&list=staff`);
    await expect(page.getByText("Không tìm thấy thành viên nào")).toBeVisible();
    // Nonsense in the query string still answers with a list.
    const odd = await page.goto("/members?list=%3Cx%3E&page=-3");
    expect(odd?.status()).toBe(200);
  });
});

test.describe("moderation that explains itself", () => {
  test("lock with a reason confirms on the thread; the log shows the title, a move both categories", async ({ browser }) => {
    const author = member();
    const mod = member("moderator");
    const thread = createThread(author.username);
    const page = await loggedIn(browser, mod);
    await page.goto(thread.path);
    await page.getByText("Công cụ chủ đề").click();
    const tools = page.getByTestId("thread-tools");
    await tools.getByLabel("Lý do (không bắt buộc, ghi vào nhật ký)").first().fill("Tranh cãi quá đà");
    await tools.getByRole("button", { name: "Khóa chủ đề" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã khóa chủ đề." })).toBeVisible();
    await expect(page.locator(".thread-locked")).toBeVisible();

    await page.getByText("Công cụ chủ đề").click();
    const select = tools.getByLabel("Chuyển sang chuyên mục");
    const target = await select.locator("option:not([selected])").first();
    const targetName = (await target.textContent())!.trim();
    await select.selectOption({ label: targetName });
    await tools.getByRole("button", { name: "Chuyển" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã chuyển chủ đề" })).toBeVisible();

    await page.goto(`/mod/log?member=${author.username}`);
    const lock = page.locator('tr[data-action="thread.lock"]');
    await expect(lock).toContainText(`“${thread.title}”`);
    await expect(lock).toContainText("Tranh cãi quá đà");
    await expect(lock).not.toContainText("chủ đề #");
    await expect(page.locator('tr[data-action="thread.move"]')).toContainText(`sang “${targetName}”`);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("a preset suspension from the post's menu, confirmed on the thread and shown to staff on the profile", async ({ browser, page }) => {
      const author = member();
      const mod = member("moderator");
      const bystander = member();
      const thread = createThread(author.username);
      const [postId] = insertReplies(thread.id, author.username, 1);
      const modPage = await loggedIn(browser, mod, false);
      await modPage.goto(thread.path);
      const post = modPage.locator(`#post-${postId}`);
      await post.getByText("Điều hành", { exact: true }).click();
      await post.getByText("Đình chỉ tác giả").click();
      await post.getByLabel("3 ngày").check();
      await post.getByLabel("Lý do (thành viên sẽ thấy)").fill("Spam liên tục");
      await post.getByRole("button", { name: "Đình chỉ" }).click();
      await expect(modPage.getByRole("status").filter({ hasText: "Đã tạm khóa thành viên." })).toBeVisible();
      await expect(modPage).toHaveURL(new RegExp(`#post-${postId}$`));

      await modPage.goto(`/members/${author.username}`);
      await expect(modPage.getByTestId("profile-sanction")).toContainText("Đang bị đình chỉ đến");
      await expect(modPage.getByTestId("profile-sanction")).toContainText("Spam liên tục");
      // A member (and a guest) sees nothing of it.
      const memberPage = await loggedIn(browser, bystander, false);
      await memberPage.goto(`/members/${author.username}`);
      await expect(memberPage.getByRole("heading", { level: 1 })).toContainText(author.displayName);
      await expect(memberPage.getByTestId("profile-sanction")).toHaveCount(0);
      await page.goto(`/members/${author.username}`);
      await expect(page.getByText("Hình phạt")).toHaveCount(0);
    });

    test("a preset suspension from the profile; a moderator cannot suspend an administrator", async ({ browser }) => {
      const target = member();
      const mod = member("moderator");
      const admin = member("admin");
      const modPage = await loggedIn(browser, mod, false);
      await modPage.goto(`/members/${admin.username}`);
      await expect(modPage.getByRole("button", { name: "Đình chỉ" })).toHaveCount(0);
      await modPage.goto(`/members/${target.username}`);
      await modPage.getByLabel("Vĩnh viễn").check();
      await modPage.getByLabel("Lý do (thành viên sẽ thấy)").fill("Lừa đảo");
      await modPage.getByRole("button", { name: "Đình chỉ" }).click();
      await expect(modPage.getByRole("status").filter({ hasText: "Đã cấm thành viên." })).toBeVisible();
      await expect(modPage.getByTestId("profile-sanction")).toContainText("Đang bị cấm");
    });
  });
});
