// Post numbers under concurrent posting, on whichever engine this run uses
// (npm test runs both). On PostgreSQL the app's pool gives each transaction
// its own connection, so forty members posting at once are forty concurrent
// transactions racing for the thread's counter row; on SQLite they queue for
// the one writer. Either way every acknowledged reply exists once, numbers
// are unique and gap-free, and the counters match the rows.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { makeMember, makeThread } from "../forum/fixtures";

const token = () => crypto.randomUUID();

describe("concurrent replies into one thread", () => {
  it("are numbered 2…N+1 with no gap and no duplicate, and the counters match", async () => {
    const thread = await makeThread();
    const members = await Promise.all(Array.from({ length: 40 }, () => makeMember()));
    const replies = await Promise.all(
      members.map((member, i) => createReply(member, { threadId: thread.id, source: `Trả lời đồng thời số ${i}`, clientToken: token() })),
    );
    const numbers = replies.map((r) => r.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
    const rows = await db.post.findMany({ where: { threadId: thread.id, number: { gt: 1 } }, select: { id: true, number: true } });
    expect(rows.map((r) => r.id).sort()).toEqual(replies.map((r) => r.postId).sort());
    expect(await db.thread.findUniqueOrThrow({ where: { id: thread.id }, select: { replyCount: true, lastNumber: true } })).toEqual({ replyCount: 40, lastNumber: 41 });
  });

  it("a form sent many times at once posts once, and its losers leave no gap", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const others = await Promise.all(Array.from({ length: 5 }, () => makeMember()));
    const clientToken = token();
    const results = await Promise.all([
      ...Array.from({ length: 8 }, () => createReply(member, { threadId: thread.id, source: "Gửi tám lần cùng lúc", clientToken })),
      ...others.map((other) => createReply(other, { threadId: thread.id, source: "Một trả lời khác", clientToken: token() })),
    ]);
    expect(new Set(results.slice(0, 8).map((r) => r.postId)).size).toBe(1);
    const numbers = (await db.post.findMany({ where: { threadId: thread.id }, select: { number: true }, orderBy: { number: "asc" } })).map((p) => p.number);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await db.thread.findUniqueOrThrow({ where: { id: thread.id }, select: { replyCount: true, lastNumber: true } })).toEqual({ replyCount: 6, lastNumber: 7 });
  });
});
