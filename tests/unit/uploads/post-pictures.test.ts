// Pictures through the post services, against the test database and a
// temporary storage folder: a reply posted with a phone photo shows it sized
// and lazy, with no GPS in any stored file; every refusal names the file and
// keeps what the form holds; permissions: the forbidden cases and the allowed one.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReply } from "@/lib/forum/create-reply";
import { editPost } from "@/lib/forum/edit-post";
import { setPictureStorage } from "@/lib/uploads/storage";
import { localStorage } from "@/lib/uploads/storage/local";
import { heldPictureIds, holdingFormPictures, withFormPictures } from "@/lib/uploads/form-pictures";
import { previewPost } from "@/lib/forum/preview-post";
import { uploadOnePicture } from "@/lib/uploads/upload-pictures";
import { canUploadPicture, canUsePicture } from "@/lib/permissions";
import { makeMember, makeThread, token } from "../forum/fixtures";
import { hasGpsIfd, phoneJpeg, png } from "./image-fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "banluan-post-pictures-"));
setPictureStorage(localStorage(dir));
afterAll(() => {
  setPictureStorage(undefined);
  rmSync(dir, { recursive: true, force: true });
});
// Replies here come fast, one after the other: the pace limit is not what is tested.
const noPace = () => db.setting.createMany({ data: [{ key: "replyIntervalSeconds", value: "0" }, { key: "newMemberReplyIntervalSeconds", value: "0" }] });
beforeEach(async () => {
  await db.setting.deleteMany();
  await noPace();
});

const file = (name: string, bytes: Buffer) => new File([new Uint8Array(bytes)], name);
const reply = withFormPictures(createReply);
const storedFiles = () =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return { message: (error as Error).message, held: heldPictureIds(error) };
  }
  throw new Error("expected a refusal");
}

describe("a reply with pictures (the form without JavaScript)", () => {
  it("stores the phone photo without its GPS and shows it sized, lazy, with srcset and a link to the full size", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const photo = await phoneJpeg(1600, 1200);
    expect(hasGpsIfd(photo)).toBe(true);
    const posted = await reply(member, { threadId: thread.id, source: "Ảnh chụp hôm qua", clientToken: token(), images: [file("IMG_0001.JPG", photo)] }, {});
    const post = await db.post.findUniqueOrThrow({ where: { id: posted.postId } });
    // Orientation 6 applied: the 1600 × 1200 sensor image is 1200 × 1600 upright.
    expect(post.html).toMatch(/<img src="\/uploads\/[a-f0-9]{64}\/w960\.webp" srcset="[^"]+ 320w, [^"]+ 640w, [^"]+ 960w, [^"]+ 1200w" sizes="[^"]+" width="1200" height="1600" loading="lazy" decoding="async" alt="Ảnh đính kèm 1">/);
    expect(post.html).toMatch(/<a class="post-picture" href="\/uploads\/[a-f0-9]{64}\/full\.webp"/);
    const attachment = await db.attachment.findFirstOrThrow({ where: { postId: post.id } });
    expect(attachment).toMatchObject({ uploaderId: member.id, width: 1200, height: 1600, mimeType: "image/webp" });
    const files = storedFiles();
    expect(files.length).toBe(5); // full, w320, w640, w960, thumb
    for (const f of files) expect(hasGpsIfd(readFileSync(f))).toBe(false);
  });

  it("refuses an HTML page named .png with its name, keeping the text's pictures already stored", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    const refused = await refusal(
      reply(member, { threadId: thread.id, source: "Xem ảnh", clientToken: token(), images: [file("ok.png", await png()), file("anh.png", html)] }, {}),
    );
    expect(refused.message).toBe("Tệp “anh.png” là một trang HTML/văn bản, không phải ảnh (dù tên có đuôi ảnh).");
    // The good picture is held for the form's next submission.
    const held = refused.held.split(",").map(Number);
    expect(held).toHaveLength(1);
    expect(await db.post.count({ where: { threadId: thread.id } })).toBe(1);
    // Sent again with the held id and no file: posted with that picture.
    const posted = await reply(member, { threadId: thread.id, source: "Xem ảnh", clientToken: token(), attachmentIds: held.join(","), images: [] }, {});
    expect((await db.attachment.findUniqueOrThrow({ where: { id: held[0] } })).postId).toBe(posted.postId);
  });

  it("places a picture where the text says and puts the others in a gallery", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const a = await uploadOnePicture(member, file("a.png", await png(400, 300)), 0);
    const b = await uploadOnePicture(member, file("b.png", await png(500, 300)), 1);
    const posted = await createReply(member, { threadId: thread.id, source: `Trước\n\n![sơ đồ mạng](upload:${b.id})\n\nSau`, clientToken: token(), attachmentIds: `${a.id},${b.id}`, [`alt-${a.id}`]: "ảnh a" });
    const { html } = await db.post.findUniqueOrThrow({ where: { id: posted.postId } });
    expect(html).toMatch(/<p>Trước<\/p>\n<p><a class="post-picture"[^>]*data-picture="\d+"[^>]*><img [^>]*alt="sơ đồ mạng"><\/a><\/p>\n<p>Sau<\/p>\n<div class="post-gallery"><a class="post-picture"[^>]*><img [^>]*alt="ảnh a"><\/a><\/div>/);
  });

  it("refuses someone else's upload, one already posted, and more than the setting allows", async () => {
    const thread = await makeThread();
    const owner = await makeMember();
    const other = await makeMember();
    const pic = await uploadOnePicture(owner, file("a.png", await png()), 0);
    await expect(createReply(other, { threadId: thread.id, source: "Của tôi", clientToken: token(), attachmentIds: String(pic.id) })).rejects.toThrow("Bạn không có quyền đính kèm ảnh.");
    await createReply(owner, { threadId: thread.id, source: "Lần một", clientToken: token(), attachmentIds: String(pic.id) });
    await expect(createReply(owner, { threadId: thread.id, source: "Lần hai", clientToken: token(), attachmentIds: String(pic.id) })).rejects.toThrow("Bạn không có quyền đính kèm ảnh.");
    await db.setting.create({ data: { key: "maxImagesPerPost", value: "1" } });
    const p1 = await uploadOnePicture(owner, file("b.png", await png(301, 200)), 0);
    await expect(uploadOnePicture(owner, file("c.png", await png(302, 200)), 1)).rejects.toThrow("Mỗi bài viết chỉ đính kèm được tối đa 1 ảnh.");
    expect(p1.id).toBeGreaterThan(0);
  });

  it("adds pictures with an edit", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const posted = await createReply(member, { threadId: thread.id, source: "Chưa có ảnh", clientToken: token() });
    const pic = await uploadOnePicture(member, file("a.png", await png()), 0);
    await editPost(member, { postId: String(posted.postId), source: "Chưa có ảnh", attachmentIds: String(pic.id) });
    const post = await db.post.findUniqueOrThrow({ where: { id: posted.postId } });
    expect(post.html).toContain('class="post-gallery"');
  });
});

describe("who may upload", () => {
  it("refuses a guest, a banned member, an unverified one, and a new member in their first N posts (setting); allows a member", async () => {
    const pngBytes = await png();
    await expect(uploadOnePicture(null, file("a.png", pngBytes), 0)).rejects.toThrow("Bạn cần đăng nhập để tải ảnh lên.");
    const banned = await makeMember({ bannedAt: new Date(), sanctionReason: "Spam" });
    await expect(uploadOnePicture(banned, file("a.png", pngBytes), 0)).rejects.toThrow("Bạn không có quyền đính kèm ảnh.");
    const unverified = await makeMember({ emailVerified: false });
    await expect(uploadOnePicture(unverified, file("a.png", pngBytes), 0)).rejects.toThrow("Bạn không có quyền đính kèm ảnh.");
    await db.setting.create({ data: { key: "imageFreePosts", value: "2" } });
    const newcomer = await makeMember();
    await expect(uploadOnePicture(newcomer, file("a.png", pngBytes), 0)).rejects.toThrow("Thành viên mới có thể đính kèm ảnh sau 2 bài viết đầu tiên.");
    const moderator = await makeMember({ role: "moderator" });
    expect((await uploadOnePicture(moderator, file("a.png", pngBytes), 0)).id).toBeGreaterThan(0);
    await db.setting.deleteMany({ where: { key: "imageFreePosts" } });
    const member = await makeMember();
    expect((await uploadOnePicture(member, file("a.png", pngBytes), 0)).width).toBe(300);
  });

  it("enforces the daily quota (setting) for members, not staff", async () => {
    await db.setting.create({ data: { key: "dailyImageQuota", value: "1" } });
    const member = await makeMember();
    await uploadOnePicture(member, file("a.png", await png(310, 200)), 0);
    await expect(uploadOnePicture(member, file("b.png", await png(311, 200)), 0)).rejects.toThrow("Bạn đã tải lên 1 ảnh trong 24 giờ qua, hãy thử lại sau.");
  });

  it("permission table: canUploadPicture and canUsePicture", async () => {
    const member = await makeMember();
    const settings = { imageFreePosts: 3 };
    expect(canUploadPicture(null, { priorPosts: 10 }, settings)).toBe(false);
    expect(canUploadPicture(member, { priorPosts: 2 }, settings)).toBe(false);
    expect(canUploadPicture(member, { priorPosts: 3 }, settings)).toBe(true);
    expect(canUsePicture(member, { uploaderId: member.id, postId: null, kind: "post" })).toBe(true);
    expect(canUsePicture(member, { uploaderId: member.id + 1, postId: null, kind: "post" })).toBe(false);
    expect(canUsePicture(member, { uploaderId: member.id, postId: 5, kind: "post" })).toBe(false);
    expect(canUsePicture(member, { uploaderId: member.id, postId: null, kind: "avatar" })).toBe(false);
  });
});

describe("“Xem trước” without JavaScript: the chosen files are stored, not lost", () => {
  const preview = holdingFormPictures(previewPost);

  it("holds the previewed form's files so that posting after the preview includes them", async () => {
    const thread = await makeThread();
    const member = await makeMember();
    const previewed = await preview(member, { source: "Xem trước có ảnh", images: [file("xem-truoc.png", await png(420, 300))], attachmentIds: "" }, {});
    expect(previewed.result.html).toContain("Xem trước có ảnh");
    const held = previewed.held.split(",").map(Number);
    expect(held).toHaveLength(1);
    expect(await db.attachment.findUniqueOrThrow({ where: { id: held[0] } })).toMatchObject({ uploaderId: member.id, postId: null, width: 420 });
    // Previewed again with nothing new chosen: the same picture, still held.
    expect((await preview(member, { source: "Xem trước có ảnh", images: [], attachmentIds: previewed.held }, {})).held).toBe(previewed.held);
    const posted = await reply(member, { threadId: thread.id, source: "Xem trước có ảnh", clientToken: token(), attachmentIds: previewed.held, images: [] }, {});
    expect((await db.attachment.findUniqueOrThrow({ where: { id: held[0] } })).postId).toBe(posted.postId);
  });

  it("refuses a guest's files, and keeps the stored ones when the preview itself is refused", async () => {
    await expect(preview(null, { source: "Khách", images: [file("khach.png", await png())] }, {})).rejects.toThrow("Bạn cần đăng nhập để tải ảnh lên.");
    const member = await makeMember();
    const refused = await refusal(preview(member, { source: "   ", images: [file("chi-anh.png", await png(310, 200))], attachmentIds: "" }, {}));
    expect(refused.message).toBe("Chưa có gì để xem trước.");
    expect(refused.held.split(",")).toHaveLength(1);
  });
});
