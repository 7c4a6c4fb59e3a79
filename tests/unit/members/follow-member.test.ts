// Following from a member's profile: the permission and the service, allowed and forbidden.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { followState, setFollowing } from "@/lib/members/follow-member";
import { canFollowMember } from "@/lib/permissions";
import { NOW, VIEWERS } from "../permissions/viewers";
import { makeMember } from "../forum/fixtures";

describe("canFollowMember", () => {
  const target = { id: 99, deleted: false };
  it.each([
    ["guest", false],
    ["unverified", false],
    ["member", true],
    ["suspended", false],
    ["banned", false],
    ["moderator", true],
    ["admin", true],
  ])("%s → %s", (name, allowed) => {
    expect(canFollowMember(VIEWERS[name], target, NOW)).toBe(allowed);
  });
  it("never oneself, never an erased account", () => {
    expect(canFollowMember(VIEWERS.member, { id: VIEWERS.member!.id, deleted: false }, NOW)).toBe(false);
    expect(canFollowMember(VIEWERS.member, { id: 99, deleted: true }, NOW)).toBe(false);
  });
});

describe("setFollowing", () => {
  it("follows and unfollows, once however often it is sent", async () => {
    const [a, b] = [await makeMember(), await makeMember()];
    await setFollowing(a, { memberId: b.id, follow: "1" });
    await setFollowing(a, { memberId: b.id, follow: "1" });
    expect(await db.memberFollow.count({ where: { followerId: a.id, followedId: b.id } })).toBe(1);
    expect(await followState(a, { id: b.id, deleted: false })).toEqual({ following: true });
    await setFollowing(a, { memberId: b.id, follow: "0" });
    expect(await db.memberFollow.count({ where: { followerId: a.id } })).toBe(0);
  });

  it("refuses a guest, a banned member, oneself and bad input, and writes nothing", async () => {
    const [a, b] = [await makeMember(), await makeMember()];
    const banned = await makeMember({ bannedAt: new Date(), sanctionReason: "Spam" });
    await expect(setFollowing(null, { memberId: b.id, follow: "1" })).rejects.toThrow(/đăng nhập/);
    await expect(setFollowing(banned, { memberId: b.id, follow: "1" })).rejects.toThrow();
    await expect(setFollowing(a, { memberId: a.id, follow: "1" })).rejects.toThrow(/chính mình/);
    await expect(setFollowing(a, { memberId: "x", follow: "1" })).rejects.toThrow(/không hợp lệ/);
    await expect(setFollowing(a, { memberId: 987654, follow: "1" })).rejects.toThrow(/không tồn tại/);
    expect(await db.memberFollow.count({ where: { followedId: { in: [a.id, b.id] } } })).toBe(0);
  });
});
