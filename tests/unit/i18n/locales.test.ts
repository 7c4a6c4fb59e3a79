// The locale helpers: how a URL carries its language, how links keep it, how
// the server script hands a request to Next.js, and dates and numbers in each
// language.
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { alternateHrefs, localeHref, publicPath, splitLocale } from "@/lib/i18n/locales";
import { LOCALE_HEADER, localeOfRequest, withRequestLocale } from "@/lib/i18n/locale-handler";
import { currentLocale, currentRequestUrl } from "@/lib/i18n/request-locale";
import { formatDate, formatDateTime, formatNumber, formatTimeAgo, pageLocale } from "@/lib/format";

describe("splitLocale", () => {
  it("takes /en off English addresses", () => {
    expect(splitLocale("/en/threads/a.1")).toEqual({ locale: "en", url: "/threads/a.1" });
    expect(splitLocale("/en/threads/a.1/page-2?x=1")).toEqual({ locale: "en", url: "/threads/a.1/page-2?x=1" });
    expect(splitLocale("/en")).toEqual({ locale: "en", url: "/" });
    expect(splitLocale("/en?q=1")).toEqual({ locale: "en", url: "/?q=1" });
  });
  it("leaves Vietnamese addresses and look-alikes alone", () => {
    expect(splitLocale("/threads/a.1")).toEqual({ locale: "vi", url: "/threads/a.1" });
    expect(splitLocale("/english")).toEqual({ locale: "vi", url: "/english" });
    expect(splitLocale("/members/en")).toEqual({ locale: "vi", url: "/members/en" });
    expect(splitLocale("/")).toEqual({ locale: "vi", url: "/" });
  });
});

describe("localeHref", () => {
  it("prefixes internal paths for English, once", () => {
    expect(localeHref("en", "/threads/a.1")).toBe("/en/threads/a.1");
    expect(localeHref("en", "/")).toBe("/en");
    expect(localeHref("en", "/?page=2")).toBe("/en?page=2");
    expect(localeHref("en", "/en/threads/a.1")).toBe("/en/threads/a.1");
  });
  it("gives Vietnamese addresses without prefix", () => {
    expect(localeHref("vi", "/threads/a.1")).toBe("/threads/a.1");
    expect(localeHref("vi", "/en/threads/a.1")).toBe("/threads/a.1");
    expect(localeHref("vi", "/en")).toBe("/");
  });
  it("leaves other links alone", () => {
    for (const href of ["https://example.org/x", "//evil.example/x", "#top", "mailto:a@b.c"]) expect(localeHref("en", href)).toBe(href);
  });
});

describe("alternates and public paths", () => {
  it("gives a page's address in each language", () => {
    expect(alternateHrefs("/en/threads/a.1")).toEqual({ vi: "/threads/a.1", en: "/en/threads/a.1" });
    expect(alternateHrefs("/")).toEqual({ vi: "/", en: "/en" });
  });
  it("names a cached guest route by the address it is the copy of, without query", () => {
    expect(publicPath("/guest-view/en/threads/a.1")).toBe("/en/threads/a.1");
    expect(publicPath("/guest-view/threads/a.1/page-2")).toBe("/threads/a.1/page-2");
    expect(publicPath("/guest-view/forum-index/all")).toBe("/");
    expect(publicPath("/guest-view/en/forum-index/all")).toBe("/en");
    expect(publicPath("/en/threads/a.1?utm=x#p5")).toBe("/en/threads/a.1");
  });
});

describe("the server script's locale handler", () => {
  it("binds the cached guest routes to their language whatever the prefix", () => {
    expect(localeOfRequest("/guest-view/en/threads/a.1").locale).toBe("en");
    expect(localeOfRequest("/en/guest-view/threads/a.1")).toEqual({ locale: "vi", url: "/guest-view/threads/a.1" });
  });

  function run(url: string, headers: Record<string, string> = {}) {
    const req = { url, headers: { ...headers } } as unknown as IncomingMessage;
    let seen: { url?: string; header?: string | string[]; locale: string; requestUrl: string | null } | undefined;
    withRequestLocale((r) => {
      seen = { url: r.url, header: r.headers[LOCALE_HEADER], locale: currentLocale(), requestUrl: currentRequestUrl() };
    })(req, {} as ServerResponse);
    return seen!;
  }

  it("hands /en/… to Next.js without the prefix, marked English, inside the English store", () => {
    expect(run("/en/threads/a.1")).toEqual({ url: "/threads/a.1", header: "en", locale: "en", requestUrl: "/en/threads/a.1" });
  });
  it("passes Vietnamese requests unchanged, and drops a locale header sent by the client", () => {
    expect(run("/threads/a.1", { [LOCALE_HEADER]: "en" })).toEqual({ url: "/threads/a.1", header: undefined, locale: "vi", requestUrl: "/threads/a.1" });
  });
  it("is Vietnamese outside a request", () => {
    expect(currentLocale()).toBe("vi");
    expect(pageLocale()).toBe("vi");
  });
});

describe("formatting in the page's language", () => {
  const at = new Date("2026-07-25T02:37:00Z"); // 09:37 in Vietnam
  it("keeps the Vietnamese output of before", () => {
    expect(formatDateTime(at, "vi")).toBe("09:37 25/07/2026");
    expect(formatDate(at, "vi")).toBe("25/07/2026");
    expect(formatNumber(12345, "vi")).toBe("12.345");
    expect(formatTimeAgo(new Date(at.getTime() - 5 * 60_000), at, "vi")).toBe("5 phút trước");
    expect(formatTimeAgo(at, at, "vi")).toBe("vừa xong");
  });
  it("writes British English (en-GB) for English pages", () => {
    expect(formatDateTime(at, "en")).toBe("25/07/2026, 09:37");
    expect(formatNumber(12345, "en")).toBe("12,345");
    expect(formatTimeAgo(new Date(at.getTime() - 60 * 60_000), at, "en")).toBe("1 hour ago");
    expect(formatTimeAgo(new Date(at.getTime() - 3 * 86_400_000), at, "en")).toBe("3 days ago");
    expect(formatTimeAgo(at, at, "en")).toBe("just now");
  });
  it("follows the request's locale when none is given", () => {
    const req = { url: "/en/x", headers: {} } as unknown as IncomingMessage;
    let text = "";
    withRequestLocale(() => {
      text = formatNumber(1000);
    })(req, {} as ServerResponse);
    expect(text).toBe("1,000");
  });
});
