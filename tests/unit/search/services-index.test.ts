// The forum's own services keep the search index in step: every reply
// written, edited, hidden, restored, approved, deleted or purged, and every
// thread renamed, through the real service functions, leaves an index that
// matches the posts — and search shows readers only what the thread page does.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { deleteOwnPost } from "@/lib/forum/delete-own-post";
import { editPost } from "@/lib/forum/edit-post";
import { reviewPosts } from "@/lib/moderation/approval-queue";
import { hidePost, purgePost, restorePost } from "@/lib/moderation/hide-post";
import { applyThreadTool } from "@/lib/moderation/thread-tools";
import { addWordFilter } from "@/lib/moderation/word-filter";
import type { Viewer } from "@/lib/permissions";
import { indexPost, searchEngine } from "@/lib/search";
import { parseSearchQuery } from "@/lib/search/parse-query";
import { ALL_STATUSES, PUBLIC_STATUSES } from "@/lib/search/search-engine";
import { makeMember, makeThread, token } from "../forum/fixtures";

async function found(q: string, staff = false): Promise<number[]> {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(q);
  const result = await searchEngine.search(
    db,
    { query: parsed.query, filters: { statuses: staff ? ALL_STATUSES : PUBLIC_STATUSES }, page: 1, perPage: 50 },
    1000,
  );
  return result.hits.map((h) => h.postId);
}

async function expectConsistent() {
  const check = await searchEngine.check(db);
  expect({ missing: check.missing, orphaned: check.orphaned }).toEqual({ missing: [], orphaned: [] });
}

let thread: Awaited<ReturnType<typeof makeThread>>;
let author: Viewer;
let moderator: Viewer;
let admin: Viewer;

beforeAll(async () => {
  thread = await makeThread();
  // The fixture writes the opening post directly; index it as a service would.
  const opening = await db.post.findUniqueOrThrow({ where: { threadId_number: { threadId: thread.id, number: 1 } } });
  await indexPost(db, opening.id);
  author = await makeMember();
  moderator = await makeMember({ role: "moderator" });
  admin = await makeMember({ role: "admin" });
});

describe("reply services", () => {
  it("create, edit, delete own: the index follows each", async () => {
    const { postId } = await createReply(author, { threadId: thread.id, source: "Tủ lạnh **inverter** tiết kiệm điện", clientToken: token() });
    expect(await found("tu lanh inverter")).toEqual([postId]);

    await editPost(author, { postId, source: "Máy giặt cửa trên giá rẻ" });
    expect(await found("tu lanh")).toEqual([]);
    expect(await found("máy giặt")).toEqual([postId]);

    await deleteOwnPost(author, { postId });
    expect(await found("máy giặt")).toEqual([]);
    expect(await found("máy giặt", true)).toEqual([postId]);
    await expectConsistent();
  });
});

describe("moderation services", () => {
  it("hide, restore and purge", async () => {
    // A fresh member per reply: the posting interval applies per member.
    const { postId } = await createReply(await makeMember(), { threadId: thread.id, source: "Quảng cáo nồi chiên không dầu", clientToken: token() });
    await hidePost(moderator, { postId, reason: "Quảng cáo" });
    expect(await found("noi chien khong dau")).toEqual([]);
    expect(await found("noi chien khong dau", true)).toEqual([postId]);

    await restorePost(moderator, { postId });
    expect(await found("noi chien khong dau")).toEqual([postId]);

    await purgePost(admin, { postId, reason: "Xóa hẳn" });
    expect(await found("noi chien khong dau", true)).toEqual([]);
    await expectConsistent();
  });

  it("a reply held for approval is found by readers only once approved", async () => {
    await addWordFilter(admin, { phrase: "tiền ảo", action: "queue" });
    const { postId, status } = await createReply(await makeMember(), { threadId: thread.id, source: "Đầu tư tiền ảo sinh lời", clientToken: token() });
    expect(status).toBe("pending");
    expect(await found("dau tu tien ao")).toEqual([]);
    expect(await found("dau tu tien ao", true)).toEqual([postId]);
    await reviewPosts(moderator, { postIds: [postId], decision: "approve" });
    expect(await found("dau tu tien ao")).toEqual([postId]);
    await expectConsistent();
  });

  it("renaming a thread re-indexes its title", async () => {
    const opening = await db.post.findUniqueOrThrow({ where: { threadId_number: { threadId: thread.id, number: 1 } } });
    await applyThreadTool(moderator, { tool: "rename", threadId: thread.id, title: "Điều hòa inverter có đáng tiền?" });
    expect(await found("dieu hoa inverter")).toEqual([opening.id]);
    expect(await found("thử nghiệm")).toEqual([]);
    await expectConsistent();
  });
});
