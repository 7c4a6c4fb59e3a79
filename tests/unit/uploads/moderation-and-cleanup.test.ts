// Removing one picture (staff only; the reason shown in place; files purged
// unless another post uses them), purging a post, and the orphan sweep.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { removePicture } from "@/lib/moderation/remove-picture";
import { purgePost } from "@/lib/moderation/hide-post";
import { setPictureStorage } from "@/lib/uploads/storage";
import { localStorage } from "@/lib/uploads/storage/local";
import { uploadOnePicture } from "@/lib/uploads/upload-pictures";
import { sweepOrphanUploads } from "@/lib/uploads/sweep-orphans";
import { makeMember, makeThread, token } from "../forum/fixtures";
import { png } from "./image-fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "banluan-pictures-mod-"));
setPictureStorage(localStorage(dir));
afterAll(() => {
  setPictureStorage(undefined);
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await db.setting.deleteMany();
  await db.setting.createMany({ data: [{ key: "replyIntervalSeconds", value: "0" }, { key: "newMemberReplyIntervalSeconds", value: "0" }] });
});

const file = (name: string, bytes: Buffer) => new File([new Uint8Array(bytes)], name);
const fullFile = (hash: string) => path.join(dir, hash.slice(0, 2), hash, "full.webp");

async function replyWithPictures(member: Awaited<ReturnType<typeof makeMember>>, pictures: Buffer[]) {
  const thread = await makeThread();
  const ids = [];
  for (const [i, bytes] of pictures.entries()) ids.push((await uploadOnePicture(member, file(`p${i}.png`, bytes), i)).id);
  const reply = await createReply(member, { threadId: thread.id, source: "Có ảnh", clientToken: token(), attachmentIds: ids.join(",") });
  return { reply, ids };
}

describe("removing one picture", () => {
  it("is refused to members and to the author; staff remove it, the reason shows in place, its files go", async () => {
    const author = await makeMember();
    const { reply, ids } = await replyWithPictures(author, [await png(401, 300), await png(402, 300)]);
    const [first] = await db.attachment.findMany({ where: { id: ids[0] } });
    expect(existsSync(fullFile(first.contentHash!))).toBe(true);

    for (const viewer of [null, author, await makeMember()]) {
      await expect(removePicture(viewer, { attachmentId: String(ids[0]), reason: "Ảnh vi phạm bản quyền" })).rejects.toThrow(/quyền|đăng nhập/);
    }
    const moderator = await makeMember({ role: "moderator" });
    await expect(removePicture(moderator, { attachmentId: String(ids[0]), reason: "x" })).rejects.toThrow("Lý do cần ít nhất 3 ký tự.");
    await removePicture(moderator, { attachmentId: String(ids[0]), reason: "Ảnh vi phạm bản quyền" });

    const post = await db.post.findUniqueOrThrow({ where: { id: reply.postId } });
    expect(post.html).toContain('<span class="post-picture post-picture--removed" data-picture="' + ids[0] + '">Ảnh đã bị điều hành viên gỡ: Ảnh vi phạm bản quyền</span>');
    expect(post.html.match(/<img /g)).toHaveLength(1);
    expect(existsSync(fullFile(first.contentHash!))).toBe(false);
    expect(await db.moderationLog.count({ where: { action: "picture.remove", targetId: post.id } })).toBe(1);
  });

  it("keeps the files another post still uses", async () => {
    const bytes = await png(403, 300);
    const a = await replyWithPictures(await makeMember(), [bytes]);
    await replyWithPictures(await makeMember(), [bytes]);
    const [row] = await db.attachment.findMany({ where: { id: a.ids[0] } });
    await removePicture(await makeMember({ role: "admin" }), { attachmentId: String(a.ids[0]), reason: "Không phù hợp" });
    expect(existsSync(fullFile(row.contentHash!))).toBe(true);
  });
});

describe("cleanup", () => {
  it("purging a post deletes its pictures' files", async () => {
    const { reply, ids } = await replyWithPictures(await makeMember(), [await png(404, 300)]);
    const [row] = await db.attachment.findMany({ where: { id: ids[0] } });
    await purgePost(await makeMember({ role: "admin" }), { postId: String(reply.postId), reason: "Spam rõ ràng" });
    expect(await db.attachment.count({ where: { id: ids[0] } })).toBe(0);
    expect(existsSync(fullFile(row.contentHash!))).toBe(false);
  });

  it("deletes uploads never posted after a day, not before", async () => {
    const member = await makeMember();
    const fresh = await uploadOnePicture(member, file("a.png", await png(405, 300)), 0);
    const old = await uploadOnePicture(member, file("b.png", await png(406, 300)), 0);
    await db.attachment.update({ where: { id: old.id }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });
    const oldRow = await db.attachment.findUniqueOrThrow({ where: { id: old.id } });
    expect(await sweepOrphanUploads(db)).toBe(1);
    expect(await db.attachment.count({ where: { id: { in: [fresh.id, old.id] } } })).toBe(1);
    expect(existsSync(fullFile(oldRow.contentHash!))).toBe(false);
  });
});
