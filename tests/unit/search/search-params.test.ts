// The search page accepts any query string: malformed values fall back to
// their defaults instead of failing.
import { describe, expect, it } from "vitest";
import { parseSearchParams } from "@/lib/validation/search";
import { searchPath } from "@/lib/urls";

describe("parseSearchParams", () => {
  it("reads a well-formed query string", () => {
    expect(parseSearchParams({ q: " đầu tư ", page: "3", thread: "12", member: "an.nguyen", period: "30d", hidden: "1" })).toEqual({
      q: "đầu tư",
      page: 3,
      thread: 12,
      member: "an.nguyen",
      period: "30d",
      hidden: true,
    });
  });

  it("falls back to defaults for anything malformed", () => {
    const defaults = { q: "", page: 1, thread: undefined, member: "", period: undefined, hidden: false };
    expect(parseSearchParams({})).toEqual(defaults);
    expect(parseSearchParams(undefined)).toEqual(defaults);
    expect(parseSearchParams({ page: "abc", thread: "-4", period: "forever", hidden: "yes" })).toEqual(defaults);
    expect(parseSearchParams({ page: "0", thread: "1.5" })).toEqual(defaults);
    expect(parseSearchParams({ page: "99999999999", thread: "99999999999" })).toEqual(defaults);
  });

  it("takes the first of repeated parameters, and NFC-normalises text", () => {
    expect(parseSearchParams({ q: ["đầu".normalize("NFD"), "tư"], page: ["2", "9"] })).toMatchObject({ q: "đầu", page: 2 });
  });

  it("round-trips through searchPath, leaving defaults out", () => {
    expect(searchPath({ q: "đầu tư", page: 1 })).toBe("/search?q=%C4%91%E1%BA%A7u+t%C6%B0");
    const params = parseSearchParams({ q: "a&b=c", thread: "5", member: "x", period: "7d", hidden: "1", page: "2" });
    const back = Object.fromEntries(new URL(searchPath(params), "http://x").searchParams);
    expect(parseSearchParams(back)).toEqual(params);
    expect(searchPath({})).toBe("/search");
  });
});
