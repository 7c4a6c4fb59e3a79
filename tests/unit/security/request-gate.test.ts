// Issue 11, defects 5 (forged X-Forwarded-For), 7 (hardening headers) and 9
// (500 instead of a clear 4xx): the request gate in front of Next.js, run on
// a real HTTP server with a stand-in for Next.js's handler that records what
// reached it.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGate, type GateConfig } from "@/lib/http-gate/gate";
import { inspectBody, multipartBoundary, nestingDepth } from "@/lib/http-gate/inspect-body";
import { clientIp } from "@/lib/client-ip";

type Seen = { headers: http.IncomingHttpHeaders; body: string };
let seen: Seen[] = [];
let base = "";
let servers: http.Server[] = [];

async function start(config: Partial<GateConfig> = {}): Promise<string> {
  const gate = createGate({ trustProxy: false, siteOrigins: ["https://banluan.example"], https: false, formActionOrigins: [], ...config }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      seen.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.setHeader("x-nextjs-cache", "HIT");
      res.setHeader("x-nextjs-prerender", "1");
      res.setHeader("set-cookie", "authjs.session-token=abc; Path=/; HttpOnly");
      res.writeHead(200, { "content-type": "text/plain", "x-nextjs-stale-time": "300" });
      res.end("ok");
    });
  });
  const server = http.createServer(gate);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  base = await start();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const post = (path: string, body: string | Buffer, headers: Record<string, string> = {}, at = base) =>
  fetch(`${at}${path}`, { method: "POST", body: body as unknown as BodyInit, headers: { "content-type": "application/x-www-form-urlencoded", ...headers } });

describe("the client's address", () => {
  it("is the socket's, whatever X-Forwarded-For or X-Real-IP the client sends, without TRUST_PROXY", async () => {
    seen = [];
    await fetch(`${base}/`, { headers: { "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", "x-forwarded-host": "evil.test" } });
    const headers = new Headers(seen[0].headers as Record<string, string>);
    expect(clientIp(headers, false)).toBe("127.0.0.1");
    expect(headers.get("x-real-ip")).toBeNull();
    expect(headers.get("x-forwarded-host")).toBe(new URL(base).host);
    expect(headers.get("x-forwarded-proto")).toBe("http");
  });
  it("behind a configured proxy (TRUST_PROXY=1) the proxy's headers are kept and read", async () => {
    const proxied = await start({ trustProxy: true });
    seen = [];
    await fetch(`${proxied}/`, { headers: { "x-forwarded-for": "6.6.6.6, 198.51.100.4" } });
    expect(clientIp(new Headers(seen[0].headers as Record<string, string>), true)).toBe("198.51.100.4");
  });
});

describe("hardening headers", () => {
  it("are on every response; Next.js's x-nextjs-* are not", async () => {
    const response = await fetch(`${base}/threads/x.1`);
    const csp = response.headers.get("content-security-policy") ?? "";
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "script-src 'self' 'unsafe-inline'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain("unsafe-eval");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("permissions-policy")).toContain("camera=()");
    expect(response.headers.get("strict-transport-security")).toBeNull();
    expect([...response.headers.keys()].filter((k) => k.startsWith("x-nextjs-"))).toEqual([]);
  });
  it("over https add HSTS and make every cookie Secure; OAuth providers may receive the sign-in form", async () => {
    const secure = await start({ https: true, formActionOrigins: ["https://accounts.google.com"] });
    const response = await fetch(`${secure}/`);
    expect(response.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(response.headers.get("set-cookie")).toMatch(/; Secure$/);
    expect(response.headers.get("content-security-policy")).toContain("form-action 'self' https://accounts.google.com");
  });
});

describe("bodies Next.js answered with a 500", () => {
  it("a body over 1 MB is refused with 413 from Content-Length, in Vietnamese, before it is read", async () => {
    seen = [];
    for (const mb of [1, 10]) {
      const response = await post("/login", Buffer.alloc(mb * 1024 * 1024 + 1, 0x61), { accept: "text/html" });
      expect(response.status).toBe(413);
      expect(response.headers.get("content-type")).toContain("text/html");
      expect(await response.text()).toContain("Dữ liệu gửi lên quá lớn");
    }
    expect(seen).toHaveLength(0);
  });
  it("a multipart post form with pictures may be larger (UPLOAD_MAX_REQUEST_MB), up to its own limit, refused above it in Vietnamese", async () => {
    const at = await start({ maxUploadBodyBytes: 3 * 1024 * 1024 });
    const boundary = "----pictures";
    const part = (size: number) =>
      Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="images"; filename="a.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`),
        Buffer.alloc(size, 0x61),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
    seen = [];
    const ok = await post("/threads/x.1", part(2 * 1024 * 1024), { "content-type": `multipart/form-data; boundary=${boundary}` }, at);
    expect(ok.status).toBe(200);
    expect(seen).toHaveLength(1);
    const big = await post("/threads/x.1", part(3 * 1024 * 1024), { "content-type": `multipart/form-data; boundary=${boundary}`, accept: "text/html" }, at);
    expect(big.status).toBe(413);
    expect(await big.text()).toContain("Dữ liệu gửi lên quá lớn (tối đa 3 MB một lần). Nội dung chưa được gửi");
    // A urlencoded body keeps the 1 MB limit.
    const form = await post("/login", Buffer.alloc(2 * 1024 * 1024, 0x61), {}, at);
    expect(form.status).toBe(413);
    expect(seen).toHaveLength(1);
  });
  it("malformed multipart, 20 000 fields and arguments nested 5 000 deep get 400; nothing reaches Next.js", async () => {
    seen = [];
    const boundary = "----formboundary123";
    const good = `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\nxin chào\r\n--${boundary}--\r\n`;
    const bad: Array<[string, string]> = [
      [`multipart/form-data; boundary=${boundary}`, good.slice(0, 40)], // truncated
      [`multipart/form-data; boundary=other`, good], // wrong boundary
      ["multipart/form-data", good], // no boundary
      [`multipart/form-data; boundary=${boundary}`, "rác rác rác"], // garbage
      ["application/x-www-form-urlencoded", Array.from({ length: 20_000 }, (_, i) => `f${i}=1`).join("&")],
      ["text/plain;charset=UTF-8", "[".repeat(5000) + "]".repeat(5000)],
      ["text/plain;charset=UTF-8", '[12,"nháp \\ud800 cụt"]'], // saveDraftAction with a lone surrogate
      [`multipart/form-data; boundary=${boundary}`, `--${boundary}\r\nContent-Disposition: form-data; name="1"\r\n\r\n${"[".repeat(5000)}\r\n--${boundary}--\r\n`],
    ];
    for (const [type, body] of bad) {
      const response = await post("/threads/x.1", body, { "content-type": type, "next-action": "abc" });
      expect(response.status, `${type}: ${body.slice(0, 30)}`).toBe(400);
      expect(await response.text()).toMatch(/không hợp lệ|quá nhiều trường|lồng nhau quá sâu|ký tự không hợp lệ/);
    }
    expect(seen).toHaveLength(0);
    // A well-formed one goes through, body intact.
    const ok = await post("/threads/x.1", good, { "content-type": `multipart/form-data; boundary=${boundary}` });
    expect(ok.status).toBe(200);
    expect(seen[0].body).toBe(good);
  });
  it("a form posted from another site is refused with 403; one from the forum (or its public origin) passes", async () => {
    seen = [];
    for (const origin of ["https://evil.test", "null"]) {
      const response = await post("/mod/settings", form({ a: "1" }), { origin });
      expect(response.status, origin).toBe(403);
    }
    expect((await post("/x", form({ a: "1" }), { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(seen).toHaveLength(0);
    expect((await post("/x", form({ a: "1" }), { origin: base })).status).toBe(200);
    expect((await post("/x", form({ a: "1" }), { origin: "https://banluan.example" })).status).toBe(200);
    // An OAuth provider may post its callback.
    expect((await post("/api/auth/callback/google", form({ code: "1" }), { origin: "https://accounts.google.com" })).status).toBe(200);
  });
});

describe("body inspection", () => {
  it("reads boundaries, counts nesting outside strings only", () => {
    expect(multipartBoundary("multipart/form-data; boundary=----WebKitFormBoundaryAbC123")).toBe("----WebKitFormBoundaryAbC123");
    expect(multipartBoundary('multipart/form-data; boundary="a b"')).toBeNull();
    expect(nestingDepth('[1,{"a":"[[[[[[[["}]')).toBe(2);
    expect(inspectBody("text/plain", Buffer.from(JSON.stringify([{ threadId: 1, source: "[".repeat(500) }])))).toBeNull();
    // A whole emoji escaped as a pair, and a literal backslash-u typed by a member, are fine.
    expect(inspectBody("text/plain", Buffer.from('[1,"\\ud83d\\ude00"]'))).toBeNull();
    expect(inspectBody("text/plain", Buffer.from(JSON.stringify([1, "gõ \\ud800 như chữ"])))).toBeNull();
    expect(inspectBody("text/plain", Buffer.from(JSON.stringify([1, "a\ud800b"])))).toMatchObject({ status: 400 });
  });
});

describe("the database unreachable", () => {
  it("every request but static assets gets the Vietnamese 503 page, nothing reaches the app, and it ends when the database is back", async () => {
    const { markDatabaseDown, markDatabaseUp } = await import("@/lib/db/availability");
    seen = [];
    markDatabaseDown();
    try {
      const page = await fetch(`${base}/threads/x.1`, { headers: { accept: "text/html" } });
      expect(page.status).toBe(503);
      expect(page.headers.get("retry-after")).toBe("10");
      expect(await page.text()).toContain("tạm thời không truy cập được");
      const posted = await post("/threads/x.1", form({ source: "Một trả lời" }), { origin: "https://banluan.example" });
      expect(posted.status).toBe(503);
      expect((await fetch(`${base}/_next/static/chunks/a.js`)).status).toBe(200);
      expect(seen).toHaveLength(1);
    } finally {
      markDatabaseUp();
    }
    expect((await fetch(`${base}/threads/x.1`)).status).toBe(200);
  });

  it("the request that meets the outage first gets the 503 page too, not the framework's 500 — and a 500 without an outage stays a 500", async () => {
    const { markDatabaseDown, markDatabaseUp } = await import("@/lib/db/availability");
    // A stand-in for a page whose query fails: the driver marks the database
    // down as the query fails (lib/db-client.ts), then Next.js sends its error page.
    const failing = (outage: boolean, explicitHead: boolean) =>
      createGate({ trustProxy: false, siteOrigins: [], https: false, formActionOrigins: [] }, (_req, res) => {
        setTimeout(() => {
          if (outage) markDatabaseDown();
          res.setHeader("content-type", "text/html; charset=utf-8");
          if (explicitHead) res.writeHead(500, { "content-length": "22" });
          else res.statusCode = 500;
          res.write("<h1>Internal ");
          res.end("Error</h1>");
        }, 5);
      });
    for (const explicitHead of [false, true]) {
      const server = http.createServer(failing(true, explicitHead));
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      const at = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const page = await fetch(`${at}/threads/x.1`, { headers: { accept: "text/html" } });
        expect(page.status).toBe(503);
        expect(page.headers.get("retry-after")).toBe("10");
        const text = await page.text();
        expect(text).toContain("tạm thời không truy cập được");
        expect(text).not.toContain("Internal");
      } finally {
        markDatabaseUp();
      }
    }
    const healthy = http.createServer(failing(false, false));
    servers.push(healthy);
    await new Promise<void>((resolve) => healthy.listen(0, "127.0.0.1", resolve));
    const bug = await fetch(`http://127.0.0.1:${(healthy.address() as AddressInfo).port}/threads/x.1`);
    expect(bug.status).toBe(500);
    expect(await bug.text()).toBe("<h1>Internal Error</h1>");
  });
});
