// Guests' thread pages come from the server cache, and every kind of change
// expires exactly the pages that show it: the author of the change sees it on
// their next request, a guest who had the cached page sees it on theirs (a
// fresh render, never the old copy served once more), and pages the change
// does not touch stay cached.
//
// Guests are plain HTTP clients without cookies, so the response headers can
// be read: `x-cache-status: HIT` means "served from the cache, not rendered"
// (Next.js's x-nextjs-cache, which the request gate drops from responses and
// passes on under this name for the journeys only: EXPOSE_CACHE_STATUS).
// Fixtures write threads and replies straight to the database (that bypasses
// expiry), so each test loads the guest page only after its setup.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { establishedMember, loggedIn } from "./helpers/accounts";
import { createThread, insertReplies } from "./helpers/forum";

type GuestResponse = { status: number; cache: string | undefined; html: string; location: string | undefined };

async function guestGet(guest: APIRequestContext, path: string): Promise<GuestResponse> {
  const response = await guest.get(path, { maxRedirects: 0 });
  return {
    status: response.status(),
    cache: response.headers()["x-cache-status"],
    // React separates adjacent text with empty comments ("Thích · <!-- -->1").
    html: (await response.text()).replace(/<!-- -->/g, ""),
    location: response.headers()["location"],
  };
}

/** Loads a guest page until it is cached, and checks that the cached copy is what was rendered. */
async function cachedGuestPage(guest: APIRequestContext, path: string): Promise<GuestResponse> {
  const first = await guestGet(guest, path);
  expect(first.status).toBe(200);
  const second = await guestGet(guest, path);
  expect(second.cache, `second guest request of ${path} served from the cache`).toBe("HIT");
  expect(second.html).toBe(first.html);
  return second;
}

/**
 * The guest's next request after a change shows it: rendered afresh for this
 * request (MISS), or already re-rendered since the change by another request
 * (HIT with the new content: parallel journeys' guests prefetch recently
 * active threads from the forum index) — never the old copy, and never a
 * stale copy served while a new one renders (STALE).
 */
async function expectGuestSees(guest: APIRequestContext, path: string, text: string | RegExp): Promise<GuestResponse> {
  const next = await guestGet(guest, path);
  expect(next.status).toBe(200);
  expect(next.html).toMatch(text);
  expect(["MISS", "HIT"], `guest request of ${path} after the change`).toContain(next.cache);
  // …and that render is what the cache serves from then on. A journey in the
  // other worker may expire this page in between (a reply, a move or a rename
  // in the same category): then the guest's next request is a fresh render
  // again (MISS, never STALE, still with the change), and it is that one the
  // cache keeps — looked at up to three times.
  let rendered = next;
  for (let attempt = 1; ; attempt++) {
    const again = await guestGet(guest, path);
    expect(again.html).toMatch(text);
    if (again.cache === "HIT") {
      expect(again.html).toBe(rendered.html);
      return next;
    }
    expect(again.cache, `guest request of ${path}: a fresh render, never a stale copy`).toBe("MISS");
    expect(attempt, `guest request of ${path} served from the cache after rendering`).toBeLessThan(3);
    rendered = again;
  }
}

function replyBody(page: Page, postId: number) {
  return page.locator(`#post-${postId}`);
}

test.describe("guests' cached thread pages", () => {
  let guest: APIRequestContext;
  test.beforeEach(async ({ playwright, baseURL }) => {
    guest = await playwright.request.newContext({ baseURL });
  });
  test.afterEach(async () => {
    await guest.dispose();
  });

  test("a guest is served the cached page; a member's page is rendered for them", async ({ browser }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    const cached = await cachedGuestPage(guest, thread.path);
    expect(cached.html).toContain(thread.title);
    expect(cached.html).toContain("Đăng nhập một lần thảo luận tẹt ga");

    const member = await loggedIn(browser, m);
    const response = await member.goto(thread.path);
    expect(response?.headers()["x-cache-status"]).toBeUndefined();
    expect(response?.headers()["cache-control"]).toContain("private");
    await expect(member.locator("#reply-composer")).toBeVisible();
    await expect(member.getByTestId("account-menu")).toContainText(m.displayName);
  });

  test("reply posted: the author sees it at once, the guest on the next request", async ({ browser }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    const before = await cachedGuestPage(guest, thread.path);
    expect(before.html).toContain("Phản hồi: 0");

    const author = await loggedIn(browser, m);
    await author.goto(thread.path);
    const text = `Trả lời mới ${Date.now()}`;
    await author.locator("#reply-composer").getByLabel("Nội dung trả lời").fill(text);
    await author.getByRole("button", { name: "Gửi trả lời" }).click();
    await expect(author.getByTestId("reply-list")).toContainText(text);
    await author.reload();
    await expect(author.getByTestId("reply-list")).toContainText(text);
    await expect(author.getByTestId("reply-count")).toHaveText("Phản hồi: 1");

    const after = await expectGuestSees(guest, thread.path, new RegExp(text));
    expect(after.html).toContain("Phản hồi: 1");
  });

  test("reply edited: only the page showing it is rendered again", async ({ browser }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    const ids = insertReplies(thread.id, m.username, 25, (i) => `Phản hồi gốc số ${i}`);
    const editedId = ids[22]; // reply #23, on page 2
    const page2 = `${thread.path}/page-2`;
    await cachedGuestPage(guest, thread.path);
    await cachedGuestPage(guest, page2);

    const author = await loggedIn(browser, m);
    await author.goto(`/posts/${editedId}/edit`);
    await author.getByLabel("Nội dung").fill("Nội dung đã sửa lại.");
    await author.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect(replyBody(author, editedId)).toContainText("Nội dung đã sửa lại.");
    await author.reload();
    await expect(replyBody(author, editedId)).toContainText("Nội dung đã sửa lại.");

    const after = await expectGuestSees(guest, page2, /Nội dung đã sửa lại\./);
    expect(after.html).not.toContain("Phản hồi gốc số 23<");
    // Page 1 does not show that reply: still the cached copy.
    expect((await guestGet(guest, thread.path)).cache).toBe("HIT");
  });

  test("reply reacted to: the like count changes for the member and for guests", async ({ browser }) => {
    const author = establishedMember();
    const fan = establishedMember();
    const thread = createThread(author.username);
    const [postId] = insertReplies(thread.id, author.username, 1, () => "Một ý kiến đáng thích.");
    const before = await cachedGuestPage(guest, thread.path);
    expect(before.html).not.toContain('data-testid="reaction-counts"');

    const fanPage = await loggedIn(browser, fan);
    await fanPage.goto(thread.path);
    await replyBody(fanPage, postId).getByRole("button", { name: "Thích", exact: true }).click();
    await expect(replyBody(fanPage, postId).getByRole("button", { name: "Thích", exact: true })).toHaveAttribute("aria-pressed", "true");
    await fanPage.reload();
    await expect(replyBody(fanPage, postId).getByTestId("reaction-counts")).toHaveText(/Thích\s*1/);

    // The counts by kind are part of the guests' cached page.
    await expectGuestSees(guest, thread.path, /title="Thích"><span aria-hidden="true">👍<\/span><span class="visually-hidden">Thích<\/span> 1/);
  });

  test("reply hidden, then restored: the guest sees the reason in place, then the reply again", async ({ browser }) => {
    const author = establishedMember();
    const mod = establishedMember("moderator");
    const thread = createThread(author.username);
    const [postId] = insertReplies(thread.id, author.username, 1, () => "Quảng cáo bán hàng trá hình.");
    const before = await cachedGuestPage(guest, thread.path);
    expect(before.html).toContain("Quảng cáo bán hàng trá hình.");

    const modPage = await loggedIn(browser, mod);
    await modPage.goto(thread.path);
    const post = replyBody(modPage, postId);
    await post.getByText("Điều hành", { exact: true }).click();
    await post.getByLabel("Lý do ẩn (người đọc sẽ thấy)").fill("Quảng cáo");
    await post.getByRole("button", { name: "Ẩn", exact: true }).click();
    await expect(replyBody(modPage, postId)).toContainText("Lý do: Quảng cáo");
    await modPage.reload();
    await expect(replyBody(modPage, postId)).toContainText("Lý do: Quảng cáo");

    const hidden = await expectGuestSees(guest, thread.path, /Bài viết đã bị ẩn bởi điều hành viên · Lý do: Quảng cáo/);
    expect(hidden.html).not.toContain("Quảng cáo bán hàng trá hình.");
    expect(hidden.html).toContain("Phản hồi: 0");

    await replyBody(modPage, postId).getByText("Điều hành", { exact: true }).click();
    await replyBody(modPage, postId).getByRole("button", { name: "Khôi phục" }).click();
    await expect(replyBody(modPage, postId).getByTestId("reply-body")).toContainText("Quảng cáo bán hàng trá hình.");

    const restored = await expectGuestSees(guest, thread.path, /Quảng cáo bán hàng trá hình\./);
    expect(restored.html).toContain("Phản hồi: 1");
  });

  test("thread locked, moved and renamed: each shows on the guest's next request; the old URL redirects", async ({ browser }) => {
    const author = establishedMember();
    const mod = establishedMember("moderator");
    const thread = createThread(author.username);
    insertReplies(thread.id, author.username, 21); // a page 2, which shows the thread too
    const page2 = `${thread.path}/page-2`;
    const before = await cachedGuestPage(guest, thread.path);
    await cachedGuestPage(guest, page2);
    expect(before.html).not.toContain("Chủ đề đã bị khóa");
    expect(before.html).toContain("Thảo luận chung");

    const modPage = await loggedIn(browser, mod);
    await modPage.goto(thread.path);
    const tools = () => modPage.getByTestId("thread-tools");

    // Locked.
    await tools().getByText("Công cụ chủ đề").click();
    await tools().getByRole("button", { name: "Khóa chủ đề" }).click();
    await expect(modPage.getByText("Chủ đề đã bị khóa: không thể trả lời thêm.")).toBeVisible();
    await modPage.reload();
    await expect(modPage.getByText("Chủ đề đã bị khóa: không thể trả lời thêm.")).toBeVisible();
    await expectGuestSees(guest, thread.path, /Chủ đề đã bị khóa: không thể trả lời thêm\./);
    await expectGuestSees(guest, page2, /Chủ đề đã bị khóa: không thể trả lời thêm\./);

    // Moved.
    await tools().getByText("Công cụ chủ đề").click();
    await modPage.getByLabel("Chuyển sang chuyên mục").selectOption({ label: "Tin công nghệ" });
    await modPage.getByRole("button", { name: "Chuyển" }).click();
    const breadcrumb = modPage.getByRole("navigation", { name: "Đường dẫn" });
    await expect(breadcrumb).toContainText("Tin công nghệ");
    await modPage.reload();
    await expect(breadcrumb).toContainText("Tin công nghệ");
    const moved = await expectGuestSees(guest, thread.path, /Tin công nghệ/);
    expect(moved.html).toContain('href="/categories/tin-cong-nghe"');

    // Renamed: the new title at the new address, the old address redirects there.
    const title = `Tên mới của chủ đề ${Date.now()}`;
    await tools().getByText("Công cụ chủ đề").click();
    await modPage.getByLabel("Tiêu đề mới").fill(title);
    await modPage.getByRole("button", { name: "Đổi tiêu đề" }).click();
    await expect(modPage.getByRole("heading", { level: 1 })).toHaveText(title);
    const newPath = new URL(modPage.url()).pathname;
    expect(newPath).toMatch(new RegExp(`^/threads/ten-moi-cua-chu-de-\\d+\\.${thread.id}$`));
    await modPage.reload();
    await expect(modPage.getByRole("heading", { level: 1 })).toHaveText(title);

    const old = await guestGet(guest, thread.path);
    expect(old.status).toBe(308);
    expect(old.location).toBe(newPath);
    const oldPage2 = await guestGet(guest, page2);
    expect(oldPage2.status).toBe(308);
    expect(oldPage2.location).toBe(`${newPath}/page-2`);
    const renamed = await expectGuestSees(guest, newPath, new RegExp(`<h1[^>]*>${title}</h1>`));
    expect(renamed.html).toContain(`<title>${title} | Bàn Luận</title>`);
  });
});
