// Throwaway (not committed): screenshots of the alert pages.
import { test, type Page } from "@playwright/test";
import { establishedMember, loggedIn, sqlDate, withDb } from "./helpers/accounts";
import { createThread } from "./helpers/forum";

test.setTimeout(300_000);
test("shots", async ({ browser }) => {
  const [a, b] = [establishedMember(), establishedMember()];
  const thread = createThread(a.username, "Chủ đề để chụp màn hình theo dõi và đánh dấu");
  const pa = await loggedIn(browser, a);
  await pa.goto(thread.path);
  const form = pa.locator("#reply-composer");
  await form.getByLabel("Nội dung trả lời").fill("Một phản hồi của A để chụp màn hình.");
  await form.getByRole("button", { name: "Gửi trả lời" }).click();
  await pa.getByTestId("reply-list").getByText("Một phản hồi của A").waitFor();
  const pb = await loggedIn(browser, b);
  await pb.goto(thread.path);
  await pb.getByTestId("watch-thread").getByRole("button", { name: "Theo dõi" }).click();
  await pb.getByTestId("watch-thread").getByRole("button", { name: "Bỏ theo dõi" }).waitFor();
  const bm = pb.getByTestId("bookmark").first();
  await bm.locator("summary").click();
  await bm.getByLabel("Ghi chú (không bắt buộc)").fill("Đọc lại cuối tuần");
  await bm.getByRole("button", { name: "Lưu" }).click();
  await pb.getByText("★ Đã đánh dấu").first().waitFor();
  await pb.goto(`/members/${a.username}`);
  withDb((db) => {
    const id = (db.prepare("SELECT id FROM User WHERE usernameKey = ?").get(b.username.toLowerCase()) as { id: number }).id;
    db.prepare("INSERT INTO Notification (userId, kind, message, link, createdAt) VALUES (?, 'thread.reply', ?, ?, ?)").run(id, `3 phản hồi mới trong «${thread.title}»`, "/posts/1", sqlDate(new Date()));
    db.prepare("INSERT INTO Notification (userId, kind, message, link, createdAt) VALUES (?, 'post.liked', ?, ?, ?)").run(id, `${a.displayName} và 3 người khác đã thích bài viết của bạn trong «${thread.title}»`, "/posts/1", sqlDate(new Date()));
  });
  const shots: [string, string][] = [
    ["thread", thread.path],
    ["home", "/"],
    ["account-notifications", "/account/notifications"],
    ["watched", "/account/watched"],
    ["bookmarks", "/account/bookmarks"],
    ["profile", `/members/${a.username}`],
  ];
  const shoot = async (page: Page, name: string, path: string) => {
    for (const dark of [false, true]) {
      for (const width of [390, 1280]) {
        await page.emulateMedia({ colorScheme: dark ? "dark" : "light" });
        await page.setViewportSize({ width, height: 900 });
        await page.goto(path);
        await page.screenshot({ path: `/tmp/alerts-shots/${name}-${width}-${dark ? "dark" : "light"}.png`, fullPage: true });
      }
    }
  };
  for (const [name, path] of shots) await shoot(pb, name, path);
  // Ignore A, then the thread shows A's reply collapsed.
  await pb.goto(`/members/${a.username}`);
  await pb.getByRole("button", { name: `Bỏ qua ${a.displayName}` }).click();
  await pb.getByRole("status").waitFor();
  await shoot(pb, "thread-ignored", thread.path);
  await shoot(pb, "ignored", "/account/ignored");
  await shoot(pb, "notifications", "/notifications");
});
