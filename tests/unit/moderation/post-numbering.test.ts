// Defect 3 of issue 20: moderation pages named posts by their database id
// ("bài #3" where the thread shows "#2"). One numbering everywhere: the
// thread's (lib/forum/post-label.ts), and no English status words.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { replyOrdinal } from "@/lib/forum/post-label";
import { postPlaceLabel as postLabel, reportStatusLabel } from "@/lib/mod-log/labels";
import { listModLog } from "@/lib/mod-log/read-log";
import { hidePost } from "@/lib/moderation/hide-post";
import { getMemberRecord } from "@/lib/moderation/read-members";
import { createReport } from "@/lib/moderation/reports";
import { makeMember, makeThread, token } from "../forum/fixtures";

describe("post numbering on moderation pages", () => {
  it("labels a reply as the thread does", () => {
    expect(replyOrdinal(3)).toBe(2);
    expect(postLabel(3)).toBe("bài #2");
    expect(postLabel(2501)).toBe("bài #2500");
    expect(postLabel(1)).toBe("bài mở đầu");
    expect(["open", "hidden", "dismissed"].map(reportStatusLabel).join(" ")).not.toMatch(/open|hidden|dismissed/);
  });

  it("the log and the member record carry the post's number in its thread, not its id", async () => {
    const thread = await makeThread();
    const mod = await makeMember({ role: "moderator" });
    const author = await makeMember();
    // Posts of other threads first, so ids and numbers differ.
    await createReply(await makeMember(), { threadId: (await makeThread()).id, source: "Ở chủ đề khác", clientToken: token() });
    await createReply(await makeMember(), { threadId: thread.id, source: "Phản hồi thứ nhất", clientToken: token() });
    const second = await createReply(author, { threadId: thread.id, source: "Phản hồi thứ hai", clientToken: token() });
    const post = await db.post.findUniqueOrThrow({ where: { id: second.postId } });
    expect(post.number).toBe(3);
    expect(post.id).not.toBe(3);

    await createReport(await makeMember(), { postId: post.id, reason: "spam", note: "" });
    await hidePost(mod, { postId: post.id, reason: "Quảng cáo" });

    const { entries } = await listModLog(mod, { member: author.username });
    const hide = entries.find((e) => e.action === "post.hide" && e.targetId === post.id);
    expect(hide?.targetPost).toEqual({ id: post.id, number: 3, threadTitle: thread.title });
    expect(postLabel(hide!.targetPost!.number)).toBe("bài #2");

    const record = await getMemberRecord(mod, author.username);
    expect(record?.reports.find((r) => r.postId === post.id)?.post.number).toBe(3);
  });
});
