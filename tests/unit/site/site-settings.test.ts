// Settings → Diễn đàn: only administrators change them; bad input is refused
// with Vietnamese messages and changes nothing; registration closed refuses
// new accounts, "approval" holds each for a moderator. Also the article form
// by fields: administrators only, the same publisher as a pasted page.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { registerAccount } from "@/lib/accounts/register-member";
import { updateSiteSettings } from "@/lib/moderation/update-site-settings";
import { updateForumSettings } from "@/lib/moderation/update-settings";
import { getSettings } from "@/lib/settings";
import { getSiteSettings, DEFAULT_SITE_SETTINGS } from "@/lib/site/site-settings";
import { bodyBlocks, publishArticleFromFields, previewArticleFromFields } from "@/lib/article-import/article-from-fields";
import { InvalidInputError } from "@/lib/errors";
import { ForbiddenError } from "@/lib/permissions";
import { useAccountTestEnv } from "../helpers/account-test-env";
import { solvedChallenge } from "../helpers/solve-challenge";
import { makeMember } from "../forum/fixtures";

const env = useAccountTestEnv();
const FORM = { forumName: "Diễn đàn Thử", forumDescription: "Nơi thử nghiệm", registrationMode: "open", siteNotice: "Bảo trì lúc 22 giờ." };

afterEach(async () => {
  await db.setting.deleteMany();
});

let n = 0;
async function registration() {
  n++;
  return { displayName: `Người đăng ký ${n}`, username: `dangky${n}x`, email: `dangky${n}x@example.vn`, password: "Một-mật-khẩu-dài-99", ...(await solvedChallenge("register")) };
}

describe("updateSiteSettings", () => {
  it("is for administrators only", async () => {
    const moderator = await makeMember({ role: "moderator" });
    await expect(updateSiteSettings(null, FORM)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateSiteSettings(moderator, FORM)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getSiteSettings()).toEqual(DEFAULT_SITE_SETTINGS);
  });

  it("saves what changed, logs it, and refuses bad input changing nothing", async () => {
    const admin = await makeMember({ role: "admin" });
    expect(await updateSiteSettings(admin, FORM)).toEqual({ changed: ["forumName", "forumDescription", "siteNotice"] });
    expect(await getSiteSettings()).toMatchObject({ forumName: "Diễn đàn Thử", siteNotice: "Bảo trì lúc 22 giờ.", registrationMode: "open" });
    const log = await db.moderationLog.findFirstOrThrow({ where: { actorId: admin.id, action: "settings.update" } });
    expect(JSON.parse(log.details!).forumName).toEqual({ from: "Bàn Luận", to: "Diễn đàn Thử" });

    const refused = await updateSiteSettings(admin, { ...FORM, forumName: " x ", registrationMode: "ai-cũng-được" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect((refused as InvalidInputError).fieldErrors).toMatchObject({ forumName: expect.stringMatching(/ít nhất 2/), registrationMode: expect.stringMatching(/chế độ đăng ký/) });
    expect((await getSiteSettings()).forumName).toBe("Diễn đàn Thử");
  });

  it("writes only the fields changed from what the form showed: two administrators keep each other's changes", async () => {
    const [first, second] = [await makeMember({ role: "admin" }), await makeMember({ role: "admin" })];
    const shown = JSON.stringify({ forumName: "Bàn Luận", forumDescription: DEFAULT_SITE_SETTINGS.forumDescription, registrationMode: "open", siteNotice: "" });
    const asShown = { forumName: "Bàn Luận", forumDescription: DEFAULT_SITE_SETTINGS.forumDescription, registrationMode: "open", siteNotice: "", shown };
    // Both loaded the form; the second closes registration first…
    expect(await updateSiteSettings(second, { ...asShown, registrationMode: "approval" })).toEqual({ changed: ["registrationMode"] });
    // …then the first renames the forum from the form they loaded before: the mode it still shows "open" is not written back.
    expect(await updateSiteSettings(first, { ...asShown, forumName: "Diễn đàn Mới" })).toEqual({ changed: ["forumName"] });
    expect(await getSiteSettings()).toMatchObject({ forumName: "Diễn đàn Mới", registrationMode: "approval" });
    // A form that shows the newer values writes a change back to an older one.
    const fresh = JSON.stringify({ ...JSON.parse(shown), forumName: "Diễn đàn Mới", registrationMode: "approval" });
    expect(await updateSiteSettings(first, { ...asShown, shown: fresh, registrationMode: "open" })).toEqual({ changed: ["forumName", "registrationMode"] });
    expect(await getSiteSettings()).toMatchObject({ forumName: "Bàn Luận", registrationMode: "open" });
  });

  it("without a readable record of what was shown, every field is written", async () => {
    const admin = await makeMember({ role: "admin" });
    await db.setting.create({ data: { key: "registrationMode", value: '"closed"' } });
    for (const shown of ["{not json", JSON.stringify({ registrationMode: 7 }), undefined]) {
      await db.setting.upsert({ where: { key: "registrationMode" }, create: { key: "registrationMode", value: '"closed"' }, update: { value: '"closed"' } });
      await updateSiteSettings(admin, { ...FORM, shown });
      expect((await getSiteSettings()).registrationMode).toBe("open");
    }
  });

  it("the limits form too: a limit left as shown is not written back over another administrator's", async () => {
    const [first, second] = [await makeMember({ role: "admin" }), await makeMember({ role: "admin" })];
    const loaded = await getSettings();
    const form = (changes: Record<string, number>) => ({
      ...Object.fromEntries(Object.entries({ ...loaded, ...changes }).map(([k, v]) => [k, String(v)])),
      shown: JSON.stringify(loaded),
    });
    await updateForumSettings(second, form({ editWindowMinutes: 45 }));
    await updateForumSettings(first, form({ maxReplyLength: 9000 }));
    expect(await getSettings()).toMatchObject({ editWindowMinutes: 45, maxReplyLength: 9000 });
    // Without the record, the form's values are written as they are.
    const { shown: _shown, ...plain } = form({ maxReplyLength: 9000 });
    await updateForumSettings(first, plain);
    expect(await getSettings()).toMatchObject({ editWindowMinutes: loaded.editWindowMinutes, maxReplyLength: 9000 });
  });

  it("a malformed row falls back to its default", async () => {
    await db.setting.create({ data: { key: "registrationMode", value: '"maybe"' } });
    await db.setting.create({ data: { key: "siteNotice", value: "{not json" } });
    expect(await getSiteSettings()).toEqual(DEFAULT_SITE_SETTINGS);
  });
});

describe("registration modes", () => {
  it("closed: refused with a message, no account written", async () => {
    const admin = await makeMember({ role: "admin" });
    await updateSiteSettings(admin, { ...FORM, registrationMode: "closed" });
    const input = await registration();
    await expect(registerAccount(null, input, { db: env.db, ip: "198.51.100.201" })).rejects.toThrow(/tạm ngừng nhận thành viên mới/);
    expect(await env.db.user.count({ where: { username: input.username } })).toBe(0);
  });

  it("approval: the new account is held for a moderator; open: it is not", async () => {
    const admin = await makeMember({ role: "admin" });
    await updateSiteSettings(admin, { ...FORM, registrationMode: "approval" });
    const held = await registration();
    await expect(registerAccount(null, held, { db: env.db, ip: "198.51.100.202" })).resolves.toEqual({ mailSent: true, held: true, heldForApproval: true });
    expect((await env.db.user.findUniqueOrThrow({ where: { username: held.username } })).heldAt).not.toBeNull();

    await updateSiteSettings(admin, { ...FORM, registrationMode: "open" });
    const free = await registration();
    await expect(registerAccount(null, free, { db: env.db, ip: "198.51.100.203" })).resolves.toEqual({ mailSent: true, held: false, heldForApproval: false });
  });
});

describe("the article form by fields", () => {
  const fields = {
    title: "Một bài viết nhập tay",
    author: "Nguyễn Văn Tác Giả",
    userTitle: "Biên tập viên",
    lead: "Đoạn dẫn ngắn.",
    body: "Đoạn thứ nhất.\n\n## Một mục\nĐoạn thứ hai.",
    source: "Báo Thử",
    sourceUrl: `https://example.vn/bai-${Math.random().toString(36).slice(2, 8)}`,
    categorySlug: "",
  };

  it("turns the body into paragraphs and headings", () => {
    expect(bodyBlocks(fields.body)).toEqual([
      { type: "paragraph", text: "Đoạn thứ nhất." },
      { type: "heading", text: "Một mục" },
      { type: "paragraph", text: "Đoạn thứ hai." },
    ]);
  });

  it("is refused to moderators; refuses a bad source link; publishes for an administrator, then updates the same source", async () => {
    const moderator = await makeMember({ role: "moderator" });
    const admin = await makeMember({ role: "admin" });
    await expect(publishArticleFromFields(moderator, fields)).rejects.toBeInstanceOf(ForbiddenError);
    const bad = await previewArticleFromFields(admin, { ...fields, sourceUrl: "javascript:alert(1)" }).catch((e: unknown) => e);
    expect((bad as InvalidInputError).fieldErrors?.sourceUrl).toMatch(/http/);
    const category = await db.category.create({ data: { slug: `bai-viet-${Date.now()}`, name: "Bài viết" } });
    const first = await publishArticleFromFields(admin, { ...fields, categorySlug: category.slug });
    expect(first.created).toBe(true);
    const thread = await db.thread.findUniqueOrThrow({ where: { id: first.threadId }, include: { author: true } });
    expect(thread).toMatchObject({ title: fields.title, lead: fields.lead, kind: "article" });
    expect(thread.author).toMatchObject({ displayName: fields.author, userTitle: fields.userTitle });
    const again = await publishArticleFromFields(admin, { ...fields, categorySlug: category.slug, title: "Một bài viết nhập tay, đã sửa" });
    expect(again).toMatchObject({ threadId: first.threadId, created: false });
  });
});
