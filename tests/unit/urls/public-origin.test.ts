// Issue 20, defect 8: links in e-mails and the setup log used another origin
// than the one configured ("localhost" when AUTH_URL said 127.0.0.1). One
// public origin for every absolute link, and a warning when two disagree.
import { afterEach, describe, expect, it } from "vitest";
import { verifyEmailMessage } from "@/lib/mail/account-messages";
import { publicOrigin, publicOriginWarning } from "@/lib/public-origin";
import { absoluteUrl } from "@/lib/urls";

const saved = { SITE_URL: process.env.SITE_URL, AUTH_URL: process.env.AUTH_URL, PORT: process.env.PORT };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe("the public origin", () => {
  it("is SITE_URL, else AUTH_URL's origin, else localhost on the port", () => {
    expect(publicOrigin({ SITE_URL: "https://banluan.vn/", AUTH_URL: "https://banluan.vn" })).toBe("https://banluan.vn");
    expect(publicOrigin({ AUTH_URL: "http://127.0.0.1:3000/api/auth" })).toBe("http://127.0.0.1:3000");
    expect(publicOrigin({ PORT: "3100" })).toBe("http://localhost:3100");
    expect(publicOrigin({})).toBe("http://localhost:3000");
    expect(publicOrigin({ SITE_URL: "không phải url", AUTH_URL: "http://127.0.0.1:3000" })).toBe("http://127.0.0.1:3000");
  });

  it("is what a verification e-mail links to when only AUTH_URL is set", () => {
    delete process.env.SITE_URL;
    process.env.AUTH_URL = "http://127.0.0.1:3456";
    process.env.PORT = "3456";
    const mail = verifyEmailMessage("lan@example.vn", "Lan", "abc");
    expect(mail.text).toContain("http://127.0.0.1:3456/verify?token=abc");
    expect(mail.text).not.toContain("localhost");
    expect(absoluteUrl("/setup?token=x")).toBe("http://127.0.0.1:3456/setup?token=x");
  });

  it("warns at start when SITE_URL and AUTH_URL disagree, or one is not a URL", () => {
    expect(publicOriginWarning({ SITE_URL: "http://localhost:3000", AUTH_URL: "http://127.0.0.1:3000" })).toMatch(/SITE_URL \(http:\/\/localhost:3000\) và AUTH_URL \(http:\/\/127\.0\.0\.1:3000\) khác nhau/);
    expect(publicOriginWarning({ SITE_URL: "ftp://x" })).toMatch(/SITE_URL="ftp:\/\/x" không phải/);
    expect(publicOriginWarning({ SITE_URL: "https://banluan.vn/", AUTH_URL: "https://banluan.vn/api/auth" })).toBeNull();
    expect(publicOriginWarning({ AUTH_URL: "http://127.0.0.1:3000" })).toBeNull();
    expect(publicOriginWarning({})).toBeNull();
  });
});
