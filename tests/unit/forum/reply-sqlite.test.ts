// The hand-written SQLite reply transaction (lib/forum/reply-sqlite.ts) writes
// what Prisma's transaction writes: the same post row, thread counters, member
// count, search entries, alert job and draft removal, for a visible and a
// held reply.
// On PostgreSQL there is no direct handle and createReply keeps Prisma's path
// (this file then checks exactly that).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sqliteDirect } from "@/lib/db/sqlite-direct";
import { databaseEngine } from "@/lib/database-url";
import { createReply } from "@/lib/forum/create-reply";
import { saveDraft } from "@/lib/forum/drafts";
import { makeMember, makeThread, token } from "./fixtures";

const sqlite = databaseEngine() === "sqlite";

async function replyThrough(path: "prisma" | "direct", options: { hold?: boolean } = {}) {
  if (path === "prisma") process.env.SQLITE_DIRECT = "0";
  else delete process.env.SQLITE_DIRECT;
  const thread = await makeThread();
  const member = await makeMember();
  await saveDraft(member, { threadId: thread.id, source: "Bản nháp dở", clientToken: token() });
  // The word filter's "hold" verdict puts the reply in the approval queue.
  if (options.hold) await db.wordFilter.create({ data: { phrase: "cần duyệt", phraseKey: "can duyet", action: "queue" } });
  const before = await db.thread.findUniqueOrThrow({ where: { id: thread.id } });
  const reply = await createReply(member, { threadId: thread.id, source: `Bài **hay** — _${options.hold ? "cần duyệt" : "rõ ràng"}_`, clientToken: token() }, { ipHash: "hash-ip" });
  if (options.hold) await db.wordFilter.deleteMany();
  const post = await db.post.findUniqueOrThrow({ where: { id: reply.postId } });
  const after = await db.thread.findUniqueOrThrow({ where: { id: thread.id } });
  const user = await db.user.findUniqueOrThrow({ where: { id: member.id } });
  // Contentless FTS5 tables: an entry is seen through what it matches (the post's id, once).
  const hits = async (sql: string) => (await db.$queryRawUnsafe<{ rowid: bigint | number }[]>(sql)).filter((r) => Number(r.rowid) === post.id).length;
  const entry = sqlite
    ? {
        text: await hits(`SELECT rowid FROM post_search_text WHERE post_search_text MATCH '"bài hay"'`),
        folded: await hits(`SELECT rowid FROM post_search_folded WHERE post_search_folded MATCH '"bai hay"'`),
        title: await hits(`SELECT rowid FROM post_search_title WHERE post_search_title MATCH '"chu de"'`),
      }
    : null;
  const drafts = await db.draft.count({ where: { userId: member.id, threadId: thread.id } });
  // The alert job (written in the reply's commit on SQLite, after it through Prisma): due now, unclaimed.
  const jobs = (await db.alertJob.findMany({ where: { kind: "reply" } }))
    .filter((job) => (JSON.parse(job.payload) as { postId?: number }).postId === post.id)
    .map(({ kind, payload, attempts, claimedUntil, doneAt, lastError, runAfter, createdAt: queuedAt }) => ({
      kind,
      payload: Object.keys(JSON.parse(payload) as object),
      attempts,
      claimedUntil,
      doneAt,
      lastError,
      due: runAfter.getTime() <= Date.now(),
      queuedWithPost: Math.abs(queuedAt.getTime() - post.createdAt.getTime()) < 5_000,
    }));
  const { id, threadId, authorId, clientToken, createdAt, updatedAt, ...row } = post;
  return {
    reply: { number: reply.number, status: reply.status, duplicate: reply.duplicate },
    row,
    ids: { id, threadId, authorId, clientToken, createdAt, updatedAt, expected: { threadId: thread.id, authorId: member.id } },
    thread: {
      replyCountAdded: after.replyCount - before.replyCount,
      lastNumber: after.lastNumber,
      lastPostAtIsPost: after.lastPostAt.getTime() === createdAt.getTime(),
      updatedAtMoved: after.updatedAt.getTime() >= before.updatedAt.getTime(),
    },
    postCount: user.postCount,
    entry,
    drafts,
    jobs,
  };
}

beforeEach(async () => {
  await db.setting.deleteMany();
  await db.setting.create({ data: { key: "replyIntervalSeconds", value: "0" } });
});
afterEach(() => {
  delete process.env.SQLITE_DIRECT;
});

describe("the SQLite reply transaction by hand", () => {
  it.runIf(sqlite)("is what createReply uses on SQLite once Prisma is connected", async () => {
    await db.$queryRaw`SELECT 1`;
    expect(sqliteDirect(db)).not.toBeNull();
    process.env.SQLITE_DIRECT = "0";
    expect(sqliteDirect(db)).toBeNull();
  });

  it.runIf(!sqlite)("is absent on PostgreSQL (Prisma's transaction is used)", () => {
    expect(sqliteDirect(db)).toBeNull();
  });

  for (const hold of [false, true]) {
    it(`writes the same rows as Prisma's transaction (${hold ? "held for approval" : "visible"} reply)`, async () => {
      const viaPrisma = await replyThrough("prisma", { hold });
      const viaDirect = await replyThrough("direct", { hold });
      for (const result of [viaPrisma, viaDirect]) {
        expect(result.ids.threadId).toBe(result.ids.expected.threadId);
        expect(result.ids.authorId).toBe(result.ids.expected.authorId);
        expect(result.ids.updatedAt.getTime()).toBeGreaterThanOrEqual(result.ids.createdAt.getTime());
        expect(result.thread.updatedAtMoved).toBe(true);
      }
      const { ids: _a, ...prismaRest } = viaPrisma;
      const { ids: _b, ...directRest } = viaDirect;
      expect(directRest).toEqual(prismaRest);
      expect(viaDirect.reply).toEqual({ number: 2, status: hold ? "pending" : "visible", duplicate: false });
      expect(viaDirect.thread).toMatchObject({ replyCountAdded: hold ? 0 : 1, lastNumber: 2, lastPostAtIsPost: !hold });
      expect(viaDirect.postCount).toBe(hold ? 0 : 1);
      expect(viaDirect.drafts).toBe(0);
      // A held reply alerts nobody until approved; a visible one has exactly one job.
      expect(viaDirect.jobs).toEqual(hold ? [] : [{ kind: "reply", payload: ["postId"], attempts: 0, claimedUntil: null, doneAt: null, lastError: null, due: true, queuedWithPost: true }]);
      if (sqlite) expect(viaDirect.entry).toEqual({ text: 1, folded: 1, title: 0 });
    });
  }

  it("answers a resubmitted form with the first post, by either path, and leaves no gap", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const clientToken = token();
    const input = { threadId: thread.id, source: "Gửi ba lần", clientToken };
    const first = await createReply(member, input);
    process.env.SQLITE_DIRECT = "0";
    const viaPrisma = await createReply(member, input);
    delete process.env.SQLITE_DIRECT;
    const [a, b] = await Promise.all([createReply(member, input), createReply(member, input)]);
    for (const again of [viaPrisma, a, b]) expect(again).toMatchObject({ postId: first.postId, duplicate: true });
    expect(await db.thread.findUniqueOrThrow({ where: { id: thread.id }, select: { replyCount: true, lastNumber: true } })).toEqual({ replyCount: 1, lastNumber: 2 });
  });
  for (const path of ["direct", "prisma"] as const) {
    it(`refuses another member's token, and a thread's token sent as a reply (${path} lookup)`, async () => {
      if (path === "prisma") process.env.SQLITE_DIRECT = "0";
      const thread = await makeThread();
      const member = await makeMember();
      const input = { threadId: thread.id, source: "Của tôi", clientToken: token() };
      await createReply(member, input);
      const replies = await db.post.count({ where: { threadId: thread.id } });
      await expect(createReply(await makeMember(), input)).rejects.toThrow(/hết hạn/);
      // A new-thread form's token (the member's own opening post) is not a reply's.
      const ownThread = await makeThread();
      const threadToken = token();
      await db.post.updateMany({ where: { threadId: ownThread.id, number: 1 }, data: { authorId: member.id, clientToken: threadToken } });
      await expect(createReply(member, { threadId: thread.id, source: "Nhầm form", clientToken: threadToken })).rejects.toThrow(/hết hạn/);
      expect(await db.post.count({ where: { threadId: thread.id } })).toBe(replies);
    });
  }
});
