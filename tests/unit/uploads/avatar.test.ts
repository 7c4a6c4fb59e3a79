// Avatars: a member's picture cropped square at three sizes, refused for
// non-images and for guests and banned members; removing brings back initials.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { changeAvatar } from "@/lib/uploads/avatar";
import { setPictureStorage } from "@/lib/uploads/storage";
import { localStorage } from "@/lib/uploads/storage/local";
import { makeMember } from "../forum/fixtures";
import { hasGpsIfd, phoneJpeg } from "./image-fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "banluan-avatars-"));
setPictureStorage(localStorage(dir));
afterAll(() => {
  setPictureStorage(undefined);
  rmSync(dir, { recursive: true, force: true });
});
const file = (name: string, bytes: Buffer) => new File([new Uint8Array(bytes)], name);

describe("changeAvatar", () => {
  it("stores square sizes without GPS, points avatarUrl at the 96 px one, and removing clears it and its files", async () => {
    const member = await makeMember();
    await changeAvatar(member, { intent: "save", avatar: [file("me.jpg", await phoneJpeg(900, 600))] });
    const user = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(user.avatarUrl).toMatch(/^\/uploads\/[a-f0-9]{64}\/a96\.webp$/);
    const folder = path.join(dir, user.avatarUrl!.split("/")[2].slice(0, 2), user.avatarUrl!.split("/")[2]);
    for (const size of [48, 96, 192]) {
      const bytes = await sharp(path.join(folder, `a${size}.webp`)).toBuffer();
      const meta = await sharp(bytes).metadata();
      expect([meta.width, meta.height]).toEqual([size, size]);
      expect(hasGpsIfd(bytes)).toBe(false);
    }
    await changeAvatar(member, { intent: "remove" });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).avatarUrl).toBeNull();
    expect(existsSync(path.join(folder, "a96.webp"))).toBe(false);
  });

  it("refuses a guest, a banned member, no file and a file that is not an image", async () => {
    await expect(changeAvatar(null, { intent: "save", avatar: [] })).rejects.toThrow("Bạn cần đăng nhập để tải ảnh lên.");
    const banned = await makeMember({ bannedAt: new Date(), sanctionReason: "Spam" });
    await expect(changeAvatar(banned, { intent: "save", avatar: [file("a.jpg", await phoneJpeg(100, 100))] })).rejects.toThrow("Bạn không có quyền");
    const member = await makeMember();
    await expect(changeAvatar(member, { intent: "save", avatar: [] })).rejects.toThrow("Hãy chọn một ảnh.");
    await expect(changeAvatar(member, { intent: "save", avatar: [file("me.png", Buffer.from("<html><script>x</script></html>"))] })).rejects.toThrow("Tệp “me.png” là một trang HTML/văn bản");
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).avatarUrl).toBeNull();
  });
});
