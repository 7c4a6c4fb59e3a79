// Redirects written outside lib/next/action.ts keep the request's language
// (issue 17): the login page a guest is sent to (requireViewer, the account
// routes, a message's permalink) and where logging in leads (signInWith, used
// by the password, second-step, passkey and setup logins).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { requestLocaleStorage } from "@/lib/i18n/request-locale";
import { inRequestLocale, loginPath } from "@/lib/next/login-path";

const signIn = vi.hoisted(() => vi.fn());
vi.mock("@/lib/next/auth", () => ({ signIn }));

const inEnglish = <T,>(run: () => T): T => requestLocaleStorage().run({ locale: "en", url: "/en/account" }, run);
const inVietnamese = <T,>(run: () => T): T => requestLocaleStorage().run({ locale: "vi", url: "/account" }, run);

describe("loginPath", () => {
  it("is the Vietnamese login page outside a request and on a Vietnamese page, unchanged from before", () => {
    expect(loginPath("/account")).toBe("/login?callbackUrl=%2Faccount");
    expect(inVietnamese(() => loginPath("/conversations/7/m/2"))).toBe("/login?callbackUrl=%2Fconversations%2F7%2Fm%2F2");
  });

  it("is the English login page on an English page, coming back to the address the app knows", () => {
    expect(inEnglish(() => loginPath("/account"))).toBe("/en/login?callbackUrl=%2Faccount");
    expect(inEnglish(() => loginPath("/conversations?after=abc"))).toBe("/en/login?callbackUrl=%2Fconversations%3Fafter%3Dabc");
  });

  it("takes a locale when one is given", () => {
    expect(inVietnamese(() => loginPath("/account", "en"))).toBe("/en/login?callbackUrl=%2Faccount");
  });
});

describe("inRequestLocale", () => {
  it("prefixes internal addresses on an English page, once, and leaves the rest alone", () => {
    expect(inEnglish(() => inRequestLocale("/conversations/3#m-4"))).toBe("/en/conversations/3#m-4");
    expect(inEnglish(() => inRequestLocale("/en/account"))).toBe("/en/account");
    expect(inEnglish(() => inRequestLocale("https://example.test/x"))).toBe("https://example.test/x");
    expect(inVietnamese(() => inRequestLocale("/verified?status=verified"))).toBe("/verified?status=verified");
  });
});

describe("signInWith", () => {
  beforeEach(() => signIn.mockReset());

  it("sends next-auth to the page in the request's language", async () => {
    const { signInWith } = await import("@/lib/next/sign-in");
    signIn.mockResolvedValue(undefined);
    await expect(inEnglish(() => signInWith("ticket-en", "/account"))).rejects.toThrow();
    expect(signIn).toHaveBeenLastCalledWith("credentials", { ticket: "ticket-en", redirectTo: "/en/account" });
    await expect(inVietnamese(() => signInWith("ticket-vi", "/account?notice=password"))).rejects.toThrow();
    expect(signIn).toHaveBeenLastCalledWith("credentials", { ticket: "ticket-vi", redirectTo: "/account?notice=password" });
  });
});
