// Issue 11, defects 9 (lone surrogate, callbackUrl) and 10 (control and
// format characters): the shared schemas refuse them in names and titles and
// strip them from post text, keeping emoji sequences and Vietnamese marks.
import { describe, expect, it } from "vitest";
import { displayNameSchema } from "@/lib/validation/account";
import { draftSchema, replySourceSchema } from "@/lib/validation/reply";
import { threadDraftSchema, threadTitleSchema } from "@/lib/validation/thread";
import { threadToolSchema } from "@/lib/validation/moderation";
import { safeReturnPath } from "@/lib/urls";

const RLO = "\u202E";
const PDF = "\u202C";
const FAMILY = "👨\u200D👩\u200D👧"; // one emoji, three people joined by U+200D
const NFD_NAME = "Nguye\u0302\u0303n Hoa\u0300ng"; // "Nguyễn Hoàng" typed with combining marks

describe("thread titles", () => {
  const bad = {
    NUL: "Tiêu đề\u0000 có NUL",
    "right-to-left override": `Quản trị viên ${RLO}đã khóa${PDF}`,
    "left-to-right isolate": "Tiêu đề \u2066ẩn\u2069 đây",
    "five zero-width spaces": "\u200B".repeat(5),
    "zero-width spaces among letters": "Ti\u200Bêu đề hợp lệ",
    "hangul fillers only": "\u3164".repeat(6),
    "a lone surrogate": "Tiêu đề \uD800 lẻ",
  };
  for (const [what, title] of Object.entries(bad)) {
    it(`refuses ${what}`, () => {
      const parsed = threadTitleSchema.safeParse(title);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0].message).toMatch(/Tiêu đề/);
    });
  }
  it("keeps emoji joined by ZWJ and Vietnamese combining marks (made NFC)", () => {
    expect(threadTitleSchema.parse(`Gia đình ${FAMILY} đi chơi`)).toBe(`Gia đình ${FAMILY} đi chơi`);
    expect(threadTitleSchema.parse(`${NFD_NAME} viết bài`)).toBe("Nguyễn Hoàng viết bài");
  });
  it("a moderator's rename follows the same rule", () => {
    expect(threadToolSchema.safeParse({ tool: "rename", threadId: 1, title: `Đã ${RLO}khóa${PDF} rồi` }).success).toBe(false);
    expect(threadToolSchema.safeParse({ tool: "rename", threadId: 1, title: "Tên mới hợp lệ" }).success).toBe(true);
  });
});

describe("display names", () => {
  it("refuse NUL, bidi overrides, zero-width and invisible-only names", () => {
    for (const name of ["Ad\u0000min", `Ana ${RLO}nimda`, "An\u200Ba", "\u2800\u2800\u2800", "\uFEFFAna"]) {
      expect(displayNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(false);
    }
  });
  it("accept Vietnamese (NFD made NFC) and emoji sequences", () => {
    expect(displayNameSchema.parse(NFD_NAME)).toBe("Nguyễn Hoàng");
    expect(displayNameSchema.parse(`Bố ${FAMILY}`)).toBe(`Bố ${FAMILY}`);
  });
});

describe("post text", () => {
  it("strips NUL and bidi overrides so they cannot reorder what follows", () => {
    expect(replySourceSchema.parse(`Xin chào\u0000 ${RLO}ạn bạn${PDF} nhé`)).toBe("Xin chào ạn bạn nhé");
    expect(replySourceSchema.parse("a\u2067b\u2069c")).toBe("abc");
  });
  it("keeps emoji ZWJ sequences, combining marks, tabs and line breaks", () => {
    expect(replySourceSchema.parse(`${FAMILY}\tvui\r\n${NFD_NAME}`)).toBe(`${FAMILY}\tvui\nNguyễn Hoàng`);
  });
  it("a text of only controls is empty, and refused as such", () => {
    expect(replySourceSchema.safeParse(`\u0000${RLO}`).success).toBe(false);
  });
  it("a lone surrogate in a draft (saveDraftAction) becomes U+FFFD instead of a database error", () => {
    expect(draftSchema.parse({ threadId: 1, source: "nháp \uD83D cụt", clientToken: "0123456789abcdef0123456789abcdef" }).source).toBe("nháp \uFFFD cụt");
    expect(threadDraftSchema.parse({ categoryId: "", title: "a\uDC00", source: "b", clientToken: "0123456789abcdef0123456789abcdef" }).title).toBe("a\uFFFD");
  });
});

describe("return paths after login", () => {
  it("percent-encode what a Location header cannot carry (ERR_INVALID_CHAR before)", () => {
    const path = safeReturnPath("/\u3000/evil.test");
    expect(path).toBe("/%E3%80%80/evil.test");
    expect(() => new Headers({ location: path })).not.toThrow();
    expect(safeReturnPath("/chủ-đề?q=đầu tư")).toBe("/ch%E1%BB%A7-%C4%91%E1%BB%81?q=%C4%91%E1%BA%A7u%20t%C6%B0");
  });
  it("still refuse other origins, controls and lone surrogates", () => {
    for (const bad of ["//evil.test", "/\\evil.test", "https://evil.test", "/a\u0000b", "/a\uD800"]) expect(safeReturnPath(bad)).toBe("/");
  });
});
