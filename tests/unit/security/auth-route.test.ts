// Issue 11, defect 8: with AUTH_URL set (as in production), every next-auth
// endpoint answered 500 — "Cannot destructure property 'href' of
// 'e.nextUrl'": our route handed next-auth a plain Request, and next-auth
// reads request.nextUrl to apply AUTH_URL. (Without AUTH_URL, the OAuth
// journey in tests/e2e/accounts-oauth.spec.ts goes through the same endpoints.)
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const saved = { url: process.env.AUTH_URL, secret: process.env.AUTH_SECRET };
beforeAll(() => {
  process.env.AUTH_URL = "https://banluan.example";
  process.env.AUTH_SECRET = "unit-test-secret-0123456789abcdef";
});
afterAll(() => {
  process.env.AUTH_URL = saved.url;
  process.env.AUTH_SECRET = saved.secret;
  if (saved.url === undefined) delete process.env.AUTH_URL;
});

describe("next-auth's endpoints with AUTH_URL set", () => {
  for (const endpoint of ["csrf", "session", "providers", "signin", "signout"]) {
    it(`GET /api/auth/${endpoint} answers without a server error`, async () => {
      const { GET } = await import("@/app/api/auth/[...nextauth]/route");
      const request = new NextRequest(`http://127.0.0.1:3000/api/auth/${endpoint}`, { headers: { host: "127.0.0.1:3000" } });
      const response = await GET(request);
      expect(response.status).toBeLessThan(500);
    });
  }
  it("builds its URLs from AUTH_URL", async () => {
    const { GET } = await import("@/app/api/auth/[...nextauth]/route");
    const response = await GET(new NextRequest("http://127.0.0.1:3000/api/auth/providers"));
    expect(JSON.stringify(await response.json())).toContain("https://banluan.example/api/auth/callback/credentials");
  });
});
