// Moderation that explains itself: thread tools take an optional reason and
// log the thread's title, moves log both categories' names and renames both
// titles, and the log names its targets by title; suspensions take preset
// lengths (1, 3, 7, 30 days, or for good) — for staff above the member only.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { applyThreadTool } from "@/lib/moderation/thread-tools";
import { sanctionWithPreset } from "@/lib/moderation/sanction-presets";
import { describeLogDetails } from "@/lib/mod-log/describe-log-details";
import { resolveLogTargets } from "@/lib/mod-log/log-targets";
import { makeMember, makeThread, token } from "../forum/fixtures";

const DAY = 86_400_000;

describe("thread tools with reasons", () => {
  it("logs the reason, the title, and a move's and a rename's from → to in words", async () => {
    const thread = await makeThread();
    const mod = await makeMember({ role: "moderator" });
    const from = await db.category.findUniqueOrThrow({ where: { id: thread.categoryId } });
    const to = await db.category.create({ data: { slug: `dich-${thread.id}`, name: "Chuyên mục đích" } });
    expect(await applyThreadTool(mod, { tool: "lock", threadId: thread.id, reason: "  Cãi nhau quá đà " })).toMatchObject({ tool: "lock" });
    await applyThreadTool(mod, { tool: "pin", threadId: thread.id, reason: "" });
    await applyThreadTool(mod, { tool: "move", threadId: thread.id, categoryId: to.id, reason: "Đúng chủ đề hơn" });
    await applyThreadTool(mod, { tool: "rename", threadId: thread.id, title: "Tiêu đề rõ ràng hơn", reason: "Tiêu đề câu view" });
    const log = await db.moderationLog.findMany({ where: { targetType: "thread", targetId: thread.id }, orderBy: { id: "asc" } });
    expect(log.map((l) => [l.action, l.reason])).toEqual([
      ["thread.lock", "Cãi nhau quá đà"],
      ["thread.pin", null],
      ["thread.move", "Đúng chủ đề hơn"],
      ["thread.rename", "Tiêu đề câu view"],
    ]);
    expect(describeLogDetails("thread.move", log[2].details)).toBe(`Từ “${from.name}” sang “Chuyên mục đích”`);
    expect(describeLogDetails("thread.rename", log[3].details)).toBe(`“${thread.title}” → “Tiêu đề rõ ràng hơn”`);

    const targets = await resolveLogTargets(log);
    expect(targets.get(log[0].id)).toEqual({ kind: "thread", threadId: thread.id, title: "Tiêu đề rõ ràng hơn" });
    // A thread that is gone is still named, by the title kept in its entry.
    await db.thread.delete({ where: { id: thread.id } });
    expect((await resolveLogTargets(log)).get(log[0].id)).toMatchObject({ title: thread.title });
  });

  it("refuses a reason over 500 characters, changing nothing", async () => {
    const thread = await makeThread();
    const mod = await makeMember({ role: "moderator" });
    await expect(applyThreadTool(mod, { tool: "lock", threadId: thread.id, reason: "x".repeat(501) })).rejects.toThrow(/500/);
    expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).locked).toBe(false);
  });

  it("names a post in the log by its number as the thread shows it", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const { postId } = await createReply(author, { threadId: thread.id, source: "Một trả lời.", clientToken: token() });
    const targets = await resolveLogTargets([{ id: -1, targetType: "post", targetId: postId, details: null }]);
    expect(targets.get(-1)).toEqual({ kind: "post", postId, number: 2, title: thread.title });
  });
});

describe("sanctionWithPreset", () => {
  it("suspends for the preset number of days, or bans for 'vĩnh viễn'", async () => {
    const mod = await makeMember({ role: "moderator" });
    const member = await makeMember();
    const now = new Date();
    expect(await sanctionWithPreset(mod, { userId: member.id, reason: "Spam liên tục", duration: "7" }, now)).toMatchObject({ kind: "suspend" });
    const suspended = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(suspended.suspendedUntil!.getTime()).toBe(now.getTime() + 7 * DAY);
    expect(suspended.sanctionReason).toBe("Spam liên tục");

    const other = await makeMember();
    expect(await sanctionWithPreset(mod, { userId: other.id, reason: "Lừa đảo", duration: "forever" })).toMatchObject({ kind: "ban" });
    const banned = await db.user.findUniqueOrThrow({ where: { id: other.id } });
    expect(banned.bannedAt).not.toBeNull();
    expect(banned.suspendedUntil).toBeNull();
  });

  it("is refused to members, to a moderator on an administrator, and for an unknown length", async () => {
    const mod = await makeMember({ role: "moderator" });
    const member = await makeMember();
    const admin = await makeMember({ role: "admin" });
    await expect(sanctionWithPreset(member, { userId: mod.id, reason: "Không thích", duration: "1" })).rejects.toThrow(/quyền/);
    await expect(sanctionWithPreset(null, { userId: member.id, reason: "Không thích", duration: "1" })).rejects.toThrow();
    await expect(sanctionWithPreset(mod, { userId: admin.id, reason: "Không thích", duration: "1" })).rejects.toThrow(/quyền/);
    await expect(sanctionWithPreset(mod, { userId: member.id, reason: "Spam", duration: "2" })).rejects.toThrow(/thời hạn/);
    for (const id of [mod.id, admin.id, member.id]) {
      const u = await db.user.findUniqueOrThrow({ where: { id } });
      expect([u.suspendedUntil, u.bannedAt]).toEqual([null, null]);
    }
  });
});
