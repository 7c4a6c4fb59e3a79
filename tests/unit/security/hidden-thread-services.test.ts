// Issue 11, defect 2: liking and reporting go through the services (server
// actions are public endpoints), so the services must refuse a reply whose
// thread readers cannot see — and write nothing.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { toggleReaction } from "@/lib/forum/toggle-reaction";
import { hidePost } from "@/lib/moderation/hide-post";
import { createReport } from "@/lib/moderation/reports";
import { makeMember, makeThread, token } from "../forum/fixtures";

async function replyInHiddenThread() {
  const thread = await makeThread();
  const replier = await makeMember();
  const { postId } = await createReply(replier, { threadId: thread.id, source: `Trả lời ${Math.random()}`, clientToken: token() });
  const opening = await db.post.findFirstOrThrow({ where: { threadId: thread.id, number: 1 } });
  await hidePost(await makeMember({ role: "moderator" }), { postId: opening.id, reason: "Vi phạm" });
  expect((await db.thread.findUniqueOrThrow({ where: { id: thread.id } })).status).toBe("hidden");
  return postId;
}

describe("a reply inside a hidden thread", () => {
  it("cannot be liked by a member: nothing is written", async () => {
    const postId = await replyInHiddenThread();
    const member = await makeMember();
    await expect(toggleReaction(member, { postId })).rejects.toThrow();
    expect(await db.reaction.count({ where: { postId } })).toBe(0);
  });
  it("cannot be reported by a member: nothing is written", async () => {
    const postId = await replyInHiddenThread();
    const member = await makeMember();
    await expect(createReport(member, { postId, reason: "spam" })).rejects.toThrow();
    expect(await db.report.count({ where: { postId } })).toBe(0);
  });
  it("a reply in a visible thread still can be liked and reported (the allowed case)", async () => {
    const thread = await makeThread();
    const { postId } = await createReply(await makeMember(), { threadId: thread.id, source: `Trả lời ${Math.random()}`, clientToken: token() });
    const member = await makeMember();
    await expect(toggleReaction(member, { postId })).resolves.toEqual({ reacted: true, kind: "like" });
    await createReport(member, { postId, reason: "spam" });
    expect(await db.report.count({ where: { postId } })).toBe(1);
  });
});
