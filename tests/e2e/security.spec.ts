// Issue 11: the holes an outside attack found, each replayed against the real
// server (the request gate and Next.js), the way the attacker sent it.
import crypto from "node:crypto";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { accountMenu, establishedMember, fillLogin, guestLinks, loggedIn, logOutViaMenu, withDb, type MemberData } from "./helpers/accounts";
import { serverForm } from "./helpers/forms";
import { createThread, insertReplies, type TestThread } from "./helpers/forum";

type Reader = { name: string; request: APIRequestContext; member: MemberData | null };

async function reader(browser: Browser, name: string, member: MemberData | null): Promise<Reader> {
  if (!member) return { name, request: (await browser.newContext()).request, member };
  const page = await loggedIn(browser, member);
  return { name, request: page.context().request, member };
}

/** Writes a status straight to the database, as a moderator's hide or the approval queue would leave it. */
function setStatus(postId: number, status: "hidden" | "pending", threadId?: number) {
  withDb((db) => {
    db.prepare("UPDATE Post SET status = ? WHERE id = ?").run(status, postId);
    if (threadId) db.prepare("UPDATE Thread SET status = ? WHERE id = ?").run(status, threadId);
  });
}

function openingPostId(threadId: number): number {
  return withDb((db) => (db.prepare("SELECT id FROM Post WHERE threadId = ? AND number = 1").get(threadId) as { id: number }).id);
}

/** Posts of one thread: journeys run in parallel, so the forum's total is theirs to change. */
const postCount = (threadId: number) => withDb((db) => (db.prepare("SELECT COUNT(*) AS n FROM Post WHERE threadId = ?").get(threadId) as { n: number }).n);

/**
 * Every reader of the forum, for a thread held back (hidden by a moderator,
 * or waiting for approval) and a reply waiting for approval: what each kind
 * of viewer may get. A secret word in the title and reply must appear
 * nowhere it should not — pages, permalinks, history, report, edit and
 * delete pages, search, feeds, sitemaps, the JSON API, live events, and the
 * JSON-LD / OpenGraph of the pages that are shown.
 */
test("hidden and held content is shown to no reader who may not see it", async ({ browser }) => {
  test.setTimeout(180_000);
  const author = establishedMember();
  const replier = establishedMember();
  const secret = `bimat${crypto.randomBytes(4).toString("hex")}`;
  const hidden: TestThread = createThread(author.username, `Chủ đề ${secret} bị ẩn`);
  const [hiddenReply] = insertReplies(hidden.id, replier.username, 1, () => `Trả lời ${secret} trong chủ đề ẩn`);
  setStatus(openingPostId(hidden.id), "hidden", hidden.id);
  const held: TestThread = createThread(author.username, `Chủ đề ${secret} chờ duyệt`);
  setStatus(openingPostId(held.id), "pending", held.id);
  const open: TestThread = createThread(author.username);
  const [pendingReply] = insertReplies(open.id, replier.username, 1, () => `Trả lời ${secret} chờ duyệt`);
  setStatus(pendingReply, "pending");
  const leaks = [`${secret} bị ẩn`, `${secret} chờ duyệt`, `${secret} trong chủ đề ẩn`];

  const guest = await reader(browser, "guest", null);
  const member = await reader(browser, "member", establishedMember());
  const threadAuthor = await reader(browser, "author", author);
  const moderator = await reader(browser, "moderator", establishedMember("moderator"));

  const status = async (r: Reader, path: string) => (await r.request.get(path, { maxRedirects: 0 })).status();
  const body = async (r: Reader, path: string) => (await r.request.get(path)).text();

  for (const r of [guest, member]) {
    for (const path of [
      hidden.path,
      held.path,
      `/posts/${hiddenReply}`,
      `/posts/${hiddenReply}/history`,
      `/posts/${hiddenReply}/report`,
      `/posts/${hiddenReply}/edit`,
      `/posts/${hiddenReply}/delete`,
      `/posts/${pendingReply}`,
      `/posts/${pendingReply}/history`,
      `/posts/${pendingReply}/report`,
      `/posts/${pendingReply}/edit`,
      `/api/threads/${hidden.id}/events`,
      `/api/threads/${held.id}/events`,
      `${hidden.path}/feed.xml`,
      `${held.path}/feed.xml`,
    ]) {
      expect(await status(r, path), `${r.name} ${path}`).toBe(404);
    }
    for (const path of ["/", "/feed.xml", "/sitemap.xml", `/search?q=${secret}`, "/api/newest-posts", open.path, `${open.path}/feed.xml`, `/members/${replier.username}`]) {
      // (The search page repeats the query itself: only the content's own words count.)
      const text = await body(r, path);
      for (const leak of leaks) expect(text.includes(leak), `${r.name} ${path}: ${leak}`).toBe(false);
    }
  }
  // Sitemaps name threads by address: the held ones are in none (nor in an index's files).
  const sitemap = await body(guest, "/sitemap.xml");
  const sitemapFiles = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/sitemaps\/[^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(sitemap).toContain(open.path);
  for (const text of [sitemap, ...(await Promise.all(sitemapFiles.map((file) => body(guest, file))))]) {
    for (const path of [hidden.path, held.path]) expect(text).not.toContain(path);
  }

  // The thread's author sees their held threads (and is told where they stand), not the other member's pending reply.
  expect(await status(threadAuthor, hidden.path)).toBe(200);
  expect(await status(threadAuthor, held.path)).toBe(200);
  expect(await status(threadAuthor, `/posts/${pendingReply}`)).toBe(404);
  // Staff see everything, and its history.
  for (const path of [hidden.path, held.path, `/posts/${hiddenReply}/history`, `/posts/${pendingReply}/history`]) {
    expect(await status(moderator, path), `moderator ${path}`).toBe(200);
  }
  expect(await status(moderator, `/posts/${pendingReply}`)).toBe(308);
  expect(await body(moderator, `/posts/${hiddenReply}/history`)).toContain(secret);
});

test("logging out ends that session on the server; the member's other browser stays logged in", async ({ browser }) => {
  const m = establishedMember();
  const page = await loggedIn(browser, m);
  const other = await loggedIn(browser, m);
  // An attacker's copy of the first browser's cookie.
  const stolen = await browser.newContext();
  await stolen.addCookies(await page.context().cookies());
  const thief = await stolen.newPage();
  await thief.goto("/account");
  await expect(thief).toHaveURL("/account");

  await logOutViaMenu(page);
  await thief.goto("/account");
  await expect(thief).toHaveURL(/\/login\?callbackUrl=%2Faccount$/);
  await expect(guestLinks(thief)).toBeVisible();
  await other.goto("/account");
  await expect(other).toHaveURL("/account");
  await expect(accountMenu(other)).toContainText(m.displayName);
});

test("a forged X-Forwarded-For does not dodge the per-address login limit (no TRUST_PROXY)", async ({ browser }) => {
  const m = establishedMember();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/login");
  const form = page.getByRole("form", { name: "Đăng nhập" });
  for (let i = 1; i <= 5; i++) {
    await context.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}` });
    await fillLogin(page, m.username, "sai-mat-khau-roi");
    await expect(form.getByRole("alert")).toHaveText("Email/tên đăng nhập hoặc mật khẩu không đúng.");
  }
  await context.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.99" });
  // The right password, from a "new" address: still this socket's sixth try.
  await fillLogin(page, m.username, m.password);
  await expect(form.getByRole("alert")).toContainText("tạm thời bị chặn");
});

test("hardening headers on a cached guest page, a member's page and a /mod page; no x-nextjs-*", async ({ browser }) => {
  test.setTimeout(120_000);
  const thread = createThread(establishedMember().username);
  const guest = (await browser.newContext()).request;
  await guest.get(thread.path); // rendered once: the next answer comes from the cache
  const cachedGuestPage = await guest.get(thread.path);
  const memberPage = await (await loggedIn(browser, establishedMember())).context().request.get(thread.path);
  const modPage = await (await loggedIn(browser, establishedMember("moderator"))).context().request.get("/mod");
  for (const [what, response] of [["cached guest page", cachedGuestPage], ["member page", memberPage], ["/mod", modPage]] as const) {
    expect(response.status(), what).toBe(200);
    const headers = response.headers();
    expect(headers["content-security-policy"], what).toMatch(/frame-ancestors 'none'.*|.*frame-ancestors 'none'/);
    for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "script-src 'self' 'unsafe-inline'"]) {
      expect(headers["content-security-policy"], `${what}: ${directive}`).toContain(directive);
    }
    expect(headers["x-frame-options"], what).toBe("DENY");
    expect(headers["x-content-type-options"], what).toBe("nosniff");
    expect(headers["referrer-policy"], what).toBeTruthy();
    expect(headers["permissions-policy"], what).toBeTruthy();
    expect(Object.keys(headers).filter((h) => h.startsWith("x-nextjs-")), what).toEqual([]);
  }
});

test("a page with the CSP still works with JavaScript: the reply box posts", async ({ browser }) => {
  test.setTimeout(120_000);
  const thread = createThread(establishedMember().username);
  const page = await loggedIn(browser, establishedMember());
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  await page.goto(thread.path);
  const text = `Trả lời dưới CSP ${crypto.randomBytes(3).toString("hex")}`;
  await page.getByLabel("Nội dung trả lời").fill(text);
  await page.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(page.locator(".prose", { hasText: text })).toBeVisible();
  expect(errors).toEqual([]);
});

test("bad bodies get a clear 4xx in Vietnamese and store nothing", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const thread = createThread(establishedMember().username);
  const page = await loggedIn(browser, establishedMember());
  const request = page.context().request;
  const fields = await serverForm(page, thread.path, "clientToken");
  const before = postCount(thread.id);
  const html = { accept: "text/html" };

  // 1, 10 and 100 MB: refused from Content-Length, at once.
  for (const mb of [1, 10, 100]) {
    for (const path of [thread.path, "/login"]) {
      const started = Date.now();
      const response = await request.post(path, { data: Buffer.alloc(mb * 1024 * 1024 + 10, 0x61), headers: { ...html, "content-type": "text/plain;charset=UTF-8", "next-action": "x", origin: baseURL! } });
      expect(response.status(), `${mb} MB to ${path}`).toBe(413);
      expect(await response.text()).toContain("Dữ liệu gửi lên quá lớn");
      expect(Date.now() - started, `${mb} MB answered quickly`).toBeLessThan(5_000);
    }
  }
  // Malformed multipart, 20 000 fields, arguments nested 5 000 deep.
  const boundary = "----banluanboundary";
  const multipart = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`;
  const bodies: Array<[string, string, string]> = [
    ["truncated multipart", `multipart/form-data; boundary=${boundary}`, multipart.slice(0, multipart.length / 2)],
    ["wrong boundary", "multipart/form-data; boundary=khac", multipart],
    ["no boundary", "multipart/form-data", multipart],
    ["garbage", `multipart/form-data; boundary=${boundary}`, "\u0000\u0001rác".repeat(100)],
    ["20 000 fields", "application/x-www-form-urlencoded", Array.from({ length: 20_000 }, (_, i) => `f${i}=1`).join("&")],
    ["5 000 deep", "text/plain;charset=UTF-8", "[".repeat(5000) + "]".repeat(5000)],
  ];
  for (const [what, type, data] of bodies) {
    const response = await request.post(thread.path, { data, headers: { ...html, "content-type": type, origin: baseURL! } });
    expect(response.status(), what).toBe(400);
    expect(response.headers()["content-type"], what).toContain("text/html");
    expect(await response.text(), what).toMatch(/không hợp lệ|quá nhiều trường|lồng nhau quá sâu/);
  }
  // A reply form replayed from another site (CSRF): 403.
  const crossSite = await request.post(thread.path, { multipart: { ...fields, source: "Trả lời giả mạo" }, headers: { ...html, origin: "https://evil.test" } });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain("trang web khác");
  expect(postCount(thread.id)).toBe(before);

  // A lone surrogate in the draft the composer saves as one types (saveDraftAction).
  await page.goto(thread.path);
  const saving = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"] && (r.postData() ?? "").includes("nhap-thu"));
  await page.getByLabel("Nội dung trả lời").fill("nhap-thu");
  const draftRequest = await saving;
  const headers = draftRequest.headers();
  const forged = (draftRequest.postData() ?? "").replace("nhap-thu", "nhap-thu \\ud800");
  const response = await request.post(draftRequest.url(), { data: forged, headers: { "next-action": headers["next-action"], "content-type": headers["content-type"], origin: baseURL!, accept: "text/x-component" } });
  expect(response.status()).toBe(400);
  expect(await response.text()).toContain("ký tự không hợp lệ");
});

test("a return path that a Location header cannot carry is encoded, not a 500", async ({ browser }) => {
  const m = establishedMember();
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/\u3000/evil.test")}`);
  await fillLogin(page, m.username, m.password);
  await expect(page).toHaveURL(/\/%E3%80%80\/evil\.test$/);
  // Logged in, the login page redirects at once: the same path, encoded.
  const response = await page.context().request.get(`/login?callbackUrl=${encodeURIComponent("/\u3000/evil.test")}`, { maxRedirects: 0 });
  expect(response.status()).toBeLessThan(400);
  expect(response.headers().location).toBe("/%E3%80%80/evil.test");
});
