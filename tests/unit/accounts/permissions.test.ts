import { describe, expect, it } from "vitest";
import { canManageOwnAccount, canResendVerification, type Viewer } from "@/lib/permissions";

const now = new Date("2026-01-01T00:00:00Z");
const member: Viewer = {
  id: 1,
  username: "ana",
  displayName: "Ana",
  role: "member",
  emailVerified: false,
  suspendedUntil: null,
  bannedAt: null,
  sanctionReason: null,
  createdAt: now,
};

describe("own-account abilities", () => {
  it.each([
    ["guest", null, false, false],
    ["unverified member", member, true, true],
    ["verified member", { ...member, emailVerified: true }, true, false],
    ["suspended member", { ...member, suspendedUntil: new Date("2026-01-02T00:00:00Z") }, false, false],
    ["member whose suspension ended", { ...member, suspendedUntil: new Date("2025-12-31T00:00:00Z") }, true, true],
    ["banned member", { ...member, bannedAt: new Date("2025-01-01T00:00:00Z") }, false, false],
  ] as const)("%s: manage %s, resend %s", (_label, viewer, manage, resend) => {
    expect(canManageOwnAccount(viewer as Viewer | null, now)).toBe(manage);
    expect(canResendVerification(viewer as Viewer | null, now)).toBe(resend);
  });
});
