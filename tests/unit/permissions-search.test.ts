import { describe, expect, it } from "vitest";
import { canSearchHidden, type Role, type Viewer } from "@/lib/permissions";

const NOW = Date.now();

function viewer(role: Role, extra: Partial<Viewer> = {}): Viewer {
  return {
    id: 7,
    username: "thanh.vien",
    displayName: "Thành Viên",
    role,
    emailVerified: true,
    suspendedUntil: null,
    bannedAt: null,
    sanctionReason: null,
    createdAt: new Date(NOW - 86_400_000),
    ...extra,
  };
}

describe("canSearchHidden", () => {
  const table: [string, Viewer | null, boolean][] = [
    ["a guest", null, false],
    ["a member", viewer("member"), false],
    ["an unverified member", viewer("member", { emailVerified: false }), false],
    ["a moderator", viewer("moderator"), true],
    ["an administrator", viewer("admin"), true],
    ["a suspended moderator", viewer("moderator", { suspendedUntil: new Date(NOW + 3_600_000) }), false],
    ["a moderator whose suspension ended", viewer("moderator", { suspendedUntil: new Date(NOW - 3_600_000) }), true],
    ["a banned administrator", viewer("admin", { bannedAt: new Date(NOW - 1000) }), false],
  ];
  for (const [who, v, allowed] of table) {
    it(`${allowed ? "allows" : "denies"} ${who}`, () => {
      expect(canSearchHidden(v)).toBe(allowed);
    });
  }
});
