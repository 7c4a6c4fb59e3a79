// Posting over a slow connection (issue 12.5): the draft save that the
// composer sent while the member was sending the form arrives after the post.
// The network is slowed in the browser (page.route): draft saves (a server
// action called with a JSON body) by 3 s, form posts (multipart) by 0.3 s, so
// the save lands after the post's commit every time.
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, logIn } from "./helpers/accounts";
import { createThread } from "./helpers/forum";
import { uniqueWord } from "./helpers/forum-db";

async function slowNetwork(page: Page) {
  await page.route("**/*", async (route) => {
    const request = route.request();
    const type = request.headers()["content-type"] ?? "";
    if (request.method() === "POST" && request.headers()["next-action"]) {
      await new Promise((resolve) => setTimeout(resolve, type.startsWith("multipart/") ? 300 : 3_000));
    }
    await route.continue();
  });
}

const draftSaveAnswered = (page: Page) =>
  page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"] && !(r.request().headers()["content-type"] ?? "").startsWith("multipart/"));

test("a reply sent while its draft save is still on the way does not come back as a draft", async ({ page }) => {
  const m = establishedMember();
  const thread = createThread(m.username);
  await logIn(page, m.username);
  await page.goto(thread.path);
  await slowNetwork(page);
  const form = page.locator("#reply-composer");
  const box = form.getByLabel("Nội dung trả lời");
  const text = `Gửi qua mạng chậm ${uniqueWord("cham")}`;
  const saved = draftSaveAnswered(page);
  await box.fill(text);
  await expect(form.getByTestId("draft-status")).toHaveText("Đang lưu nháp…"); // the save is on its way
  await form.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(page.getByTestId("reply-list").getByText(text)).toBeVisible();
  await saved; // the late save has reached the server
  await page.unroute("**/*");
  await page.reload();
  await expect(page.locator("#reply-composer").getByLabel("Nội dung trả lời")).toHaveValue("");
});

test("a new thread created while its draft save is still on the way does not come back as a draft", async ({ page }) => {
  const m = establishedMember();
  await logIn(page, m.username);
  await page.goto("/categories/thao-luan-chung/new");
  await slowNetwork(page);
  const form = page.getByRole("form", { name: "Tạo chủ đề" });
  const title = `Chủ đề gửi chậm ${uniqueWord("cham")}`;
  const saved = draftSaveAnswered(page);
  await form.getByLabel("Tiêu đề").fill(title);
  await form.getByLabel("Nội dung").fill("Nội dung của một chủ đề gửi qua mạng chậm.");
  await expect(form.getByTestId("draft-status")).toHaveText("Đang lưu nháp…");
  await form.getByRole("button", { name: "Tạo chủ đề" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await saved;
  await page.unroute("**/*");
  await page.goto("/categories/thao-luan-chung/new");
  await expect(page.getByRole("form", { name: "Tạo chủ đề" }).getByLabel("Tiêu đề")).toHaveValue("");
});
