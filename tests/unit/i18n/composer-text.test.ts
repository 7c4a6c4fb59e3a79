// The writing forms' words (components/thread/composer-text.ts): the client
// components' Vietnamese fallback is the Vietnamese catalog itself, their
// placeholders are filled as the catalog's ICU would fill them, counts pick
// the page language's plural category, and every reaction kind has a name in
// both languages (components/thread/reaction-names.ts).
import { describe, expect, it } from "vitest";
import { fill, fillCount, VI_COMPOSER_TEXT } from "@/components/thread/composer-text";
import { reactionNames } from "@/components/thread/reaction-names";
import { REACTION_KINDS } from "@/lib/forum/reaction-kinds";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { requestLocaleStorage } from "@/lib/i18n/request-locale";
import { translatorFor } from "@/lib/i18n/text";

const inEnglish = <T,>(fn: () => T): T => requestLocaleStorage().run({ locale: "en", url: "/en" }, fn);

describe("composer text", () => {
  it("falls back to the Vietnamese catalog, key for key", () => {
    expect(VI_COMPOSER_TEXT).toEqual(CATALOGS.vi.composer);
    expect(Object.keys(CATALOGS.en.composer).sort()).toEqual(Object.keys(VI_COMPOSER_TEXT).sort());
  });

  it("fills placeholders as the catalog does, numbers in the page's language", () => {
    const vi = translatorFor("vi");
    const en = translatorFor("en");
    expect(fill(VI_COMPOSER_TEXT.maxChars, { max: 20000 })).toBe("Tối đa 20.000 ký tự. Không hỗ trợ HTML.");
    expect(fill(VI_COMPOSER_TEXT.maxChars, { max: 20000 })).toBe(vi("composer.maxChars", { max: 20000 }));
    expect(inEnglish(() => fill(CATALOGS.en.composer.maxChars, { max: 20000 }))).toBe(en("composer.maxChars", { max: 20000 }));
    expect(fill(VI_COMPOSER_TEXT.pictureUploading, { name: "anh {x}.png" })).toBe("Đang tải lên anh {x}.png…");
    // An unknown placeholder stays as written rather than vanishing.
    expect(fill("{a} và {b}", { a: "1" })).toBe("1 và {b}");
  });

  it("chooses one or other by the page language's plural rules", () => {
    const { quotesInsertOne: viOne, quotesInsertOther: viOther } = VI_COMPOSER_TEXT;
    const { quotesInsertOne: enOne, quotesInsertOther: enOther } = CATALOGS.en.composer;
    expect(fillCount(viOne, viOther, 1)).toBe("Chèn 1 trích dẫn");
    expect(fillCount(viOne, viOther, 3)).toBe("Chèn 3 trích dẫn");
    expect(inEnglish(() => fillCount(enOne, enOther, 1))).toBe("Insert 1 quote");
    expect(inEnglish(() => fillCount(enOne, enOther, 3))).toBe("Insert 3 quotes");
  });
});

describe("reaction names", () => {
  it("names every kind in both languages, the Vietnamese as before", () => {
    const vi = reactionNames(translatorFor("vi") as never);
    const en = reactionNames(translatorFor("en") as never);
    for (const { kind, label } of REACTION_KINDS) {
      expect(vi[kind]).toBe(label);
      expect(en[kind]).toBeTruthy();
    }
    expect(en).toEqual({ like: "Like", love: "Love", haha: "Haha", wow: "Wow", sad: "Sad", angry: "Angry" });
  });
});
