// Pictures in posts, as members and guests meet them: attach a phone photo to
// a reply without JavaScript and with it (choose, paste), a refused file keeps
// the typed text and says which file and why, guests see the picture sized and
// lazy with no GPS in the served file, served with immutable caching and
// nosniff, and a video link alone on a line stays a link until clicked.
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, logIn, loggedIn } from "./helpers/accounts";
import { createThread, insertReplies } from "./helpers/forum";
import { replyComposer as composer } from "./helpers/composer";
import { hasGpsIfd, phoneJpeg, png } from "../unit/uploads/image-fixtures";

const lastReply = (page: Page) => page.getByTestId("reply-list").locator("> li").last();

async function expectServedWithoutGps(page: Page, src: string) {
  const response = await page.request.get(src);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/webp");
  expect(response.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  const body = await response.body();
  expect(hasGpsIfd(body)).toBe(false);
  expect(body.includes(Buffer.from("Exif\0\0", "latin1"))).toBe(false);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a member attaches a phone photo to a reply; guests see it sized, lazy, without GPS", async ({ page, browser }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    const c = composer(page);
    await c.box.fill("Ảnh chụp bằng điện thoại, có GPS trong EXIF.");
    await c.files.setInputFiles({ name: "IMG_2041.JPG", mimeType: "image/jpeg", buffer: await phoneJpeg(1600, 1200) });
    await c.send.click();
    const img = lastReply(page).locator("a.post-picture img");
    await expect(img).toHaveAttribute("width", "1200");
    await expect(img).toHaveAttribute("height", "1600");
    await expect(img).toHaveAttribute("loading", "lazy");
    await expect(img).toHaveAttribute("srcset", /320w, .* 640w, .* 960w, .* 1200w$/);

    const guest = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await guest.goto(thread.path);
    const seen = guest.getByTestId("reply-list").locator("a.post-picture img").first();
    await expect(seen).toHaveAttribute("width", "1200");
    await expect(seen).toHaveAttribute("alt", "Ảnh đính kèm 1");
    const full = await guest.getByTestId("reply-list").locator("a.post-picture").first().getAttribute("href");
    for (const src of [(await seen.getAttribute("src"))!, full!]) await expectServedWithoutGps(guest, src);
  });

  test("a renamed HTML file is refused by name, and the typed text and the good picture are kept", async ({ page }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    const c = composer(page);
    const typed = "Đoạn văn dài mình đã gõ cẩn thận, không được mất.";
    await c.box.fill(typed);
    await c.files.setInputFiles([
      { name: "so-do.png", mimeType: "image/png", buffer: await png(640, 400) },
      { name: "anh-dep.png", mimeType: "image/png", buffer: Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>") },
    ]);
    await c.send.click();
    await expect(c.error).toContainText("Tệp “anh-dep.png” là một trang HTML/văn bản, không phải ảnh");
    await expect(c.box).toHaveValue(typed);
    const held = c.form.getByTestId("held-picture");
    await expect(held).toHaveCount(1);
    await expect(held).toContainText("so-do.png");
    // Sent again as it is: posted with the picture it kept.
    await c.send.click();
    await expect(lastReply(page)).toContainText(typed);
    await expect(lastReply(page).locator("a.post-picture img")).toHaveAttribute("width", "640");
  });

  test("a video link alone on a line is a plain link: nothing is requested from the provider", async ({ page }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    // Links are for members past their first posts (the link rule, lib/spam).
    insertReplies(thread.id, m.username, 3);
    const requested: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("http://127.0.0.1")) requested.push(r.url());
    });
    const c = composer(page);
    await c.box.fill("Xem video này:\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ");
    await c.send.click();
    const embed = lastReply(page).locator(".embed");
    await expect(embed.getByRole("link", { name: /Phát video YouTube/ })).toHaveAttribute("href", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    expect(requested).toEqual([]);
  });
});

test.describe("moderation and avatars, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a moderator removes one picture: the reason shows in its place and its file is gone", async ({ page, browser }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    const c = composer(page);
    await c.box.fill("Hai ảnh, một ảnh sẽ bị gỡ.");
    await c.files.setInputFiles([
      { name: "mot.png", mimeType: "image/png", buffer: await png(500, 300) },
      { name: "hai.png", mimeType: "image/png", buffer: await png(520, 300) },
    ]);
    await c.send.click();
    const pictures = lastReply(page).locator("a.post-picture img");
    await expect(pictures).toHaveCount(2);
    const removedSrc = (await lastReply(page).locator("a.post-picture").first().getAttribute("href"))!;

    const mod = await loggedIn(browser, establishedMember("moderator"), false);
    await mod.goto(thread.path);
    const reply = mod.getByTestId("reply-list").locator("> li").last();
    await reply.getByText("Điều hành", { exact: true }).click();
    const form = reply.getByRole("form", { name: "Gỡ ảnh 1" });
    await form.getByLabel("Lý do gỡ ảnh (người đọc sẽ thấy)").fill("Ảnh có thông tin cá nhân");
    await form.getByRole("button", { name: "Gỡ ảnh" }).click();

    const guest = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await guest.goto(thread.path);
    const seen = guest.getByTestId("reply-list").locator("> li").last();
    await expect(seen).toContainText("Ảnh đã bị điều hành viên gỡ: Ảnh có thông tin cá nhân");
    await expect(seen.locator("a.post-picture img")).toHaveCount(1);
    expect((await guest.request.get(removedSrc)).status()).toBe(404);
  });

  test("a member uploads an avatar; it is square, with sizes for every screen; removing brings back the initials", async ({ page }) => {
    const m = establishedMember();
    await logIn(page, m.username);
    await page.goto("/account");
    const form = page.getByRole("form", { name: "Ảnh đại diện" });
    await form.getByLabel("Chọn ảnh (JPEG, PNG, WebP, GIF, AVIF)").setInputFiles({ name: "toi.jpg", mimeType: "image/jpeg", buffer: await phoneJpeg(900, 600) });
    await form.getByRole("button", { name: "Lưu ảnh" }).click();
    await expect(page.getByRole("status")).toContainText("Đã đổi ảnh đại diện.");
    const img = page.getByRole("form", { name: "Ảnh đại diện" }).locator("img.avatar");
    await expect(img).toHaveAttribute("srcset", /a48\.webp 48w, .*a96\.webp 96w, .*a192\.webp 192w$/);
    await expectServedWithoutGps(page, (await img.getAttribute("src"))!);
    await page.getByRole("form", { name: "Ảnh đại diện" }).getByRole("button", { name: "Xóa ảnh" }).click();
    await expect(page.getByRole("status")).toContainText("Đã xóa ảnh đại diện");
    await expect(page.getByRole("form", { name: "Ảnh đại diện" }).locator(".avatar--initials")).toBeVisible();
  });
});

test.describe("with JavaScript", () => {
  test("choose a picture: it uploads with progress, shows a thumbnail, is inserted at the cursor and posted in place", async ({ page }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    const c = composer(page);
    await c.box.fill("Trước ảnh\n\nSau ảnh");
    await c.files.setInputFiles({ name: "man-hinh.png", mimeType: "image/png", buffer: await png(900, 500) });
    const held = c.form.getByTestId("held-picture");
    await expect(held).toHaveCount(1);
    await expect(held.locator("img")).toHaveAttribute("src", /\/uploads\/[a-f0-9]{64}\/thumb\.webp$/);
    await held.getByPlaceholder("Mô tả ảnh (cho người không xem được ảnh)").fill("Ảnh màn hình lỗi");
    // The cursor after "Trước ảnh\n\n".
    await c.box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(11, 11));
    await held.getByRole("button", { name: "Chèn vào bài" }).click();
    await expect(c.box).toHaveValue(/^Trước ảnh\n\n!\[Ảnh màn hình lỗi\]\(upload:\d+\)Sau ảnh$/);
    await c.send.click();
    const img = lastReply(page).locator("a.post-picture img");
    await expect(img).toHaveAttribute("alt", "Ảnh màn hình lỗi");
    await expect(img).toHaveAttribute("width", "900");
    await expect(lastReply(page).locator(".post-gallery")).toHaveCount(0);

    // The lightbox: opens on click, Escape closes it and focus returns to the picture.
    await lastReply(page).locator("a.post-picture").click();
    const dialog = page.getByRole("dialog", { name: "Xem ảnh" });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator("img")).toHaveAttribute("alt", "Ảnh màn hình lỗi");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(lastReply(page).locator("a.post-picture")).toBeFocused();
  });

  test("paste a picture into the text box: it is uploaded and posted with the reply", async ({ page }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    const c = composer(page);
    await c.box.fill("Dán ảnh chụp màn hình");
    const bytes = [...(await png(320, 240))];
    await c.box.evaluate((el, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], "clipboard.png", { type: "image/png" }));
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await expect(c.form.getByTestId("held-picture")).toHaveCount(1);
    await c.send.click();
    await expect(lastReply(page).locator(".post-gallery a.post-picture img")).toHaveAttribute("width", "320");
  });

  test("a refused file names itself and why; the text stays", async ({ page }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    const c = composer(page);
    await c.box.fill("Văn bản giữ nguyên");
    await c.files.setInputFiles({ name: "logo.svg.png", mimeType: "image/png", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') });
    await expect(c.form.getByRole("alert")).toContainText("Tệp “logo.svg.png” là ảnh SVG");
    await expect(c.box).toHaveValue("Văn bản giữ nguyên");
    await expect(c.form.getByTestId("held-picture")).toHaveCount(0);
  });

  test("a video placeholder loads the player only when clicked", async ({ page }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    insertReplies(thread.id, m.username, 3);
    const requested: string[] = [];
    // The provider is unreachable here: requests are recorded and answered empty.
    await page.route(/youtube-nocookie\.com/, (route) => {
      requested.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/html", body: "<p>player</p>" });
    });
    const c = composer(page);
    await c.box.fill("https://youtu.be/dQw4w9WgXcQ");
    await c.send.click();
    const embed = lastReply(page).locator(".embed");
    await expect(embed).toBeVisible();
    expect(requested).toEqual([]);
    await embed.getByRole("link", { name: /Phát video YouTube/ }).click();
    await expect(embed.locator("iframe")).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
    await expect.poll(() => requested.length).toBeGreaterThan(0);
  });
});

test.describe("previewing without JavaScript keeps the chosen files", () => {
  test.use({ javaScriptEnabled: false });

  test("a member chooses a picture, previews, then posts: the picture is in the post", async ({ page }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await logIn(page, m.username);
    await page.goto(thread.path);
    const c = composer(page);
    const typed = "Xem trước trước khi gửi, ảnh không được mất.";
    await c.box.fill(typed);
    await c.files.setInputFiles({ name: "xem-truoc.png", mimeType: "image/png", buffer: await png(620, 410) });
    await c.form.getByRole("button", { name: "Xem trước" }).click();
    await expect(c.form.getByRole("region", { name: "Xem trước" })).toContainText(typed);
    // Stored by the preview: held by the form, as after a refusal.
    const held = c.form.getByTestId("held-picture");
    await expect(held).toHaveCount(1);
    await expect(held).toContainText("xem-truoc.png");
    await expect(c.box).toHaveValue(typed);
    await c.send.click();
    await expect(lastReply(page)).toContainText(typed);
    await expect(lastReply(page).locator("a.post-picture img")).toHaveAttribute("width", "620");
  });
});

test.describe("the article publish forms take the article's images, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  const scraped = (title: string) =>
    [
      title,
      "",
      "Phạm Ảnh Thử",
      "Phạm Ảnh Thử",
      "Phản hồi: 3",
      "",
      "Phạm Ảnh Thử",
      "",
      "Phóng viên",
      "Đoạn dẫn của bài viết có ảnh này đủ dài để là một đoạn văn dẫn vào thân bài.",
      "",
      "1753436238703.png",
      "",
      "Thân bài của bài viết có ảnh, một đoạn văn dài hơn tiêu đề rất nhiều để trình phân tích nhận ra.",
      "",
      "Đoạn thứ hai của thân bài, cũng khá dài, nói về điều mà bức ảnh phía trên cho thấy.",
    ].join("\n");

  test("the pasted page: the named file is shown in place, the unnamed one is reported by name, a non-image is refused by name with the text kept", async ({ browser }) => {
    const page = await loggedIn(browser, establishedMember("admin"), false);
    const title = `Bài viết có ảnh đính kèm ${Date.now()}`;
    const text = scraped(title);
    await page.goto("/mod/articles");
    // Refused first: an HTML page under the picture's name. Nothing published, the page kept.
    await page.getByLabel("Nội dung trang").fill(text);
    await page.getByLabel("Ảnh của bài viết").setInputFiles({ name: "1753436238703.png", mimeType: "image/png", buffer: Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>") });
    await page.getByRole("button", { name: "Đăng", exact: true }).click();
    const form = page.getByRole("form", { name: "Đăng bài viết" });
    await expect(form.getByRole("alert")).toContainText("Tệp “1753436238703.png” là một trang HTML/văn bản, không phải ảnh");
    await expect(page.getByLabel("Nội dung trang")).toHaveValue(text);

    await page.getByLabel("Ảnh của bài viết").setInputFiles([
      { name: "1753436238703.png", mimeType: "image/png", buffer: await png(900, 500) },
      { name: "anh-thua.png", mimeType: "image/png", buffer: await png(200, 100) },
    ]);
    await page.getByRole("button", { name: "Đăng", exact: true }).click();
    await expect(form.getByRole("status")).toContainText("không khớp với ảnh nào trong bài nên không được dùng: “anh-thua.png”");
    await page.getByTestId("published-article").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const figure = page.locator('figure.attachment[data-filename="1753436238703.png"]');
    await expect(figure.locator("a.post-picture img")).toHaveAttribute("width", "900");
    await expect(figure.locator("a.post-picture img")).toHaveAttribute("height", "500");
    await expect(page.locator(".attachment--missing")).toHaveCount(0);
  });

  test("by fields: a body line naming the file is the picture, in place", async ({ browser }) => {
    const page = await loggedIn(browser, establishedMember("admin"), false);
    const title = `Bài nhập tay có sơ đồ ${Date.now()}`;
    await page.goto("/mod/articles/fields");
    await page.locator("#article-title").fill(title);
    await page.locator("#article-author").fill("Người Vẽ Sơ Đồ");
    await page.locator("#article-body").fill("Đoạn trước sơ đồ.\nso-do.png\nĐoạn sau sơ đồ.");
    await page.getByLabel("Ảnh của bài viết").setInputFiles({ name: "so-do.png", mimeType: "image/png", buffer: await png(640, 400) });
    await page.getByRole("button", { name: "Đăng", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const body = page.locator(".article__body").first();
    await expect(body.locator('figure[data-filename="so-do.png"] a.post-picture img')).toHaveAttribute("width", "640");
    const html = await body.innerHTML();
    expect(html.indexOf("so-do.png")).toBeGreaterThan(html.indexOf("Đoạn trước sơ đồ."));
    expect(html.indexOf("so-do.png")).toBeLessThan(html.indexOf("Đoạn sau sơ đồ."));
  });

  test("a moderator cannot publish with images: the form is not theirs", async ({ browser }) => {
    const page = await loggedIn(browser, establishedMember("moderator"), false);
    expect((await page.goto("/mod/articles"))?.status()).toBe(404);
    expect((await page.goto("/mod/articles/fields"))?.status()).toBe(404);
  });
});
