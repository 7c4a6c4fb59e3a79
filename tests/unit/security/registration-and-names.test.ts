// Issue 11, defects 6 (account enumeration through registration) and 11
// (display-name impersonation), against a real temporary database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { claimsStaffTitle, displayNameKey, backfillDisplayNameKeys } from "@/lib/accounts/display-name-key";
import { changeDisplayName } from "@/lib/accounts/manage-account";
import { createMember } from "@/lib/accounts/create-member";
import { registerMember } from "@/lib/accounts/register-member";
import type { Viewer } from "@/lib/permissions";
import { useAccountTestEnv } from "../helpers/account-test-env";

const env = useAccountTestEnv();
const outbox = env.outbox;

let n = 0;
function input(patch: Partial<{ displayName: string; username: string; email: string }> = {}) {
  n += 1;
  return { displayName: `Người thử ${n}`, username: `nguoithu${n}`, email: `nguoithu${n}@example.vn`, password: "Một-mật-khẩu-dài-99", ...patch };
}
/** How many messages in the outbox are addressed to `to`. */
const mailsTo = (to: string) =>
  fs.readdirSync(outbox).filter((f) => new RegExp(`^To: ${to.replace(/[.]/g, "\\.")}$`, "mi").test(fs.readFileSync(path.join(outbox, f), "utf8"))).length;

describe("registration does not tell who has an account", () => {
  it("answers a taken email as it answers a free one, creates nothing and mails the owner", async () => {
    const owner = input();
    const first = await registerMember(env.db, owner, { ip: "203.0.113.1" });
    expect(first).toEqual({ ok: true, mail: { ok: true } });
    const before = await env.db.user.count();
    const probe = await registerMember(env.db, input({ email: owner.email.toUpperCase().replace("EXAMPLE.VN", "example.vn") }), { ip: "203.0.113.1" });
    expect(probe).toEqual(first);
    expect(await env.db.user.count()).toBe(before);
    // The owner's second mail: the notice (the first was their verification link).
    await expect.poll(() => mailsTo(owner.email)).toBe(2);
  });

  it("says a taken username (it is public) but counts every attempt: the 31st within the hour is refused", async () => {
    const ip = "203.0.113.31";
    const taken = input();
    await registerMember(env.db, taken, { ip });
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await registerMember(env.db, input({ username: taken.username }), { ip }));
    expect(answers[0]).toMatchObject({ ok: false, errors: { username: expect.stringContaining("đã có người dùng") } });
    expect(answers.at(-1)).toMatchObject({ ok: false, reason: "throttled" });
    expect(answers.filter((a) => "reason" in a && a.reason === "throttled")).toHaveLength(1);
  });
});

describe("display names are unique by how they look", () => {
  it("folds case, NFC/NFD and Latin/Cyrillic/Greek look-alikes into one key", () => {
    expect(displayNameKey("admin1")).toBe(displayNameKey("Admin1"));
    expect(displayNameKey("admin1")).toBe(displayNameKey("\u0430dmin1")); // Cyrillic а
    expect(displayNameKey("Nguyễn Hoàng")).toBe(displayNameKey("Nguyễn Hoàng".normalize("NFD")));
    expect(displayNameKey("ΑΝΝΑ")).toBe(displayNameKey("anna")); // Greek capitals
    // Different names stay different: marks are part of a Vietnamese name.
    expect(displayNameKey("Nguyễn Hoàng")).not.toBe(displayNameKey("Nguyen Hoang"));
  });

  it("refuses another member's name in any of those spellings, at registration and on rename", async () => {
    const original = await createMember(env.db, { ...input({ displayName: "Nguyễn Hoàng" }), role: "member", emailVerified: true });
    expect(original.ok).toBe(true);
    for (const copy of ["nguyễn hoàng", "Nguyễn Hoàng".normalize("NFD"), "NGUYỄN HOÀNG"]) {
      const result = await createMember(env.db, { ...input({ displayName: copy }), role: "member", emailVerified: true });
      expect(result).toMatchObject({ ok: false, errors: { displayName: expect.stringContaining("trông giống") } });
    }
    const other = await createMember(env.db, { ...input(), role: "member", emailVerified: true });
    if (!other.ok) throw new Error("setup");
    const viewer = { id: other.user.id, role: "member", bannedAt: null, suspendedUntil: null } as Viewer;
    expect(await changeDisplayName(env.db, viewer, "Nguyễn Hoàng".normalize("NFD"))).toMatchObject({ ok: false });
    // Renaming to one's own name in another case is fine.
    expect(await changeDisplayName(env.db, viewer, other.user.displayName.toUpperCase())).toEqual({ ok: true });
  });

  it("keeps staff titles for staff: a member cannot be “Admin”, “аdmin1” or “Quản trị viên”", async () => {
    for (const name of ["Admin", "\u0430dmin1", "Quản trị viên", "quan_tri_vien", "Điều hành viên 2", "M0derator"]) {
      expect(claimsStaffTitle(name), name).toBe(true);
      const result = await createMember(env.db, { ...input({ displayName: name }), role: "member", emailVerified: true });
      expect(result, name).toMatchObject({ ok: false, errors: { displayName: expect.stringContaining("ban quản trị") } });
    }
    for (const name of ["Badminton Hà Nội", "Admiral Tâm", "Quân"]) expect(claimsStaffTitle(name), name).toBe(false);
    const staff = await createMember(env.db, { ...input({ displayName: "Quản trị viên" }), role: "admin", emailVerified: true });
    expect(staff.ok).toBe(true);
  });

  it("prepare-db fills in missing keys; a later look-alike is left without one", async () => {
    const a = await env.db.user.create({ data: { username: "cu1", usernameKey: "cu1", displayName: "Thành viên cũ" } });
    const b = await env.db.user.create({ data: { username: "cu2", usernameKey: "cu2", displayName: "thành viên cũ" } });
    expect(await backfillDisplayNameKeys(env.db)).toBeGreaterThanOrEqual(1);
    expect((await env.db.user.findUniqueOrThrow({ where: { id: a.id } })).displayNameKey).toBe(displayNameKey("Thành viên cũ"));
    expect((await env.db.user.findUniqueOrThrow({ where: { id: b.id } })).displayNameKey).toBeNull();
  });
});
