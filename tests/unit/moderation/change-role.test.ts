// Changing a member's role and title: only administrators, never their own,
// every change logged with from → to and the member told of a new role; a
// refused or empty change writes nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeMemberRole } from "@/lib/moderation/change-role";
import { describeLogDetails } from "@/lib/mod-log/describe-log-details";
import { makeMember } from "../forum/fixtures";

const logFor = (userId: number) => db.moderationLog.findMany({ where: { targetUserId: userId }, orderBy: { id: "asc" } });

describe("changeMemberRole", () => {
  it("an administrator promotes a member and sets a title; both are logged and the member is told", async () => {
    const admin = await makeMember({ role: "admin" });
    const member = await makeMember();
    await changeMemberRole(admin, { userId: member.id, role: "moderator", userTitle: "  Người  giữ  lửa " });
    expect(await db.user.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ role: "moderator", userTitle: "Người giữ lửa" });
    const log = await logFor(member.id);
    expect(log.map((e) => [e.action, e.actorId])).toEqual([
      ["member.role", admin.id],
      ["member.title", admin.id],
    ]);
    expect(describeLogDetails(log[0].action, log[0].details)).toBe("Thành viên → Điều hành viên");
    expect(describeLogDetails(log[1].action, log[1].details)).toBe("(không có) → “Người giữ lửa”");
    expect(await db.notification.findFirst({ where: { userId: member.id, kind: "member.role" } })).toMatchObject({
      message: "Vai trò của bạn đã được đổi thành Điều hành viên.",
    });
  });

  it("an empty title removes it; changing only the title does not notify", async () => {
    const admin = await makeMember({ role: "admin" });
    const member = await makeMember();
    await db.user.update({ where: { id: member.id }, data: { userTitle: "Intern Writer" } });
    await changeMemberRole(admin, { userId: member.id, role: "member", userTitle: "   " });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).userTitle).toBeNull();
    expect((await logFor(member.id)).map((e) => e.action)).toEqual(["member.title"]);
    expect(await db.notification.count({ where: { userId: member.id } })).toBe(0);
  });

  it("refuses guests, members, moderators, suspended admins and an admin's own role; nothing is written", async () => {
    const target = await makeMember();
    const admin = await makeMember({ role: "admin" });
    const refused = [
      null,
      await makeMember(),
      await makeMember({ role: "moderator" }),
      await makeMember({ role: "admin", suspendedUntil: new Date(Date.now() + 86_400_000) }),
    ];
    for (const viewer of refused) {
      await expect(changeMemberRole(viewer, { userId: target.id, role: "admin", userTitle: "Trùm" })).rejects.toThrow(/quyền/);
    }
    await expect(changeMemberRole(admin, { userId: admin.id, role: "member", userTitle: "" })).rejects.toThrow(/quyền/);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ role: "member", userTitle: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
    expect(await db.moderationLog.count({ where: { targetUserId: { in: [target.id, admin.id] } } })).toBe(0);
  });

  it("bad input gets a Vietnamese message: an unknown role, a long title, no change, no such member", async () => {
    const admin = await makeMember({ role: "admin" });
    const member = await makeMember();
    await expect(changeMemberRole(admin, { userId: member.id, role: "owner", userTitle: "" })).rejects.toThrow(/vai trò/);
    await expect(changeMemberRole(admin, { userId: member.id, role: "member", userTitle: "x".repeat(51) })).rejects.toThrow(/50 ký tự/);
    await expect(changeMemberRole(admin, { userId: member.id, role: "member", userTitle: "" })).rejects.toThrow(/không có gì để lưu/);
    await expect(changeMemberRole(admin, { userId: 99_999_999, role: "member", userTitle: "" })).rejects.toThrow(/không tồn tại/);
    expect(await logFor(member.id)).toEqual([]);
  });
});

describe("describeLogDetails", () => {
  it("words the stored details of each kind of action, and nothing for unknown or broken rows", () => {
    expect(describeLogDetails("member.role", JSON.stringify({ from: "moderator", to: "member" }))).toBe("Điều hành viên → Thành viên");
    expect(describeLogDetails("member.suspend", JSON.stringify({ endsAt: "2026-12-31T16:59:59.000Z" }))).toMatch(/^Đến .*31\/12\/2026/);
    expect(describeLogDetails("filter.add", JSON.stringify({ phrase: "lừa đảo", action: "queue" }))).toBe("“lừa đảo” · chờ duyệt");
    expect(describeLogDetails("filter.add", JSON.stringify({ phrase: "lừa đảo", action: "refuse" }))).toBe("“lừa đảo” · từ chối");
    expect(describeLogDetails("settings.update", JSON.stringify({ editWindowMinutes: { from: 30, to: 60 } }))).toBe("editWindowMinutes: 30 → 60");
    expect(describeLogDetails("report.dismiss", JSON.stringify({ reports: 3 }))).toBe("3 báo cáo");
    expect(describeLogDetails("post.hide", JSON.stringify({ threadId: 1, number: 2 }))).toBeNull();
    expect(describeLogDetails("member.role", "{not json")).toBeNull();
    expect(describeLogDetails("member.role", "null")).toBeNull();
    expect(describeLogDetails("member.role", null)).toBeNull();
  });
});
