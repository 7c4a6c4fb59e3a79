// The search page's service: visibility is decided on the server (a member
// who sends hidden=1 still gets visible posts only), filters resolve, and
// every bad input becomes an outcome the page can explain.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { listNewestPosts } from "@/lib/forum/list-threads";
import { listRecentPosts } from "@/lib/members/read-member-profile";
import { MAX_PAGE, searchForum } from "@/lib/forum/search-posts";
import { hidePost } from "@/lib/moderation/hide-post";
import type { Viewer } from "@/lib/permissions";
import { indexPost } from "@/lib/search";
import { parseSearchParams } from "@/lib/validation/search";
import { makeMember, makeThread, token } from "../forum/fixtures";

let threadId: number;
let writer: Viewer;
let visibleId: number;
let hiddenId: number;
let moderator: Viewer;

const run = (viewer: Viewer | null, params: Record<string, string>) => searchForum(viewer, parseSearchParams(params));
const ids = (data: Awaited<ReturnType<typeof searchForum>>) => (data.outcome.kind === "results" ? data.outcome.results.map((r) => r.postId) : null);

beforeAll(async () => {
  const thread = await makeThread();
  threadId = thread.id;
  const opening = await db.post.findUniqueOrThrow({ where: { threadId_number: { threadId, number: 1 } } });
  await indexPost(db, opening.id);
  writer = await makeMember();
  moderator = await makeMember({ role: "moderator" });
  visibleId = (await createReply(writer, { threadId, source: "Bình nóng lạnh **Ariston** bền lắm", clientToken: token() })).postId;
  hiddenId = (await createReply(await makeMember(), { threadId, source: "Bình nóng lạnh giá rẻ, liên hệ 0909", clientToken: token() })).postId;
  await hidePost(moderator, { postId: hiddenId, reason: "Quảng cáo" });
});

describe("searchForum", () => {
  it("readers get visible posts, with the thread, author, date and a highlighted snippet", async () => {
    const data = await run(null, { q: "binh nong lanh" });
    expect(ids(data)).toEqual([visibleId]);
    if (data.outcome.kind !== "results") throw new Error("no results");
    const [hit] = data.outcome.results;
    expect(hit).toMatchObject({ href: `/posts/${visibleId}`, number: 2, status: "visible", author: { username: writer.username } });
    expect(hit.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(["Bình", "nóng", "lạnh"]);
    expect(hit.snippet.map((s) => s.text).join("")).toBe("Bình nóng lạnh Ariston bền lắm");
  });

  it("hidden posts only for staff who ask; the permission is checked here, not by the form", async () => {
    expect(ids(await run(moderator, { q: "binh nong lanh" }))).toEqual([visibleId]);
    expect(ids(await run(moderator, { q: "binh nong lanh", hidden: "1" }))).toEqual([hiddenId, visibleId]);
    const member = await makeMember();
    const asked = await run(member, { q: "binh nong lanh", hidden: "1" });
    expect(ids(asked)).toEqual([visibleId]);
    expect(asked).toMatchObject({ canIncludeHidden: false, includeHidden: false });
    expect(ids(await run(null, { q: "binh nong lanh", hidden: "1" }))).toEqual([visibleId]);
    const suspended = await makeMember({ role: "moderator", suspendedUntil: new Date(Date.now() + 3_600_000) });
    expect(ids(await run(suspended, { q: "binh nong lanh", hidden: "1" }))).toEqual([visibleId]);
  });

  it("a thread hidden by a moderator takes its replies out of public search, the newest posts and profiles; staff who ask still find them", async () => {
    const other = await makeThread();
    await indexPost(db, (await db.post.findUniqueOrThrow({ where: { threadId_number: { threadId: other.id, number: 1 } } })).id);
    const replier = await makeMember();
    const replyId = (await createReply(replier, { threadId: other.id, source: "Máy lọc không khí Sharp chạy êm", clientToken: token() })).postId;
    expect((await listRecentPosts(replier.id)).map((p) => p.id)).toEqual([replyId]);
    expect(ids(await run(null, { q: "may loc khong khi" }))).toEqual([replyId]);
    expect((await listNewestPosts(50)).map((p) => p.id)).toContain(replyId);
    const opening = await db.post.findUniqueOrThrow({ where: { threadId_number: { threadId: other.id, number: 1 } } });
    await hidePost(moderator, { postId: opening.id, reason: "Chủ đề rác" });
    expect((await db.thread.findUniqueOrThrow({ where: { id: other.id } })).status).toBe("hidden");
    expect(ids(await run(null, { q: "may loc khong khi" }))).toEqual([]);
    expect(ids(await run(writer, { q: "may loc khong khi" }))).toEqual([]);
    expect((await listNewestPosts(50)).map((p) => p.id)).not.toContain(replyId);
    expect(await listRecentPosts(replier.id)).toEqual([]);
    expect(ids(await run(moderator, { q: "may loc khong khi", hidden: "1" }))).toEqual([replyId]);
  });

  it("filters by thread and member; says so when they do not exist", async () => {
    expect(ids(await run(null, { q: "binh nong lanh", thread: String(threadId) }))).toEqual([visibleId]);
    expect(ids(await run(null, { q: "binh nong lanh", member: writer.username.toUpperCase() }))).toEqual([visibleId]);
    expect((await run(null, { q: "binh nong lanh", member: "khong.ai.ca" })).outcome).toEqual({ kind: "unknown-member", member: "khong.ai.ca" });
    const missing = await run(null, { q: "binh nong lanh", thread: "987654" });
    expect(missing.threadMissing).toBe(true);
    expect(ids(missing)).toEqual([visibleId]);
  });

  it("answers every bad input with an outcome, never an exception", async () => {
    expect((await run(null, {})).outcome).toEqual({ kind: "prompt" });
    expect((await run(null, { q: "   " })).outcome).toEqual({ kind: "prompt" });
    expect((await run(null, { q: "a" })).outcome).toEqual({ kind: "problem", problem: "too-short" });
    expect((await run(null, { q: '"*()-:' })).outcome).toEqual({ kind: "problem", problem: "no-words" });
    const long = await run(null, { q: "bình nóng lạnh ".repeat(70).slice(0, 1000) });
    expect(long.truncated).toBe(true);
    expect(long.outcome.kind).toBe("results");
    for (const q of ['"bình" AND NEAR(nóng lạnh)', "-bình* OR :lạnh", "NOT NOT NOT", "{title}: x"]) {
      expect(["results", "problem"]).toContain((await run(null, { q })).outcome.kind);
    }
  });

  it("a page past the last answers with no results and the true total", async () => {
    const data = await run(null, { q: "binh nong lanh", page: String(MAX_PAGE + 5) });
    expect(data.outcome).toMatchObject({ kind: "results", results: [], total: 1, page: MAX_PAGE + 5, pageCount: 1 });
  });
});
