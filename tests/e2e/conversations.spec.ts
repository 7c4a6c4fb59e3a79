// Private conversations ("Hội thoại"): three members talk in three browsers
// (one without JavaScript), one is invited, one leaves, a message is
// reported and moderators see that message and its neighbours only; a
// fourth member, an administrator and a guest see nothing of it through any
// page, feed, search, sitemap or API; replaying every conversation form as a
// non-participant changes nothing and shows nothing.
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { establishedMember as member, loggedIn, sqlDate, withDb } from "./helpers/accounts";
import { replayForm, serverForm } from "./helpers/forms";
import { png } from "../unit/uploads/image-fixtures";

const word = (prefix: string) => `${prefix}${crypto.randomBytes(4).toString("hex")}`;

function row<T>(sql: string, ...params: unknown[]): T {
  return withDb((db) => db.prepare(sql).get(...params) as T);
}

/** Lets a member write again at once (the reply pace applies to messages too). */
function allowNextMessage(username: string) {
  withDb((db) =>
    db.prepare("UPDATE ConversationMessage SET createdAt = ? WHERE authorId = (SELECT id FROM User WHERE usernameKey = ?)").run(sqlDate(new Date(Date.now() - 3_600_000)), username.toLowerCase()),
  );
}

/** Everything a replayed form could change in a conversation. */
function stateOf(id: number) {
  return row<{ messages: number; locked: number; people: number; reports: number; read: number }>(
    `SELECT (SELECT COUNT(*) FROM ConversationMessage WHERE conversationId = ?) AS messages,
            (SELECT CASE WHEN locked THEN 1 ELSE 0 END FROM Conversation WHERE id = ?) AS locked,
            (SELECT COUNT(*) FROM ConversationParticipant WHERE conversationId = ? AND leftAt IS NULL) AS people,
            (SELECT COUNT(*) FROM ConversationReport r JOIN ConversationMessage m ON m.id = r.messageId WHERE m.conversationId = ?) AS reports,
            (SELECT SUM(lastReadNumber) FROM ConversationParticipant WHERE conversationId = ?) AS "read"`,
    id, id, id, id, id,
  );
}

async function send(page: Page, text: string) {
  await page.locator("#conversation-source").fill(text);
  await page.getByRole("button", { name: "Gửi", exact: true }).click();
  await expect(page.getByTestId("conversation-messages")).toContainText(text);
}

async function startConversation(page: Page, recipients: string, title: string, text: string): Promise<number> {
  await page.goto("/conversations/new");
  await page.getByLabel("Người nhận").fill(recipients);
  await page.getByLabel("Tiêu đề").fill(title);
  await page.locator("#conversation-source").fill(text);
  await page.getByRole("button", { name: "Bắt đầu hội thoại" }).click();
  await page.waitForURL(/\/conversations\/\d+/);
  await expect(page.getByTestId("conversation-messages")).toContainText(text);
  return Number(/\/conversations\/(\d+)/.exec(page.url())![1]);
}

/** Nothing of the conversation anywhere `page` (an outsider) can look. */
async function seesNothing(page: Page, conversationId: number, secrets: string[]) {
  const urls = [
    `/conversations/${conversationId}`,
    `/conversations/${conversationId}/m/1`,
    `/api/conversations/${conversationId}/events`,
    "/conversations",
    "/feed.xml",
    "/sitemap.xml",
    "/api/newest-posts",
    "/",
  ];
  for (const url of urls) {
    const res = await page.request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBeLessThan(500);
    const body = await res.text();
    for (const secret of secrets) expect(body, `${url} shows ${secret}`).not.toContain(secret);
  }
  expect((await page.request.get(`/conversations/${conversationId}`, { maxRedirects: 0 })).status()).not.toBe(200);
  // Search echoes its query, so it is judged by its answer: no result for the
  // conversation's unique word (secrets[0]).
  const found = await page.request.get(`/search?q=${encodeURIComponent(secrets[0])}`);
  expect(await found.text()).toContain("Không tìm thấy kết quả nào");
}

test("three members hold a conversation: start with two, reply without JavaScript, live arrival, invite, leave, report", async ({ browser }) => {
  // Many browsers and steps: a long journey on a shared 2-core machine (not a speed assertion).
  test.setTimeout(240_000);
  const [a, b, c, e] = [member(), member(), member(), member()];
  const title = word("Mua xe ");
  const first = word("bimat");
  const pageA = await loggedIn(browser, a);
  const id = await startConversation(pageA, `${b.username}, ${c.username}`, title, `Xe còn mới ${first}`);
  expect((await pageA.request.get(`/conversations/${id}`)).headers()["cache-control"]).toMatch(/private.*no-store|no-store.*private/);

  // b reads and answers with JavaScript off: plain forms all the way.
  const pageB = await loggedIn(browser, b, false);
  await pageB.goto("/conversations");
  const item = pageB.getByTestId("conversation-list").locator("li", { hasText: title });
  await expect(item).toHaveAttribute("data-unread", "1");
  await expect(pageB.getByTestId("conversations-unread")).toBeVisible();
  await item.getByRole("link", { name: title }).click();
  await expect(pageB.getByTestId("conversation-messages")).toContainText(first);
  await send(pageB, "Tin thứ hai từ b");
  await pageB.goto("/conversations");
  await expect(pageB.getByTestId("conversation-list").locator("li", { hasText: title })).toHaveAttribute("data-unread", "0");

  // c writes with JavaScript on; a, on the page, sees it arrive without reloading.
  await pageA.goto(`/conversations/${id}`);
  const pageC = await loggedIn(browser, c);
  await pageC.goto(`/conversations/${id}`);
  await send(pageC, "Tin thứ ba từ c");
  await expect(pageA.getByTestId("conversation-messages")).toContainText("Tin thứ ba từ c", { timeout: 15_000 });

  const reported = word("chuyenkhoan");
  allowNextMessage(b.username);
  await pageB.goto(`/conversations/${id}`);
  await send(pageB, `Chuyển khoản trước nhé ${reported}`);
  allowNextMessage(a.username);
  await pageA.goto(`/conversations/${id}`);
  await send(pageA, "Tin thứ năm từ a");

  // a (the starter) invites e, who reads the whole conversation.
  await pageA.getByRole("textbox", { name: "Mời thêm thành viên" }).fill(e.username);
  await pageA.getByRole("button", { name: "Mời", exact: true }).click();
  await expect(pageA.getByRole("status").filter({ hasText: "Đã mời 1 thành viên" })).toBeVisible();
  const pageE = await loggedIn(browser, e);
  await pageE.goto(`/conversations/${id}`);
  await expect(pageE.getByTestId("conversation-messages")).toContainText(first);

  // c leaves: no longer reads it.
  await pageC.getByRole("button", { name: "Rời hội thoại" }).click();
  await pageC.waitForURL(/\/conversations\?left=1/);
  expect((await pageC.request.get(`/conversations/${id}`)).status()).toBe(404);

  // a reports b's message #4; a moderator sees #3–#5 only, and the log says so.
  await pageA.goto(`/conversations/${id}`);
  const msg4 = pageA.locator("#m-4");
  await msg4.getByText("Báo cáo", { exact: true }).click();
  await msg4.getByLabel("Spam").check();
  await msg4.getByRole("button", { name: "Gửi báo cáo" }).click();
  await expect(msg4.getByRole("status")).toContainText("Đã gửi báo cáo");

  const mod = member("moderator");
  const modPage = await loggedIn(browser, mod);
  const messageId = row<{ id: number }>("SELECT id FROM ConversationMessage WHERE conversationId = ? AND number = 4", id).id;
  // Before opening the report, the moderator cannot open the conversation itself.
  expect((await modPage.request.get(`/conversations/${id}`)).status()).toBe(404);
  await modPage.goto("/mod/conversation-reports");
  const entry = modPage.getByTestId("conversation-report").filter({ hasText: `#${messageId}` });
  await expect(entry).toContainText("Spam");
  await expect(modPage.locator("main")).not.toContainText(reported);
  await entry.getByRole("link").click();
  await expect(modPage.getByTestId("reported-message")).toContainText(reported);
  await expect(modPage.getByTestId("context-before")).toContainText("Tin thứ ba từ c");
  await expect(modPage.getByTestId("context-after")).toContainText("Tin thứ năm từ a");
  await expect(modPage.locator("main")).not.toContainText(first);
  await expect(modPage.locator("main")).not.toContainText(title);
  expect(row<{ n: number }>("SELECT COUNT(*) AS n FROM ModerationLog WHERE action = 'conversation.report-view' AND targetId = ?", messageId).n).toBeGreaterThan(0);
  await modPage.getByLabel("Ẩn tin nhắn").check();
  await modPage.getByRole("button", { name: "Xử lý" }).click();
  await expect(modPage.getByRole("status")).toContainText("Đã ẩn tin nhắn");
  await pageA.goto(`/conversations/${id}`);
  await expect(pageA.locator("#m-4")).not.toContainText(reported);

  // A fourth member, an administrator and a guest: not a word, anywhere.
  const outsider = await loggedIn(browser, member());
  const admin = await loggedIn(browser, member("admin"));
  const guest = await (await browser.newContext()).newPage();
  for (const page of [outsider, admin, guest]) await seesNothing(page, id, [first, title, "Tin thứ hai từ b"]);
  await modPage.goto("/mod/conversation-reports");
  await expect(modPage.locator("main")).not.toContainText(first);
});

test("a non-participant replaying every conversation form changes nothing and sees nothing", async ({ browser }) => {
  test.setTimeout(180_000);
  const [a, b] = [member(), member()];
  const secret = word("rieng");
  const pageA = await loggedIn(browser, a, false);
  const id = await startConversation(pageA, b.username, word("Hỏi riêng "), `Chuyện riêng ${secret}`);
  const url = `/conversations/${id}`;
  const forms = [
    { ...(await serverForm(pageA, url, 'id="conversation-composer"')), source: "Chen ngang", intent: "post" },
    { ...(await serverForm(pageA, url, 'id="invite-recipients"')), recipients: b.username },
    await serverForm(pageA, url, 'name="locked"'),
    await serverForm(pageA, url, "Đánh dấu chưa đọc"),
    await serverForm(pageA, url, "Rời hội thoại"),
  ];
  const pageB = await loggedIn(browser, b, false);
  forms.push({ ...(await serverForm(pageB, url, 'name="messageId"')), reason: "spam" });
  const before = stateOf(id);
  for (const intruder of [await loggedIn(browser, member(), false), await loggedIn(browser, member("admin"), false)]) {
    for (const fields of forms) {
      const res = await replayForm(intruder, url, fields);
      expect(res.status()).toBeLessThan(500);
      expect(await res.text()).not.toContain(secret);
    }
  }
  const after = stateOf(id);
  expect(after).toEqual(before);
});

test("pictures in a conversation: attached without JavaScript, seen by the other participant, 404 for anyone else", async ({ browser }) => {
  test.setTimeout(180_000);
  const [a, b] = [member(), member()];
  const title = word("Ảnh riêng ");
  const text = word("xem anh ");
  const pageA = await loggedIn(browser, a, false);
  await pageA.goto("/conversations/new");
  await pageA.getByLabel("Người nhận").fill(b.username);
  await pageA.getByLabel("Tiêu đề").fill(title);
  await pageA.locator("#conversation-source").fill(text);
  // A refused file: the text stays, the good picture is held, the refusal names the file.
  await pageA.locator('input[type="file"][name="images"]').setInputFiles([
    { name: "phong-canh.png", mimeType: "image/png", buffer: await png(640, 400) },
    { name: "khong-phai-anh.png", mimeType: "image/png", buffer: Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>") },
  ]);
  await pageA.getByRole("button", { name: "Bắt đầu hội thoại" }).click();
  await expect(pageA.getByTestId("composer-error")).toContainText("Tệp “khong-phai-anh.png” là một trang HTML/văn bản, không phải ảnh");
  await expect(pageA.locator("#conversation-source")).toHaveValue(text);
  await expect(pageA.getByTestId("held-picture")).toContainText("phong-canh.png");
  await pageA.getByRole("button", { name: "Bắt đầu hội thoại" }).click();
  await pageA.waitForURL(/\/conversations\/\d+/);
  const id = Number(/\/conversations\/(\d+)/.exec(pageA.url())![1]);

  const picture = pageA.getByTestId("message-body").locator("a.post-picture img");
  await expect(picture).toHaveAttribute("width", "640");
  await expect(picture).toHaveAttribute("height", "400");
  await expect(picture).toHaveAttribute("loading", "lazy");
  await expect(picture).toHaveAttribute("srcset", /\/conversation-pictures\/\d+\/w320\.webp 320w/);
  const full = (await pageA.getByTestId("message-body").locator("a.post-picture").getAttribute("href"))!;
  expect(full).toMatch(/^\/conversation-pictures\/\d+\/full\.webp$/);
  expect(await pageA.getByTestId("message-body").innerHTML()).not.toContain("/uploads/");

  // b, the other participant (JavaScript on), sees it load; the file is private, never cached.
  const pageB = await loggedIn(browser, b);
  await pageB.goto(`/conversations/${id}`);
  const seen = pageB.getByTestId("message-body").locator("a.post-picture img");
  await seen.scrollIntoViewIfNeeded();
  await expect.poll(() => seen.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
  const res = await pageB.request.get(full);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/webp");
  expect(res.headers()["cache-control"]).toBe("private, no-store");

  // An outsider, an administrator and a guest: 404 for every file of it.
  const outsider = await loggedIn(browser, member());
  const admin = await loggedIn(browser, member("admin"));
  const guest = await (await browser.newContext()).newPage();
  for (const page of [outsider, admin, guest]) {
    for (const url of [full, full.replace("full.webp", "thumb.webp")]) {
      const refused = await page.request.get(url, { maxRedirects: 0 });
      expect(refused.status(), url).toBe(404);
      expect(refused.headers()["cache-control"]).toBe("private, no-store");
    }
  }
});
