// The bounded map shared by the in-process caches (lib/lru-map.ts).
import { describe, expect, it } from "vitest";
import { LruMap } from "@/lib/lru-map";

describe("LruMap", () => {
  it("drops the least recently used entry past its bound; a read counts as a use", () => {
    const map = new LruMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1); // a is now the most recent
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe(1);
    expect(map.get("c")).toBe(3);
    expect(map.size).toBe(2);
  });

  it("bounds the weight held too, and a replaced or deleted entry gives its weight back", () => {
    const map = new LruMap<string, string>(100, (key) => key.length, 6);
    map.set("aaa", "x");
    map.set("bbb", "y");
    map.set("bbb", "z"); // replaced: still 6, nothing dropped
    expect(map.get("aaa")).toBe("x");
    map.delete("aaa");
    map.set("cc", "w");
    expect([map.get("bbb"), map.get("cc"), map.size]).toEqual(["z", "w", 2]);
    map.set("dddd", "v"); // 3 + 2 + 4 > 6: the oldest go until it fits
    expect([map.get("bbb"), map.get("cc"), map.get("dddd")]).toEqual([undefined, "w", "v"]);
  });
});
