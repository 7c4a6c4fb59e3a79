// The guest fast path (lib/fast-path/guest-fast-path.ts) on the real server:
// once Next.js has served a guest's thread page from its cache, the server
// answers that page from memory in front of Next.js — the same bytes and
// headers — until a change expires it, and never to a member. The Playwright
// server marks those answers with `x-fast-path: HIT` (EXPOSE_CACHE_STATUS).
// Fixtures write straight to the database (no expiry), so each test loads the
// guest page only after its setup.
import zlib from "node:zlib";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { establishedMember, loggedIn } from "./helpers/accounts";
import { createThread, insertReplies } from "./helpers/forum";

/** The page's text, without the empty comments React puts between adjacent texts ("Phản hồi: <!-- -->0"). */
async function textOf(response: APIResponse): Promise<string> {
  return (await response.text()).replace(/<!-- -->/g, "");
}

/** The headers that are the same on every answer of one page. */
function lasting(response: APIResponse): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const { name, value } of response.headersArray()) {
    const lower = name.toLowerCase();
    if (["date", "connection", "keep-alive", "etag", "x-fast-path", "content-length", "content-encoding"].includes(lower)) continue;
    kept[lower] = kept[lower] === undefined ? value : `${kept[lower]}, ${value}`;
  }
  return kept;
}

/** Loads the page as a guest until the fast path answers it; returns Next.js's cached answer and the fast path's. */
async function fastCopy(guest: APIRequestContext, path: string) {
  const identity = { "accept-encoding": "identity" };
  let framework: APIResponse | null = null;
  for (let i = 0; i < 6; i++) {
    const response = await guest.get(path, { headers: identity, maxRedirects: 0 });
    expect(response.status()).toBe(200);
    if (response.headers()["x-fast-path"] === "HIT") {
      expect(framework, "Next.js served the cached page before the fast path did").not.toBeNull();
      return { framework: framework as APIResponse, fast: response };
    }
    if (response.headers()["x-cache-status"] === "HIT") framework = response;
  }
  throw new Error(`the fast path never answered ${path}`);
}

test.describe("guest fast path", () => {
  let guest: APIRequestContext;
  test.beforeEach(async ({ playwright, baseURL }) => {
    guest = await playwright.request.newContext({ baseURL });
  });
  test.afterEach(async () => {
    await guest.dispose();
  });

  test("answers a guest with exactly what Next.js served from its cache: body and headers", async () => {
    const m = establishedMember();
    const thread = createThread(m.username);
    insertReplies(thread.id, m.username, 3, (i) => `Ý kiến số ${i} về chủ đề này`);
    const { framework, fast } = await fastCopy(guest, thread.path);
    expect((await fast.body()).equals(await framework.body())).toBe(true);
    expect(lasting(fast)).toEqual(lasting(framework));
    expect(fast.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(fast.headers()["cache-control"]).toContain("s-maxage");
    expect(await textOf(fast)).toContain("Ý kiến số 3 về chủ đề này");
  });

  test("HEAD, If-None-Match, gzip and brotli", async () => {
    const m = establishedMember();
    const thread = createThread(m.username);
    const { fast } = await fastCopy(guest, thread.path);
    const html = await fast.body();

    const head = await guest.fetch(thread.path, { method: "HEAD", headers: { "accept-encoding": "identity" } });
    expect(head.status()).toBe(200);
    expect(head.headers()["x-fast-path"]).toBe("HIT");
    expect(head.headers()["content-length"]).toBe(String(html.length));
    expect((await head.body()).length).toBe(0);

    const etag = fast.headers()["etag"];
    expect(etag).toBeTruthy();
    const notModified = await guest.get(thread.path, { headers: { "if-none-match": etag } });
    expect(notModified.status()).toBe(304);

    // The raw bytes over a socket of our own: Playwright would decompress them.
    const url = new URL(thread.path, test.info().project.use.baseURL);
    for (const coding of ["br", "gzip"] as const) {
      // The compressed copies are made in the background once the page is kept (identity until then).
      await expect.poll(async () => (await fetchRaw(url, coding)).headers["content-encoding"]).toBe(coding);
      const raw = await fetchRaw(url, coding);
      expect(raw.headers["x-fast-path"]).toBe("HIT");
      expect(raw.headers["content-encoding"]).toBe(coding);
      const plain = coding === "br" ? zlib.brotliDecompressSync(raw.body) : zlib.gunzipSync(raw.body);
      expect(plain.equals(html)).toBe(true);
      expect(raw.body.length).toBeLessThan(html.length);
    }
  });

  test("a reply posted: the guest's next request is a fresh render with it, never the copy", async ({ browser }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    const { fast } = await fastCopy(guest, thread.path);
    expect(await textOf(fast)).toContain("Phản hồi: 0");

    const author = await loggedIn(browser, m);
    const response = await author.goto(thread.path);
    // A member never gets the guests' copy.
    expect(response?.headers()["x-fast-path"]).toBeUndefined();
    expect(response?.headers()["cache-control"]).toContain("private");
    const text = `Trả lời qua đường nhanh ${Date.now()}`;
    await author.locator("#reply-composer").getByLabel("Nội dung trả lời").fill(text);
    await author.getByRole("button", { name: "Gửi trả lời" }).click();
    await expect(author.getByTestId("reply-list")).toContainText(text);

    const next = await guest.get(thread.path);
    expect(next.headers()["x-fast-path"]).toBeUndefined();
    expect(["MISS", "HIT"]).toContain(next.headers()["x-cache-status"]);
    expect(await textOf(next)).toContain(text);
    // …and the fast path serves the new page from then on.
    const again = await fastCopy(guest, thread.path);
    expect(await textOf(again.fast)).toContain(text);
    expect(await textOf(again.fast)).toContain("Phản hồi: 1");
  });

  test("a member's request with the copy in memory is rendered for them", async ({ browser }) => {
    const m = establishedMember();
    const thread = createThread(m.username);
    await fastCopy(guest, thread.path);
    const member = await loggedIn(browser, m, false);
    const response = await member.goto(thread.path);
    expect(response?.headers()["x-fast-path"]).toBeUndefined();
    expect(response?.headers()["x-cache-status"]).toBeUndefined();
    await expect(member.locator("#reply-composer")).toBeVisible();
    await expect(member.getByTestId("account-menu")).toContainText(m.displayName);
  });
});

async function fetchRaw(url: URL, coding: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const http = await import("node:http");
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": coding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}
