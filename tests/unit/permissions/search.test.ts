import { describe, expect, it } from "vitest";
import { canSearchHidden, type Role, type Viewer } from "@/lib/permissions";
import { fromNow, viewer } from "./viewers";

const as = (role: Role, extra: Partial<Viewer> = {}): Viewer => viewer(7, { role, ...extra });

describe("canSearchHidden", () => {
  const table: [string, Viewer | null, boolean][] = [
    ["a guest", null, false],
    ["a member", as("member"), false],
    ["an unverified member", as("member", { emailVerified: false }), false],
    ["a moderator", as("moderator"), true],
    ["an administrator", as("admin"), true],
    ["a suspended moderator", as("moderator", { suspendedUntil: fromNow(1) }), false],
    ["a moderator whose suspension ended", as("moderator", { suspendedUntil: fromNow(-1) }), true],
    ["a banned administrator", as("admin", { bannedAt: fromNow(-0.001) }), false],
  ];
  for (const [who, v, allowed] of table) {
    it(`${allowed ? "allows" : "denies"} ${who}`, () => {
      expect(canSearchHidden(v)).toBe(allowed);
    });
  }
});
