// The article publish forms take the article's image files (issue 15, "the
// admin publish form takes the images too"): matched by the names the pasted
// page gives its pictures, or placed in the typed body; stored and shown in
// place as `import:article --images DIR` does; files that match nothing are
// reported back by name; a refused file refuses the form, naming the file and
// why, and nothing is published. Administrators only (lib/permissions.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bodyWithImages, publishArticleFromFields } from "@/lib/article-import/article-from-fields";
import { previewPastedArticle, publishPastedArticle } from "@/lib/article-import/publish-from-form";
import { dryRunImagesMessage } from "@/lib/article-import/form-images";
import { InvalidInputError } from "@/lib/errors";
import { ForbiddenError } from "@/lib/permissions";
import { setPictureStorage } from "@/lib/uploads/storage";
import { localStorage } from "@/lib/uploads/storage/local";
import { makeMember } from "../forum/fixtures";
import { png } from "../uploads/image-fixtures";

const dir = mkdtempSync(path.join(tmpdir(), "banluan-article-images-"));
setPictureStorage(localStorage(dir));
afterAll(() => {
  setPictureStorage(undefined);
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await db.setting.deleteMany();
});

const storedCount = () => readdirSync(dir, { recursive: true }).length;
const file = (name: string, bytes: Buffer) => new File([new Uint8Array(bytes)], name);
const scraped = readFileSync(path.resolve(__dirname, "../../fixtures/articles/dien-thoai-gap.txt"), "utf8");
const category = () => db.category.create({ data: { slug: `anh-bai-viet-${Date.now()}-${Math.random().toString(36).slice(2, 6)}`, name: "Bài viết có ảnh" } });
const articleHtml = async (threadId: number) => (await db.post.findFirstOrThrow({ where: { threadId, number: 1 } })).html;
const threadsTitled = (title: string) => db.thread.count({ where: { title } });

describe("the pasted page's images", () => {
  it("is refused to a moderator and a member, storing and publishing nothing", async () => {
    const { slug } = await category();
    for (const viewer of [null, await makeMember(), await makeMember({ role: "moderator" })]) {
      await expect(publishPastedArticle(viewer, { text: scraped, categorySlug: slug, images: [file("1718012345678.jpg", await png(400, 300))] })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.thread.count({ where: { category: { slug } } })).toBe(0);
  });

  it("shows the named file in place for an administrator, and reports the file the page does not name", async () => {
    const admin = await makeMember({ role: "admin" });
    const { slug } = await category();
    const result = await publishPastedArticle(admin, {
      text: scraped,
      categorySlug: slug,
      images: [file("1718012345678.jpg", await png(1400, 800)), file("khong-co-trong-bai.png", await png(200, 100)), file("", Buffer.alloc(0))],
    });
    expect(result.unusedImages).toEqual(["khong-co-trong-bai.png"]);
    const html = await articleHtml(result.threadId);
    expect(html).toMatch(/<figure class="attachment" data-filename="1718012345678\.jpg"><a class="post-picture" href="\/uploads\/[a-f0-9]{64}\/full\.webp"[^>]*><img [^>]*width="1400" height="800" loading="lazy"/);
    // The page's other picture, not given: the honest placeholder stays, as with --images DIR.
    expect(html).toMatch(/<figure class="attachment attachment--missing" data-filename="so-sanh-nep-gap\.webp">/);
    const attachments = await db.attachment.findMany({ where: { post: { threadId: result.threadId } }, orderBy: { position: "asc" } });
    expect(attachments.map((a) => a.filename)).toEqual(["1718012345678.jpg", "so-sanh-nep-gap.webp"]);
    expect(attachments[0].storagePath).toMatch(/^[a-f0-9]{64}$/);
    expect(attachments[1].storagePath).toBeNull();
  });

  it("“Xem thử” says which chosen files the page does not name, storing nothing", async () => {
    const admin = await makeMember({ role: "admin" });
    const before = await db.attachment.count();
    const dryRun = await previewPastedArticle(admin, { text: scraped, images: [file("1718012345678.jpg", await png()), file("thua.png", await png())] });
    expect(dryRun).toMatchObject({ chosenImages: ["1718012345678.jpg", "thua.png"], unusedImages: ["thua.png"] });
    expect(dryRunImagesMessage(dryRun)).toContain("“thua.png”");
    expect(dryRunImagesMessage({ chosenImages: [], unusedImages: [] })).toBeUndefined();
    expect(await db.attachment.count()).toBe(before);
    await expect(previewPastedArticle(await makeMember({ role: "moderator" }), { text: scraped })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a file that is not a picture, naming it, and publishes nothing", async () => {
    const admin = await makeMember({ role: "admin" });
    const { slug } = await category();
    const error = await publishPastedArticle(admin, { text: scraped, categorySlug: slug, images: [file("1718012345678.jpg", Buffer.from("<!DOCTYPE html><html><script>alert(1)</script></html>"))] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toBe("Tệp “1718012345678.jpg” là một trang HTML/văn bản, không phải ảnh (dù tên có đuôi ảnh).");
    expect((error as InvalidInputError).fieldErrors?.images).toContain("1718012345678.jpg");
    expect(await db.thread.count({ where: { category: { slug } } })).toBe(0);
    // A good file beside a refused one: nothing of it is stored either.
    const before = storedCount();
    await expect(
      publishPastedArticle(admin, { text: scraped, categorySlug: slug, images: [file("1718012345678.jpg", await png(333, 222)), file("so-sanh-nep-gap.webp", Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"))] }),
    ).rejects.toThrow("Tệp “so-sanh-nep-gap.webp” là ảnh SVG");
    expect(storedCount()).toBe(before);
    expect(await db.thread.count({ where: { category: { slug } } })).toBe(0);
  });

  it("refuses a file over the size limit, naming it, and publishes nothing", async () => {
    const admin = await makeMember({ role: "admin" });
    const { slug } = await category();
    await db.setting.create({ data: { key: "maxImageMegabytes", value: "1" } });
    const big = Buffer.concat([await png(100, 100), Buffer.alloc(1024 * 1024 + 1)]);
    await expect(publishPastedArticle(admin, { text: scraped, categorySlug: slug, images: [file("1718012345678.jpg", big)] })).rejects.toThrow("Tệp “1718012345678.jpg” vượt quá 1 MB.");
    expect(await db.thread.count({ where: { category: { slug } } })).toBe(0);
  });
});

describe("the typed body's images", () => {
  const fields = {
    title: "Một bài viết có sơ đồ",
    author: "Người Viết Ảnh",
    body: "Đoạn mở đầu.\nso-do.png\nĐoạn sau sơ đồ.",
    sourceUrl: "https://example.vn/bai-co-so-do",
  };

  it("places a file where a body line names it, and the others at the end", () => {
    expect(bodyWithImages(fields.body, ["them.png", "so-do.png"])).toEqual([
      { type: "paragraph", text: "Đoạn mở đầu." },
      { type: "image", filename: "so-do.png" },
      { type: "paragraph", text: "Đoạn sau sơ đồ." },
      { type: "image", filename: "them.png" },
    ]);
    expect(bodyWithImages("so-do.png", [])).toEqual([{ type: "paragraph", text: "so-do.png" }]);
  });

  it("is refused to a moderator; shows the pictures in place for an administrator", async () => {
    const { slug } = await category();
    const images = [file("so-do.png", await png(640, 400)), file("them.png", await png(300, 200))];
    await expect(publishArticleFromFields(await makeMember({ role: "moderator" }), { ...fields, categorySlug: slug, images })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await threadsTitled(fields.title)).toBe(0);
    const result = await publishArticleFromFields(await makeMember({ role: "admin" }), { ...fields, categorySlug: slug, images });
    const html = await articleHtml(result.threadId);
    expect(html.indexOf('data-filename="so-do.png"')).toBeGreaterThan(html.indexOf("Đoạn mở đầu."));
    expect(html.indexOf('data-filename="so-do.png"')).toBeLessThan(html.indexOf("Đoạn sau sơ đồ."));
    expect(html.indexOf('data-filename="them.png"')).toBeGreaterThan(html.indexOf("Đoạn sau sơ đồ."));
    expect(html).toMatch(/width="640" height="400"/);
    expect(html).not.toContain("attachment--missing");
  });
});
