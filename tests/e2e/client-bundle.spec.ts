// What the browser downloads stays free of server-side validation: the
// register page and the guests' thread page load no zod and no list of
// common passwords (both stay on the server: lib/validation/account.ts).
// Checked two ways: the scripts each page's HTML names, fetched as a
// browser would, and the chunks the build's manifests list for the route
// (scripts/lib/page-scripts.ts, which `npm run bundle:bytes` sums).
import path from "node:path";
import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { pageScripts } from "../../scripts/lib/page-scripts";

const NEXT_DIR = path.join(__dirname, "..", "..", ".next");
// Strings zod 4's bundle always holds (its class names), and entries of the common-password list.
const ZOD_MARKERS = ["$ZodType", "ZodError"];
const PASSWORD_MARKERS = ["trustno1", "anhyeuemmaimai", "matkhaucuatoi"];

function leaks(source: string): string[] {
  return [...ZOD_MARKERS, ...PASSWORD_MARKERS].filter((marker) => source.includes(marker));
}

/** The same-origin scripts a page's HTML makes the browser load, with their text. */
async function scriptsOf(request: APIRequestContext, pagePath: string): Promise<Map<string, string>> {
  const response = await request.get(pagePath);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));
  expect(sources.length).toBeGreaterThan(0);
  const scripts = new Map<string, string>();
  for (const src of sources) {
    if (!src.startsWith("/_next/")) continue;
    scripts.set(src, await (await request.get(src)).text());
  }
  return scripts;
}

async function firstThreadPath(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/")).text();
  const href = html.match(/href="(\/threads\/[^"/?#]+\.\d+)"/)?.[1];
  expect(href, "the index lists a thread").toBeTruthy();
  return href!;
}

test.describe("client JavaScript", () => {
  // Guests: no session cookie in these requests (the request fixture starts empty).
  test("the register page loads no zod and no password list", async ({ request }) => {
    for (const [src, text] of await scriptsOf(request, "/register")) expect(leaks(text), src).toEqual([]);
  });

  test("the guests' thread page loads no zod and no password list", async ({ request }) => {
    for (const [src, text] of await scriptsOf(request, await firstThreadPath(request))) expect(leaks(text), src).toEqual([]);
  });

  test("the build's chunks for those routes hold neither", () => {
    for (const route of ["(auth)/register", "(auth)/setup", "(auth)/reset-password", "guest-view/threads/[slugId]", "guest-view/threads/[slugId]/[pageSegment]"]) {
      const { files } = pageScripts(NEXT_DIR, route);
      expect(files.length, route).toBeGreaterThan(0);
      for (const file of files) expect(leaks(fs.readFileSync(path.join(NEXT_DIR, file), "utf8")), `${route}: ${file}`).toEqual([]);
    }
  });
});
