// Pictures in private messages: attached without JavaScript (files with the
// text) and with it (one upload, then the id), rendered sized and lazy
// through the checked route, readable only by the participants (and staff
// for a reported message), never at a public /uploads address; a post's
// picture never joins a message nor the reverse; the orphan sweep deletes
// unsent ones and those whose message is gone, with their private files.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startConversation } from "@/lib/conversations/start-conversation";
import { replyToConversation } from "@/lib/conversations/reply-conversation";
import { readConversationPicture } from "@/lib/conversations/picture-access";
import { reportConversationMessage } from "@/lib/conversations/report-message";
import { createReply } from "@/lib/forum/create-reply";
import { heldPictureIds, withFormPictures } from "@/lib/uploads/form-pictures";
import { uploadOnePicture } from "@/lib/uploads/upload-pictures";
import { sweepOrphanUploads, ORPHAN_AGE_MS } from "@/lib/uploads/sweep-orphans";
import { parseVariants } from "@/lib/uploads/picture-urls";
import { setPictureStorage } from "@/lib/uploads/storage";
import { localStorage } from "@/lib/uploads/storage/local";
import { isStorageKey } from "@/lib/uploads/storage/types";
import { canUseConversationPicture, canUsePicture, canViewConversationPicture, type Viewer } from "@/lib/permissions";
import { makeMember, makeThread, token } from "../forum/fixtures";
import { png } from "../uploads/image-fixtures";

process.env.AUTH_SECRET ??= "conversations-unit-test-secret-0123456789";

const dir = mkdtempSync(path.join(tmpdir(), "banluan-conversation-pictures-"));
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
const start = withFormPictures(startConversation, "conversation");
const reply = withFormPictures(replyToConversation, "conversation");
const storedFiles = () =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());

async function pair(bytes?: Buffer) {
  const [a, b] = [await makeMember(), await makeMember()];
  const started = await start(a, { recipients: b.username, title: "Ảnh riêng", source: "Ảnh đây", clientToken: token(), images: [file("bien.png", bytes ?? (await png()))] }, {});
  const picture = await db.attachment.findFirstOrThrow({ where: { conversationMessage: { conversationId: started.conversationId } } });
  return { a, b, id: started.conversationId, picture };
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return { message: (error as Error).message, name: (error as Error).name, held: heldPictureIds(error) };
  }
  throw new Error("expected a refusal");
}

const fetchAs = (v: Viewer | null, attachmentId: number, name = "full.webp") => readConversationPicture(v, { attachmentId: String(attachmentId), file: name });

describe("attaching pictures to a conversation", () => {
  it("stores the first message's file privately and renders it sized, lazy, with srcset, alt and the full-size link through the checked route", async () => {
    const { id, picture } = await pair();
    expect(picture.kind).toBe("conversation");
    const message = await db.conversationMessage.findFirstOrThrow({ where: { conversationId: id, number: 1 } });
    expect(picture.conversationMessageId).toBe(message.id);
    expect(message.html).toMatch(
      new RegExp(`<a class="post-picture" href="/conversation-pictures/${picture.id}/full\\.webp"[^>]*><img src="/conversation-pictures/${picture.id}/[a-z0-9]+\\.webp" srcset="[^"]+ 300w" sizes="[^"]+" width="300" height="200" loading="lazy" decoding="async" alt="Ảnh đính kèm 1">`),
    );
    expect(message.html).not.toContain("/uploads/");
    // On disk under private/ only: the public route's key check refuses every such key.
    const files = storedFiles().map((f) => path.relative(dir, f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files.filter((f) => f.includes(parseVariants(picture.variants)!.hash))) {
      expect(f).toContain(`private${path.sep}`);
      expect(isStorageKey(f.split(path.sep).slice(1).join("/"))).toBe(false);
    }
  });

  it("a reply takes a picture uploaded with JavaScript (its id), with the author's alt text", async () => {
    const { a, b, id } = await pair();
    const up = await uploadOnePicture(b, file("meo.png", await png(120, 90)), 0, new Date(), "conversation");
    expect(up.thumbUrl).toBe(`/conversation-pictures/${up.id}/thumb.webp`);
    // Before it is sent: only its uploader sees the thumbnail.
    await expect(fetchAs(b, up.id, "thumb.webp")).resolves.toMatchObject({ contentType: "image/webp" });
    await expect(fetchAs(a, up.id, "thumb.webp")).rejects.toThrow("Không tìm thấy ảnh.");
    const sent = await reply(b, { conversationId: id, source: "Con mèo", clientToken: token(), attachmentIds: String(up.id), [`alt-${up.id}`]: "Mèo mướp", images: [] }, {});
    const message = await db.conversationMessage.findFirstOrThrow({ where: { conversationId: id, number: sent.number } });
    expect(message.html).toContain('alt="Mèo mướp"');
    await expect(fetchAs(a, up.id)).resolves.toMatchObject({ contentType: "image/webp" });
  });

  it("a refused file keeps the typed text's other pictures and names the file and why", async () => {
    const [a, b] = [await makeMember(), await makeMember()];
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    const refused = await refusal(start(a, { recipients: b.username, title: "Thử", source: "Xem", clientToken: token(), images: [file("ok.png", await png()), file("anh.png", html)] }, {}));
    expect(refused.message).toBe("Tệp “anh.png” là một trang HTML/văn bản, không phải ảnh (dù tên có đuôi ảnh).");
    expect(refused.held.split(",")).toHaveLength(1);
    expect(await db.conversationMessage.count({ where: { authorId: a.id } })).toBe(0);
  });
});

describe("who may fetch a conversation picture", () => {
  it("the participants can; an outsider, an administrator and a guest get “not found”", async () => {
    const { a, b, picture } = await pair();
    await expect(fetchAs(a, picture.id)).resolves.toMatchObject({ contentType: "image/webp" });
    const got = await fetchAs(b, picture.id);
    expect(got.bytes.length).toBeGreaterThan(0);
    const outsider = await makeMember();
    const admin = await makeMember({ role: "admin" });
    for (const v of [outsider, admin, null]) {
      const refused = await refusal(fetchAs(v, picture.id));
      expect(refused).toMatchObject({ name: "NotFoundError", message: "Không tìm thấy ảnh." });
    }
    // A file name that is not one of its variants, or a post picture's id: not found either.
    await expect(fetchAs(a, picture.id, "x.webp")).rejects.toThrow("Không tìm thấy ảnh.");
  });

  it("a member who left no longer can; a moderator can once the message is reported", async () => {
    const { a, b, id, picture } = await pair();
    const moderator = await makeMember({ role: "moderator" });
    await expect(fetchAs(moderator, picture.id)).rejects.toThrow("Không tìm thấy ảnh.");
    const message = await db.conversationMessage.findFirstOrThrow({ where: { conversationId: id, number: 1 } });
    await reportConversationMessage(b, { messageId: message.id, reason: "spam" });
    await expect(fetchAs(moderator, picture.id)).resolves.toMatchObject({ contentType: "image/webp" });
    await db.conversationParticipant.update({ where: { conversationId_userId: { conversationId: id, userId: a.id } }, data: { leftAt: new Date() } });
    await expect(fetchAs(a, picture.id)).rejects.toThrow("Không tìm thấy ảnh.");
  });

  it("the permission: forbidden cases and the allowed ones", () => {
    const member = { id: 5, role: "member" } as Viewer;
    const admin = { id: 9, role: "admin" } as Viewer;
    const active = { access: { starterId: 1, locked: false, participation: "active" as const }, status: "visible", reportedNearby: false };
    const outside = { access: { starterId: 1, locked: false, participation: null }, status: "visible", reportedNearby: false };
    expect(canViewConversationPicture(member, { uploaderId: 1, sent: true }, active)).toBe(true);
    expect(canViewConversationPicture(null, { uploaderId: 1, sent: true }, active)).toBe(false);
    expect(canViewConversationPicture(admin, { uploaderId: 1, sent: true }, outside)).toBe(false);
    expect(canViewConversationPicture(admin, { uploaderId: 1, sent: true }, { ...outside, reportedNearby: true })).toBe(true);
    expect(canViewConversationPicture(member, { uploaderId: 1, sent: true }, { ...active, status: "hidden" })).toBe(false);
    expect(canViewConversationPicture(member, { uploaderId: 5, sent: false }, null)).toBe(true);
    expect(canViewConversationPicture(member, { uploaderId: 6, sent: false }, null)).toBe(false);
  });
});

describe("a post's picture and a message's picture stay apart", () => {
  it("a post picture cannot be claimed into a message", async () => {
    const { a, id } = await pair();
    const postUpload = await uploadOnePicture(a, file("cong-khai.png", await png(100, 100)), 0);
    const refused = await refusal(replyToConversation(a, { conversationId: id, source: "Thử ảnh bài viết", clientToken: token(), attachmentIds: String(postUpload.id) }));
    expect(refused).toMatchObject({ name: "ForbiddenError", message: "Bạn không có quyền đính kèm ảnh." });
    expect((await db.attachment.findUniqueOrThrow({ where: { id: postUpload.id } })).conversationMessageId).toBeNull();
    expect(canUseConversationPicture(a, { uploaderId: a.id, postId: null, conversationMessageId: null, kind: "post" })).toBe(false);
    expect(canUseConversationPicture(a, { uploaderId: a.id, postId: null, conversationMessageId: null, kind: "conversation" })).toBe(true);
  });

  it("a message picture cannot be claimed into a post, nor sent twice, nor fetched publicly", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const up = await uploadOnePicture(member, file("rieng.png", await png(100, 100)), 0, new Date(), "conversation");
    const refused = await refusal(createReply(member, { threadId: thread.id, source: "Thử ảnh riêng", clientToken: token(), attachmentIds: String(up.id) }));
    expect(refused.message).toBe("Bạn không có quyền đính kèm ảnh.");
    expect((await db.attachment.findUniqueOrThrow({ where: { id: up.id } })).postId).toBeNull();
    expect(canUsePicture(member, { uploaderId: member.id, postId: null, kind: "conversation" })).toBe(false);
    // Someone else's private upload cannot be claimed either.
    const other = await makeMember();
    expect(canUseConversationPicture(other, { uploaderId: member.id, postId: null, conversationMessageId: null, kind: "conversation" })).toBe(false);
  });
});

describe("cleaning up", () => {
  it("the sweep deletes an unsent private upload and one whose message is gone, with their files; a sent one stays", async () => {
    // Bytes no other test sends (the same bytes share their private files).
    const { a, id, picture } = await pair(await png(257, 131));
    const unsent = await uploadOnePicture(a, file("bo.png", await png(111, 77)), 0, new Date(), "conversation");
    const old = new Date(Date.now() - ORPHAN_AGE_MS - 60_000);
    await db.attachment.updateMany({ where: { id: { in: [unsent.id, picture.id] } }, data: { createdAt: old } });
    const before = storedFiles().length;
    await sweepOrphanUploads(db);
    expect(await db.attachment.findUnique({ where: { id: unsent.id } })).toBeNull();
    expect(await db.attachment.findUnique({ where: { id: picture.id } })).not.toBeNull();
    expect(storedFiles().length).toBeLessThan(before);
    // The conversation deleted (its messages with it): the picture is an orphan, swept with its files.
    const hash = parseVariants(picture.variants)!.hash;
    await db.conversation.delete({ where: { id } });
    expect((await db.attachment.findUniqueOrThrow({ where: { id: picture.id } })).conversationMessageId).toBeNull();
    await sweepOrphanUploads(db);
    expect(await db.attachment.findUnique({ where: { id: picture.id } })).toBeNull();
    expect(storedFiles().some((f) => f.includes(hash))).toBe(false);
  });
});
