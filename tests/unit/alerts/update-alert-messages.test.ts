// The gathering alerts' texts set in one statement a chunk (lib/alerts/write-alert.ts):
// each (member, key) pair gets its own text, nothing else is touched — not a
// member's alert under another pair's key, not another member's.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateAlertMessages } from "@/lib/alerts/write-alert";
import { makeMember } from "../forum/fixtures";

async function alert(userId: number, groupKey: string, message = "cũ") {
  return db.notification.create({ data: { userId, kind: "thread.reply", message, link: null, groupKey } });
}
const textOf = async (id: number) => (await db.notification.findUniqueOrThrow({ where: { id } })).message;

describe("updateAlertMessages", () => {
  it("sets each pair's own text and leaves cross-matches and others alone", async () => {
    const [a, b, c] = [await makeMember(), await makeMember(), await makeMember()];
    const aFirst = await alert(a.id, "reply:1:2");
    const bSecond = await alert(b.id, "reply:1:3");
    const aCross = await alert(a.id, "reply:1:3"); // a's alert under b's key: not asked for
    const cSame = await alert(c.id, "reply:1:2"); // c has a's key, but c is not in the update
    await updateAlertMessages(db, [
      { userIds: [a.id], groupKey: "reply:1:2", message: "3 phản hồi mới trong «A»" },
      { userIds: [b.id], groupKey: "reply:1:3", message: "2 phản hồi mới trong «A»" },
    ]);
    expect(await textOf(aFirst.id)).toBe("3 phản hồi mới trong «A»");
    expect(await textOf(bSecond.id)).toBe("2 phản hồi mới trong «A»");
    expect(await textOf(aCross.id)).toBe("cũ");
    expect(await textOf(cSame.id)).toBe("cũ");
  });

  it("handles more pairs than one statement takes", async () => {
    // 410 members, made in one statement (one at a time is slow on a busy machine).
    const tag = Math.random().toString(36).slice(2, 8);
    await db.user.createMany({
      data: Array.from({ length: 410 }, (_, i) => ({ username: `nhieu_${tag}_${i}`, usernameKey: `nhieu_${tag}_${i}`, displayName: `Nhiều ${i}`, email: `nhieu_${tag}_${i}@example.vn` })),
    });
    const members = await db.user.findMany({ where: { username: { startsWith: `nhieu_${tag}_` } }, orderBy: { id: "asc" }, select: { id: true } });
    await db.notification.createMany({ data: members.map((m, i) => ({ userId: m.id, kind: "thread.reply", message: "cũ", link: null, groupKey: `reply:9:${i}` })) });
    await updateAlertMessages(
      db,
      members.map((m, i) => ({ userIds: [m.id], groupKey: `reply:9:${i}`, message: `${i + 1} phản hồi mới` })),
    );
    const after = await db.notification.findMany({ where: { userId: { in: members.map((m) => m.id) } }, orderBy: { userId: "asc" } });
    expect(after.map((r) => r.message)).toEqual(members.map((_, i) => `${i + 1} phản hồi mới`));
  });

  it("sets a key many members share in one statement, and only theirs", async () => {
    const members = [];
    for (let i = 0; i < 20; i++) members.push(await makeMember());
    const rows = [];
    for (const m of members) rows.push(await alert(m.id, "reply:7:5"));
    const outsider = await makeMember();
    const other = await alert(outsider.id, "reply:7:5");
    await updateAlertMessages(db, [{ userIds: members.map((m) => m.id), groupKey: "reply:7:5", message: "4 phản hồi mới trong «B»" }]);
    for (const r of rows) expect(await textOf(r.id)).toBe("4 phản hồi mới trong «B»");
    expect(await textOf(other.id)).toBe("cũ");
  });

  it("does nothing for no pairs", async () => {
    await expect(updateAlertMessages(db, [])).resolves.toBeUndefined();
  });
});
