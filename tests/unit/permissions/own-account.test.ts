import { describe, expect, it } from "vitest";
import { canManageOwnAccount, canResendVerification, type Viewer } from "@/lib/permissions";
import { NOW, viewer } from "./viewers";

// An unverified member; the rows patch them.
const member = viewer(1, { emailVerified: false });

describe("own-account abilities", () => {
  it.each([
    ["guest", null, false, false],
    ["unverified member", member, true, true],
    ["verified member", { ...member, emailVerified: true }, true, false],
    ["suspended member", { ...member, suspendedUntil: new Date("2026-01-02T00:00:00Z") }, false, false],
    ["member whose suspension ended", { ...member, suspendedUntil: new Date("2025-12-31T00:00:00Z") }, true, true],
    ["banned member", { ...member, bannedAt: new Date("2025-01-01T00:00:00Z") }, false, false],
  ] as const)("%s: manage %s, resend %s", (_label, viewer, manage, resend) => {
    expect(canManageOwnAccount(viewer as Viewer | null, NOW)).toBe(manage);
    expect(canResendVerification(viewer as Viewer | null, NOW)).toBe(resend);
  });
});
