// English beside Vietnamese (issue 17), the account area: logging in and
// registering, the account settings, alerts and conversations under /en show
// their chrome in English, and what members wrote as they wrote it. A guest
// sent to log in from an English page stays in English, there and back.
//
// "No Vietnamese left": every Vietnamese message of this area's catalogs
// (auth, account, notifications, conversations) that differs from its English
// one is looked for in the page's <main> — as a whole text, label, aria-label,
// placeholder or title — so a string left hard-coded in a component fails here.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { establishedMember, sqlDate, submitAndWait, withDb, type MemberData } from "./helpers/accounts";
import { uniqueWord } from "./helpers/forum-db";

const NAMESPACES = ["auth", "account", "notifications", "conversations"];

/** The Vietnamese messages of this area without placeholders or tags, that English words differently. */
function vietnameseMessages(): string[] {
  const root = path.resolve(__dirname, "..", "..", "messages");
  const out: string[] = [];
  for (const ns of NAMESPACES) {
    const vi = JSON.parse(fs.readFileSync(path.join(root, "vi", `${ns}.json`), "utf8")) as Record<string, string>;
    const en = JSON.parse(fs.readFileSync(path.join(root, "en", `${ns}.json`), "utf8")) as Record<string, string>;
    for (const [key, message] of Object.entries(vi)) {
      if (message !== en[key] && !/[{<]/.test(message)) out.push(message.trim());
    }
  }
  return out;
}

const VIETNAMESE = vietnameseMessages();

/** Which of this area's Vietnamese messages the page's <main> still shows (as a whole text or attribute; long ones anywhere). */
async function leftoverVietnamese(page: Page): Promise<string[]> {
  return page.evaluate((messages) => {
    const main = document.querySelector("main");
    if (!main) return ["(no <main>)"];
    const texts: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) texts.push((walker.currentNode.textContent ?? "").trim());
    for (const el of Array.from(main.querySelectorAll("*"))) {
      for (const name of ["aria-label", "placeholder", "title", "alt"]) {
        const value = el.getAttribute(name);
        if (value) texts.push(value.trim());
      }
    }
    const whole = new Set(messages);
    const long = messages.filter((m) => m.length >= 24);
    return [...new Set(texts.filter((t) => t && (whole.has(t) || long.some((m) => t.includes(m)))))];
  }, VIETNAMESE);
}

/** `otherAreas`: the same words shown by a component of another area, not converted yet (each named where it is passed). */
async function expectEnglish(page: Page, heading: string, otherAreas: string[] = []) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  const left = (await leftoverVietnamese(page)).filter((text) => !otherAreas.includes(text));
  expect(left, `${page.url()}: Vietnamese left in <main>`).toEqual([]);
}

// The avatar form's own label (components/pictures/avatar-form.tsx, the composer engineer's area) says "Ảnh đại diện" too.
const AVATAR_FORM = ["Ảnh đại diện"];

async function logInInEnglish(page: Page, m: MemberData) {
  const form = page.getByRole("form", { name: "Log in" });
  await form.getByLabel("Email or username").fill(m.username);
  await form.getByLabel("Password").fill(m.password);
  await submitAndWait(page, form.getByRole("button", { name: "Log in" }), form.getByLabel("Password"));
}

for (const javaScriptEnabled of [true, false]) {
  test(`a guest opening /en/account logs in at /en/login and comes back to /en/account (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    const m = establishedMember();
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/en/account");
    await expect(page).toHaveURL(`/en/login?callbackUrl=${encodeURIComponent("/account")}`);
    await expectEnglish(page, "Log in");
    await expect(page.getByRole("link", { name: "Forgot your password?" })).toHaveAttribute("href", "/en/forgot-password");
    await expect(page.getByRole("main").getByRole("link", { name: "Register", exact: true })).toHaveAttribute("href", `/en/register?callbackUrl=${encodeURIComponent("/account")}`);
    await logInInEnglish(page, m);
    await expect(page).toHaveURL("/en/account");
    await expectEnglish(page, "Account", AVATAR_FORM);
    await context.close();
  });
}

test("a wrong password is answered on the English login page, which stays English", async ({ page }) => {
  await page.goto("/en/login");
  await logInInEnglish(page, { ...establishedMember(), password: "sai-mat-khau-roi-123" });
  await expect(page).toHaveURL("/en/login");
  await expect(page.getByRole("form", { name: "Log in" }).getByRole("alert")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in");
});

test("the guests' account pages are in English under /en", async ({ page }) => {
  for (const [address, heading] of [
    ["/en/login", "Log in"],
    ["/en/register", "Register"],
    ["/en/forgot-password", "Forgot password"],
    ["/en/verified?status=verified", "Email verification"],
    ["/en/verified?status=expired", "Email verification"],
    ["/en/login/two-factor", "Two-step verification"],
    ["/en/email/unsubscribe?t=khong-hop-le", "Unsubscribe"],
  ] as const) {
    await page.goto(address);
    await expectEnglish(page, heading);
  }
  await page.goto("/en/register");
  await expect(page.getByRole("form", { name: "Register" }).getByLabel("Display name")).toBeVisible();
  await expect(page.getByRole("button", { name: "Register" })).toBeVisible();
  await page.goto("/en/login?notice=registered");
  await expect(page.getByRole("status").filter({ hasText: "Registration complete!" })).toBeVisible();
  // The bad reset link's sentence is the token service's (lib/accounts/tokens.ts): only the page's own chrome is checked.
  await page.goto("/en/reset-password?token=khong-hop-le");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set a new password");
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute("href", "/en/forgot-password");
});

test("a member's account, alerts and conversations are in English under /en; what members wrote is not translated", async ({ browser }) => {
  test.setTimeout(180_000);
  const m = establishedMember();
  const other = establishedMember();
  const word = uniqueWord("hoithoai");
  const title = `Kế hoạch dã ngoại ${word}`;
  const now = sqlDate(new Date());
  const conversationId = withDb((d) => {
    const id = (username: string) => (d.prepare("SELECT id FROM User WHERE usernameKey = ?").get(username.toLowerCase()) as { id: number }).id;
    const [memberId, otherId] = [id(m.username), id(other.username)];
    const conversation = Number(
      d.prepare("INSERT INTO Conversation (starterId, title, locked, lastNumber, lastMessageAt, createdAt) VALUES (?, ?, FALSE, 1, ?, ?)").run(otherId, title, now, now).lastInsertRowid,
    );
    for (const userId of [otherId, memberId])
      d.prepare("INSERT INTO ConversationParticipant (conversationId, userId, lastReadNumber, joinedAt, lastMessageAt) VALUES (?, ?, 0, ?, ?)").run(conversation, userId, now, now);
    d.prepare("INSERT INTO ConversationMessage (conversationId, authorId, number, source, html, status, createdAt) VALUES (?, ?, 1, ?, ?, 'visible', ?)").run(
      conversation,
      otherId,
      "Cuối tuần này đi Ba Vì nhé.",
      "<p>Cuối tuần này đi Ba Vì nhé.</p>",
      now,
    );
    return conversation;
  });

  const page = await (await browser.newContext()).newPage();
  await page.goto("/en/login");
  await logInInEnglish(page, m);
  await page.goto("/en/account");

  await expectEnglish(page, "Account", AVATAR_FORM);
  await expect(page.getByRole("heading", { name: "Display name", level: 2 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out on every device" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Account security" })).toHaveAttribute("href", "/en/account/security");

  for (const [address, heading] of [
    ["/en/account/security", "Security"],
    ["/en/account/notifications", "Alert settings"],
    ["/en/account/watched", "Watched"],
    ["/en/account/bookmarks", "Bookmarked posts"],
    ["/en/account/ignored", "Ignored members"],
    ["/en/conversations/new", "Start conversation"],
  ] as const) {
    await page.goto(address);
    await expectEnglish(page, heading);
  }
  await page.goto("/en/account/security");
  await expect(page.getByRole("button", { name: "Turn on two-step verification" })).toBeVisible();

  await page.goto("/en/notifications");
  await expectEnglish(page, "Alerts");
  await expect(page.getByRole("button", { name: "Mark all read" })).toBeVisible();

  // The header's link to conversations, with the unread count named for screen readers.
  await expect(page.getByTestId("conversations-link")).toHaveAttribute("href", "/en/conversations");
  await expect(page.getByTestId("conversations-unread")).toHaveAttribute("aria-label", "1 unread conversation");

  await page.goto("/en/conversations");
  await expectEnglish(page, "Conversations");
  await expect(page.getByRole("link", { name: "Start conversation" })).toHaveAttribute("href", "/en/conversations/new");
  // The title is the members' words, untranslated; the link keeps the language.
  await expect(page.getByRole("link", { name: title })).toHaveAttribute("href", `/en/conversations/${conversationId}/m/1`);
  await expect(page.getByRole("heading", { name: "Who may start conversations with you" })).toBeVisible();

  await page.getByRole("link", { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`/en/conversations/${conversationId}#m-1$`));
  await expectEnglish(page, title);
  await expect(page.getByTestId("message-body")).toHaveText("Cuối tuần này đi Ba Vì nhé.");
  await expect(page.getByRole("button", { name: "Send", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Leave conversation" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Link to message #1" })).toHaveAttribute("href", `/en/conversations/${conversationId}/m/1`);
  await page.context().close();
});
