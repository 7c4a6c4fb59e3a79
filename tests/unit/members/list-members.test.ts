// The /members list: newest first, most posts first, staff only, by name;
// held and anonymised accounts never listed; any query string parses.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMembers } from "@/lib/members/list-members";
import { parseMembersQuery } from "@/lib/validation/members";
import { makeMember } from "../forum/fixtures";

describe("listMembers", () => {
  it("lists by most posts, by newest, the staff, and by name", async () => {
    const tag = `lm${Math.random().toString(36).slice(2, 7)}`;
    const a = await makeMember();
    const b = await makeMember({ role: "moderator" });
    const held = await makeMember();
    await db.user.update({ where: { id: a.id }, data: { displayName: `${tag} Lan Anh`, postCount: 900_000 } });
    await db.user.update({ where: { id: b.id }, data: { displayName: `${tag} Minh`, postCount: 800_000 } });
    await db.user.update({ where: { id: held.id }, data: { displayName: `${tag} Giữ`, heldAt: new Date(), postCount: 950_000 } });

    const byName = await listMembers(parseMembersQuery({ list: "posts", q: tag }));
    expect(byName.members.map((m) => m.id)).toEqual([a.id, b.id]);
    expect(byName.total).toBe(2);
    const staff = await listMembers(parseMembersQuery({ list: "staff", q: tag }));
    expect(staff.members.map((m) => m.id)).toEqual([b.id]);
    const newest = await listMembers(parseMembersQuery({ q: tag }));
    expect(newest.members.map((m) => m.id)).toEqual([b.id, a.id]);
    const none = await listMembers(parseMembersQuery({ q: `${tag}-không-có` }));
    expect(none.members).toEqual([]);
  });

  it("parses any query string into a list", () => {
    expect(parseMembersQuery({ list: "<script>", page: "-4", q: ["x", "y"] })).toEqual({ list: "newest", q: "x", page: 1 });
    expect(parseMembersQuery({ page: "abc", q: "  Lan  " })).toEqual({ list: "newest", q: "Lan", page: 1 });
  });
});
