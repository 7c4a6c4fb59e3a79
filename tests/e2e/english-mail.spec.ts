// Issue 17 for e-mail and alerts: a member who chose English (Account →
// Language) gets the alert and the e-mail of a watched thread's reply in
// English, with links to the /en pages, and a password reset mail in English
// even when it is asked for from a Vietnamese page; a Vietnamese member
// watching the same thread still gets the Vietnamese mail. Titles and names
// are members' words: never translated.
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, loggedIn, mailTo, submitAndWait, waitForMail, withDb, type Mail } from "./helpers/accounts";
import { createThread } from "./helpers/forum";

test.describe.configure({ timeout: 180_000 });

/** Words of the Vietnamese interface an English mail must not carry (members' words left out first). */
const VIETNAMESE_UI = /Chào|Phản hồi mới|đã trả lời|Đọc bài viết|theo dõi|Cài đặt thông báo|Không nhận thư|Liên kết|thư này|Đặt lại|mật khẩu/;
const withoutContent = (text: string, ...content: string[]) => content.reduce((s, c) => s.replaceAll(c, ""), text);

async function chooseEnglish(page: Page) {
  await page.goto("/account");
  const section = page.getByRole("region", { name: "Ngôn ngữ" });
  await section.getByRole("radio", { name: "English" }).check();
  await section.getByRole("button", { name: "Lưu ngôn ngữ" }).click();
  await expect(page).toHaveURL("/en/account?notice=language");
}

const watching = (username: string, threadId: number) =>
  withDb((db) => Number((db.prepare("SELECT COUNT(*) AS n FROM ThreadWatch w JOIN User u ON u.id = w.userId WHERE u.usernameKey = ? AND w.threadId = ?").get(username.toLowerCase(), threadId) as { n: number }).n));

test("a member who chose English gets the watched thread's alert and e-mail in English; a Vietnamese watcher's mail is unchanged", async ({ browser }) => {
  const [a, en, vi] = [establishedMember(), establishedMember(), establishedMember()];
  const thread = createThread(a.username);

  const pageEn = await loggedIn(browser, en);
  await chooseEnglish(pageEn);
  // Their Vietnamese address leads to the English page; they watch the thread there.
  await pageEn.goto(thread.path);
  await expect(pageEn).toHaveURL(`/en${thread.path}`);
  await pageEn.getByTestId("watch-thread").getByRole("button").click();
  await expect.poll(() => watching(en.username, thread.id), { timeout: 15_000 }).toBe(1);

  const pageVi = await loggedIn(browser, vi);
  await pageVi.goto(thread.path);
  await pageVi.getByTestId("watch-thread").getByRole("button", { name: "Theo dõi" }).click();
  // What the member sees first (a refusal would be shown in this form), then the row.
  await expect(pageVi.getByTestId("watch-thread").getByRole("button", { name: "Bỏ theo dõi" })).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => watching(vi.username, thread.id), { timeout: 15_000 }).toBe(1);

  const pageA = await loggedIn(browser, a);
  await pageA.goto(thread.path);
  const text = `Trả lời cho người đọc tiếng Anh ${Date.now()}`;
  await pageA.locator("#reply-composer").getByLabel("Nội dung trả lời").fill(text);
  await pageA.locator("#reply-composer").getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(pageA.getByTestId("reply-list")).toContainText(text, { timeout: 20_000 });

  const mail: Mail = await waitForMail(en.email);
  expect(mail.subject).toBe(`New reply in “${thread.title}”`);
  expect(mail.text).toContain(`Hello ${en.displayName},`);
  expect(mail.text).toContain("which you are watching.");
  expect(mail.text).toContain(text); // the reply itself, as written
  const link = mail.text.match(/Read the post: (https?:\/\/\S+\/en\/posts\/\d+)/)?.[1];
  expect(link, mail.text).toBeTruthy();
  expect(mail.html).toContain('<html lang="en">');
  expect(mail.html).toContain(link!);
  expect(mail.text).toMatch(/Stop e-mails about watched threads: https?:\/\/\S+\/en\/email\/unsubscribe\?t=/);
  for (const part of [mail.subject, mail.text, mail.html]) {
    expect(withoutContent(part, thread.title, text, a.displayName, en.displayName)).not.toMatch(VIETNAMESE_UI);
  }

  const viMail = await waitForMail(vi.email);
  expect(viMail.subject).toBe(`Phản hồi mới trong «${thread.title}»`);
  expect(viMail.text).toContain(`Chào ${vi.displayName},`);
  expect(viMail.text).not.toContain("/en/");

  // The mail's link opens the reply on the English page.
  await pageEn.goto(new URL(link!).pathname);
  await expect(pageEn).toHaveURL(new RegExp(`^[^#]*/en${thread.path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*#post-\\d+$`));
  await expect(pageEn.locator("html")).toHaveAttribute("lang", "en");
  // The alert was written in their language (the page around it is the notifications page's).
  await pageEn.goto("/en/notifications");
  await expect(pageEn.getByTestId("notifications")).toContainText(`New reply in “${thread.title}”`);
  await expect(pageEn.getByTestId("notifications")).not.toContainText("phản hồi mới");
});

test("a password reset for a member who chose English is English, even asked for from the Vietnamese page", async ({ browser, page }) => {
  const m = establishedMember();
  const member = await loggedIn(browser, m);
  await chooseEnglish(member);
  await member.context().close();

  await page.goto("/forgot-password");
  const form = page.getByRole("form", { name: "Quên mật khẩu" });
  await form.getByLabel("Email của tài khoản").fill(m.email);
  await submitAndWait(page, form.getByRole("button", { name: "Gửi liên kết đặt lại mật khẩu" }));
  const mail = await waitForMail(m.email);
  expect(mail.subject).toMatch(/^Reset your .+ password$/);
  expect(mail.text).toMatch(new RegExp(`^Hello ${m.displayName}, someone \\(hopefully you\\) asked to reset the password`));
  expect(mail.text).toMatch(/Choose a new password:\nhttps?:\/\/\S+\/en\/reset-password\?token=/);
  expect(withoutContent(`${mail.subject}\n${mail.text}\n${mail.html}`, m.displayName)).not.toMatch(VIETNAMESE_UI);
  expect(mailTo(m.email)).toHaveLength(1);
});
