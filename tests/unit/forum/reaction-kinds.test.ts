// Reaction kinds: one reaction per member and post, replaced by another kind,
// taken back by the same one; the post's count and the author's "reactions
// received" follow; a kind an administrator switched off is refused (and only
// an administrator may switch kinds off).
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { toggleReaction } from "@/lib/forum/toggle-reaction";
import { countByKind } from "@/lib/forum/reaction-kinds";
import { updateReactionKinds } from "@/lib/moderation/update-reaction-kinds";
import { getSiteSettings } from "@/lib/site/site-settings";
import { makeMember, makeThread, token } from "./fixtures";

beforeEach(async () => {
  await db.setting.deleteMany();
});

async function reactionState(postId: number, authorId: number) {
  const post = await db.post.findUniqueOrThrow({ where: { id: postId }, select: { reactionCount: true, reactions: { select: { kind: true, userId: true } } } });
  const author = await db.user.findUniqueOrThrow({ where: { id: authorId }, select: { reactionsReceived: true } });
  return { count: post.reactionCount, kinds: post.reactions.map((r) => r.kind).sort(), received: author.reactionsReceived };
}

describe("toggleReaction with kinds", () => {
  it("replaces one kind with another, takes it back with the same, and counts on the author", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const fan = await makeMember();
    const other = await makeMember();
    const { postId } = await createReply(author, { threadId: thread.id, source: "Một ý kiến.", clientToken: token() });

    expect(await toggleReaction(fan, { postId, kind: "love" })).toEqual({ reacted: true, kind: "love" });
    expect(await reactionState(postId, author.id)).toEqual({ count: 1, kinds: ["love"], received: 1 });
    // Another kind replaces the first: still one reaction from this member.
    expect(await toggleReaction(fan, { postId, kind: "haha" })).toEqual({ reacted: true, kind: "haha" });
    expect(await reactionState(postId, author.id)).toEqual({ count: 1, kinds: ["haha"], received: 1 });
    expect(await toggleReaction(other, { postId, kind: "angry" })).toEqual({ reacted: true, kind: "angry" });
    expect(await reactionState(postId, author.id)).toEqual({ count: 2, kinds: ["angry", "haha"], received: 2 });
    // The same kind again takes it back.
    expect(await toggleReaction(fan, { postId, kind: "haha" })).toEqual({ reacted: false, kind: "haha" });
    expect(await reactionState(postId, author.id)).toEqual({ count: 1, kinds: ["angry"], received: 1 });
  });

  it("refuses an unknown kind, changing nothing", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const fan = await makeMember();
    const { postId } = await createReply(author, { threadId: thread.id, source: "Một ý kiến.", clientToken: token() });
    await expect(toggleReaction(fan, { postId, kind: "hate" })).rejects.toThrow(/Loại cảm xúc không hợp lệ/);
    expect(await reactionState(postId, author.id)).toEqual({ count: 0, kinds: [], received: 0 });
  });

  it("refuses a kind switched off, but lets a member take one back", async () => {
    const thread = await makeThread();
    const author = await makeMember();
    const fan = await makeMember();
    const admin = await makeMember({ role: "admin" });
    const { postId } = await createReply(author, { threadId: thread.id, source: "Một ý kiến.", clientToken: token() });
    await toggleReaction(fan, { postId, kind: "wow" });

    await updateReactionKinds(admin, { on: ["like", "love", "haha", "sad"] });
    expect((await getSiteSettings()).reactionKindsOff).toEqual(["wow", "angry"]);
    await expect(toggleReaction(admin, { postId, kind: "angry" })).rejects.toThrow(/đã bị quản trị viên tắt/);
    // The reaction already given stays, and may be taken back.
    expect(await reactionState(postId, author.id)).toEqual({ count: 1, kinds: ["wow"], received: 1 });
    expect(await toggleReaction(fan, { postId, kind: "wow" })).toEqual({ reacted: false, kind: "wow" });
    expect(await reactionState(postId, author.id)).toEqual({ count: 0, kinds: [], received: 0 });
  });
});

describe("updateReactionKinds", () => {
  it("is for administrators only, and keeps at least one kind on", async () => {
    const member = await makeMember();
    const moderator = await makeMember({ role: "moderator" });
    const admin = await makeMember({ role: "admin" });
    await expect(updateReactionKinds(null, { on: ["like"] })).rejects.toThrow();
    await expect(updateReactionKinds(member, { on: ["like"] })).rejects.toThrow();
    await expect(updateReactionKinds(moderator, { on: ["like"] })).rejects.toThrow();
    await expect(updateReactionKinds(admin, { on: [] })).rejects.toThrow(/ít nhất một/);
    expect((await getSiteSettings()).reactionKindsOff).toEqual([]);
    await updateReactionKinds(admin, { on: ["like"] });
    expect((await getSiteSettings()).reactionKindsOff).toEqual(["love", "haha", "wow", "sad", "angry"]);
    const log = await db.moderationLog.findFirstOrThrow({ where: { actorId: admin.id }, orderBy: { id: "desc" } });
    expect(log.action).toBe("settings.update");
  });
});

describe("updateReactionKinds from two administrators' forms", () => {
  it("a box left as the form showed it keeps what the other administrator chose; one kind stays on", async () => {
    const [first, second] = [await makeMember({ role: "admin" }), await makeMember({ role: "admin" })];
    const all = ["like", "love", "haha", "wow", "sad", "angry"];
    const shown = JSON.stringify(Object.fromEntries(all.map((k) => [k, true]))); // every box ticked
    // Both loaded the form with every kind on; the second switches "angry" off…
    await updateReactionKinds(second, { on: all.filter((k) => k !== "angry"), shown });
    // …the first, from their older page, switches "sad" off: "angry", still ticked on their page, stays off.
    await updateReactionKinds(first, { on: all.filter((k) => k !== "sad"), shown });
    expect((await getSiteSettings()).reactionKindsOff).toEqual(["sad", "angry"]);
    // Without a record of what was shown, the boxes are taken as they are.
    await updateReactionKinds(first, { on: all });
    expect((await getSiteSettings()).reactionKindsOff).toEqual([]);
    // Two saves that together would leave nothing on: the second is refused.
    await updateReactionKinds(first, { on: ["like"], shown });
    await expect(updateReactionKinds(second, { on: all.filter((k) => k !== "like"), shown })).rejects.toThrow(/ít nhất một/);
    expect((await getSiteSettings()).reactionKindsOff).toEqual(["love", "haha", "wow", "sad", "angry"]);
  });
});

describe("countByKind", () => {
  it("counts in the offered order and leaves out kinds nobody chose", () => {
    expect(countByKind([{ kind: "sad" }, { kind: "like" }, { kind: "sad" }]).map((c) => [c.kind, c.count])).toEqual([
      ["like", 1],
      ["sad", 2],
    ]);
  });
});
