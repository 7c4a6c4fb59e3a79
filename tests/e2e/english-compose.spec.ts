// English beside Vietnamese (issue 17), the members' parts of the thread
// page: at /en/… the reply box, its toolbar and live preview, the actions
// under each reply (reactions, quote, multi-quote, bookmark, ignore, edit,
// delete, report), the thread's watch button, the new-thread form and the
// post pages (edit, history, report, delete, permalink) speak English, and
// none of their Vietnamese words is left. Member content (titles, posts,
// names, category names) stays as written. Each check is scoped to the
// parts this area renders: the sidebar shows other journeys' posts.
import { expect, test, type Locator } from "@playwright/test";
import { establishedMember, loggedIn } from "./helpers/accounts";
import { createThread, insertReplies } from "./helpers/forum";

/** Vietnamese words of the composer, the reply actions and the post pages: none may remain at /en. */
const VIETNAMESE_UI = [
  "Trả lời",
  "Gửi trả lời",
  "Xem trước",
  "Định dạng",
  "Chèn ảnh",
  "Ảnh đính kèm",
  "Chọn ảnh",
  "Tối đa",
  "ký tự",
  "Thích",
  "Trích dẫn",
  "Đánh dấu",
  "Bỏ qua",
  "Theo dõi",
  "Sửa",
  "Xóa",
  "Báo cáo",
  "phút để sửa",
  "Tạo chủ đề",
  "Chuyên mục",
  "Tiêu đề",
  "Nội dung",
  "Lịch sử chỉnh sửa",
  "Quay lại bài viết",
  "Lý do",
  "Hủy",
];

/** The text of every element `scope` matches (once the assertions before it found them) holds none of VIETNAMESE_UI. */
async function expectNoVietnameseUi(scope: Locator) {
  await expect(scope.first()).toBeAttached();
  const text = (await scope.allTextContents()).join("\n");
  for (const words of VIETNAMESE_UI) expect(text, words).not.toContain(words);
}

test("a member's thread page in English: composer, toolbar, live preview, reply actions, watch", async ({ browser }) => {
  // Two logins, a live preview and several forms: 29 s alone, over 60 s beside other suites on 2 cores.
  test.setTimeout(150_000);
  const me = establishedMember();
  const other = establishedMember();
  const thread = createThread(other.username, `Chủ đề song ngữ ${Date.now()}`);
  const [theirs] = insertReplies(thread.id, other.username, 1, () => "Ý kiến của người khác.");
  const [mine] = insertReplies(thread.id, me.username, 1, () => "Ý kiến của tôi.");
  const page = await loggedIn(browser, me);

  await page.goto(`/en${thread.path}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(thread.title);

  // The reply box.
  const composer = page.locator("#reply-composer");
  await expect(composer.getByRole("heading", { name: "Reply" })).toBeVisible();
  const box = composer.getByLabel("Your reply");
  await expect(box).toHaveAttribute("placeholder", /^Write your reply… \(Markdown:/);
  await expect(composer.getByRole("button", { name: "Post reply" })).toBeVisible();
  await expect(composer.getByRole("button", { name: "Preview", exact: true })).toBeVisible();
  const toolbar = composer.getByRole("toolbar", { name: "Formatting" });
  await expect(toolbar.getByRole("button", { name: "Bold" })).toBeVisible();
  await expect(toolbar.getByRole("button", { name: "Insert image" })).toBeVisible();
  await expect(composer.getByText(/^Up to 20,000 characters\. No HTML\.$/)).toBeVisible();
  // The toolbar inserts its English sample; the live preview renders it.
  await toolbar.getByRole("button", { name: "Bold" }).click();
  await expect(box).toHaveValue("**bold text**");
  await composer.getByRole("checkbox", { name: "Live preview" }).check();
  await expect(composer.getByTestId("live-preview-body").locator("strong")).toHaveText("bold text");
  await expect(composer.getByTestId("draft-status")).toHaveText("Draft saved");
  await expectNoVietnameseUi(composer);

  // The actions under another member's reply.
  const theirReply = page.locator(`#post-${theirs}`);
  await expect(theirReply.getByRole("button", { name: "Like", exact: true })).toBeVisible();
  await expect(theirReply.getByLabel("More reactions")).toBeVisible();
  await expect(theirReply.getByRole("link", { name: "Quote", exact: true })).toBeVisible();
  await expect(theirReply.getByRole("button", { name: `Add ${other.displayName}'s post to the multi-quote` })).toHaveText("+ Quote");
  await expect(theirReply.getByText("Bookmark", { exact: true })).toBeVisible();
  await expect(theirReply.getByRole("button", { name: "Ignore", exact: true })).toBeVisible();
  await expect(theirReply.getByRole("link", { name: "Report" })).toHaveAttribute("href", `/en/posts/${theirs}/report`);
  await expectNoVietnameseUi(theirReply.locator(".reply__actions, .reply__extra"));

  // And under the member's own reply.
  const myReply = page.locator(`#post-${mine}`);
  await expect(myReply.getByRole("link", { name: "Edit" })).toHaveAttribute("href", `/en/posts/${mine}/edit`);
  await expect(myReply.getByRole("link", { name: "Delete" })).toHaveAttribute("href", `/en/posts/${mine}/delete`);
  await expect(myReply.getByTestId("edit-time-left")).toHaveText(/^\d+ minutes? left to edit$/);
  await expectNoVietnameseUi(myReply.locator(".reply__actions, .reply__extra"));

  // Reacting in English: the picker's kinds are named in English, and so are the counts.
  await theirReply.getByLabel("More reactions").click();
  await theirReply.getByRole("group", { name: "Choose a reaction" }).getByRole("button", { name: "Love" }).click();
  await expect(theirReply.getByTestId("reaction-counts")).toHaveText(/Love\s*1/);
  await expect(theirReply.getByRole("button", { name: "Love", pressed: true }).first()).toBeVisible();

  // The thread's watch button.
  await expect(page.getByTestId("watch-thread").getByRole("button", { name: "Watch" })).toBeVisible();
  await page.context().close();
});

test("the new-thread form in English, with its live preview", async ({ browser }) => {
  const me = establishedMember();
  const page = await loggedIn(browser, me);
  await page.goto("/en/categories/thao-luan-chung/new");
  await expect(page).toHaveTitle(/^Post thread/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Post thread");
  const form = page.getByRole("form", { name: "Post thread" });
  await expect(form.getByLabel("Category")).toBeVisible();
  await expect(form.getByLabel("Title")).toBeVisible();
  await expect(form.getByText(/^\d+ to \d+ characters: say clearly what the thread is about\.$/)).toBeVisible();
  const body = form.getByLabel("Message");
  await expect(body).toHaveAttribute("placeholder", /^Write the opening message…/);
  await expect(form.getByRole("button", { name: "Preview", exact: true })).toBeVisible();
  await expect(form.getByRole("button", { name: "Post thread" })).toBeVisible();
  await expect(form.getByRole("group", { name: "Attached images" })).toBeVisible();
  await form.getByRole("checkbox", { name: "Live preview" }).check();
  await expect(form.getByText("The preview appears here as you write.")).toBeVisible();
  await body.fill("Một đoạn **in đậm**.");
  await expect(form.getByTestId("live-preview-body").locator("strong")).toHaveText("in đậm");
  await expectNoVietnameseUi(form.locator(".field label, .field__hint, button, legend, .live-preview__wrap > label, .composer__preview-label"));
  await expectNoVietnameseUi(page.getByRole("heading", { level: 1 }));
  await page.context().close();
});

test("the post pages in English: edit, history, report, delete and the permalink", async ({ browser }) => {
  const me = establishedMember();
  const other = establishedMember();
  const thread = createThread(other.username);
  const [theirs] = insertReplies(thread.id, other.username, 1, () => "Ý kiến để báo cáo.");
  const [mine] = insertReplies(thread.id, me.username, 1, () => "Ý kiến để sửa.");
  const page = await loggedIn(browser, me);
  const main = page.locator("main");

  await page.goto(`/en/posts/${mine}/edit`);
  await expect(page).toHaveTitle(/^Edit post/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Edit post #\d+$/);
  await expect(main.getByLabel("Message")).toHaveValue("Ý kiến để sửa.");
  await expect(main.getByLabel("Reason for editing (optional)")).toBeVisible();
  await expect(main.getByText("Shown in the edit history. Up to 200 characters.")).toBeVisible();
  await expect(main.getByTestId("edit-time-left")).toHaveText(/^\d+ minutes? left to edit$/);
  await expect(main.getByRole("button", { name: "Save changes" })).toBeVisible();
  await expectNoVietnameseUi(main.locator("h1, label, button, .field__hint, [data-testid=edit-time-left]"));
  // Saving leads back to the English thread page; the history then shows the reason in English.
  await main.getByLabel("Message").fill("Ý kiến đã sửa.");
  await main.getByLabel("Reason for editing (optional)").fill("chính tả");
  await main.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`^[^?#]*/en${thread.path.replace(/\./g, "\\.")}`));

  await page.goto(`/en/posts/${mine}/history`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit history");
  await expect(main.getByRole("link", { name: "← Back to the post" })).toHaveAttribute("href", `/en/posts/${mine}`);
  await expect(main.getByText(/^Post #\d+ by .+ in “.+”\.$/)).toBeVisible();
  await expect(main.getByRole("heading", { name: /^Current version · edited / })).toBeVisible();
  await expect(main.getByRole("heading", { name: /^Earlier version · replaced .+ by / })).toBeVisible();
  await expect(main.getByTestId("revision-reason")).toHaveText("· Reason: chính tả");
  await expectNoVietnameseUi(main.locator("h1, h2, p > a"));

  await page.goto(`/en/posts/${theirs}/report`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report post");
  await expect(main.getByLabel("Note for the moderators (optional)")).toBeVisible();
  await expect(main.getByRole("button", { name: "Send report" })).toBeVisible();
  await expectNoVietnameseUi(main.locator("h1, .field > label, button"));

  await page.goto(`/en/posts/${mine}/delete`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Delete post #\d+$/);
  await expect(main.getByText(/^The post will be replaced by the line/)).toBeVisible();
  await expect(main.getByRole("link", { name: "Cancel" })).toHaveAttribute("href", `/en/posts/${mine}`);
  await expect(main.getByRole("button", { name: "Delete post" })).toBeVisible();
  await expectNoVietnameseUi(main.locator("h1, .composer__actions"));

  // The permalink of an English page leads to the English thread page, at the post.
  await page.goto(`/en/posts/${theirs}`);
  await expect(page).toHaveURL(new RegExp(`/en${thread.path.replace(/\./g, "\\.")}#post-${theirs}$`));
  await page.context().close();
});
