// Issue 20, defect 6: an imported article's author "joined" on the day of the
// import ("Tham gia 01/12/2026" above a post dated 25/07/2025). The importer
// dates the profile it made no later than the article; a real member's join
// date is never touched.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticleFile } from "@/lib/article-import/read-article-file";
import { publishArticle } from "@/lib/article-import/publish-article";
import { db } from "@/lib/db";
import { getMemberProfile } from "@/lib/members/read-member-profile";

const SEED = path.resolve(__dirname, "../../../prisma/seed-data/ai-race-article.txt");

describe("an imported author's join date", () => {
  it("is the article's date, however often it is imported", async () => {
    await db.category.create({ data: { slug: "tin-cong-nghe", name: "Tin công nghệ" } });
    const article = readArticleFile(SEED);
    expect(article.publishedAt).toBe("2025-07-25T09:37:18.703Z");
    const { threadId } = await publishArticle(db, article, { categorySlug: "tin-cong-nghe" });
    const thread = await db.thread.findUniqueOrThrow({ where: { id: threadId }, include: { author: true } });
    const profile = await getMemberProfile(thread.author.username);
    expect(profile?.createdAt.toISOString()).toBe("2025-07-25T09:37:18.703Z");
    await publishArticle(db, article, { categorySlug: "tin-cong-nghe" });
    expect((await db.user.findUniqueOrThrow({ where: { id: thread.authorId } })).createdAt.toISOString()).toBe("2025-07-25T09:37:18.703Z");
  });

  it("leaves a member who can log in as they joined", async () => {
    const joined = new Date("2026-03-01T00:00:00Z");
    const member = await db.user.create({
      data: { username: "lan.anh", usernameKey: "lan.anh", displayName: "Lan Anh", email: "lan@example.vn", passwordHash: "x", createdAt: joined },
    });
    const article = { ...readArticleFile(SEED), author: "Lan Anh", sourceUrl: "https://example.vn/khac", title: "Bài khác" };
    const { threadId } = await publishArticle(db, article, { categorySlug: "tin-cong-nghe" });
    const thread = await db.thread.findUniqueOrThrow({ where: { id: threadId } });
    // The importer made its own profile (no password) rather than take the member's.
    expect(thread.authorId).not.toBe(member.id);
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).createdAt).toEqual(joined);
  });
});
