// The feeds' own words (issue 17 and issue 20's forum name): a feed is named
// with the forum's configured name (Cài đặt → Diễn đàn), never a fixed
// "Bàn Luận", and /en/… feeds speak English around what members wrote.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { siteFeedXml, threadFeedXml } from "@/lib/feeds/feed-documents";
import { makeMember, makeThread } from "../forum/fixtures";

const RENAMED = "Diễn đàn Thử & Bạn";

let thread: Awaited<ReturnType<typeof makeThread>>;
let replier: Awaited<ReturnType<typeof makeMember>>;

beforeAll(async () => {
  thread = await makeThread();
  replier = await makeMember();
  await db.post.create({ data: { threadId: thread.id, authorId: replier.id, number: 2, source: "Trả lời", html: "<p>Trả lời</p>" } });
});

afterEach(async () => {
  await db.setting.deleteMany();
});

async function rename(forumName: string) {
  await db.setting.upsert({ where: { key: "forumName" }, create: { key: "forumName", value: JSON.stringify(forumName) }, update: { value: JSON.stringify(forumName) } });
}

const channelTitle = (xml: string) => /<channel>\s*<title>([^<]*)<\/title>/.exec(xml)?.[1];
const channelDescription = (xml: string) => /<\/link>\s*<description>([^<]*)<\/description>/.exec(xml)?.[1];

describe("the site feed", () => {
  it("is named with the default forum name until one is configured, in Vietnamese", async () => {
    const xml = await siteFeedXml("vi");
    expect(channelTitle(xml)).toBe("Bàn Luận — chủ đề mới");
    expect(channelDescription(xml)).toBe("Chủ đề và bài viết mới nhất trên Bàn Luận, diễn đàn thảo luận tiếng Việt.");
    expect(xml).toContain("<language>vi</language>");
  });

  it("takes the configured forum name, in both languages", async () => {
    await rename(RENAMED);
    const vi = await siteFeedXml("vi");
    expect(channelTitle(vi)).toBe("Diễn đàn Thử &amp; Bạn — chủ đề mới");
    expect(channelDescription(vi)).toBe("Chủ đề và bài viết mới nhất trên Diễn đàn Thử &amp; Bạn, diễn đàn thảo luận tiếng Việt.");
    const en = await siteFeedXml("en");
    expect(channelTitle(en)).toBe("Diễn đàn Thử &amp; Bạn — new threads");
    expect(channelDescription(en)).toBe("The newest threads and posts on Diễn đàn Thử &amp; Bạn, a Vietnamese discussion forum.");
    for (const xml of [vi, en]) expect(xml).not.toContain("Bàn Luận");
  });

  it("links to the English pages under /en, titles untranslated", async () => {
    const en = await siteFeedXml("en");
    expect(en).toContain("<language>en</language>");
    expect(en).toMatch(/<atom:link href="[^"]*\/en\/feed\.xml" rel="self"/);
    expect(en).toContain(`/en/threads/${thread.slug}.${thread.id}</link>`);
    expect(en).toContain(`<title>${thread.title}</title>`);
    const vi = await siteFeedXml("vi");
    expect(vi).not.toContain("/en/");
  });
});

describe("a thread's feed", () => {
  it("names the configured forum where the thread has no lead, and each reply in the feed's language", async () => {
    await rename(RENAMED);
    const vi = await threadFeedXml(thread, "vi");
    expect(channelTitle(vi)).toBe(`${thread.title} — phản hồi mới`);
    expect(channelDescription(vi)).toBe(`Các phản hồi mới nhất trong chủ đề “${thread.title}” trên Diễn đàn Thử &amp; Bạn.`);
    expect(vi).toContain(`<title>Phản hồi #1 của ${replier.displayName}</title>`);
    const en = await threadFeedXml(thread, "en");
    expect(channelTitle(en)).toBe(`${thread.title} — new replies`);
    expect(channelDescription(en)).toBe(`The newest replies in the thread “${thread.title}” on Diễn đàn Thử &amp; Bạn.`);
    expect(en).toContain(`<title>Reply #1 by ${replier.displayName}</title>`);
    expect(en).toMatch(/<link>[^<]*\/en\/posts\/\d+<\/link>/);
    for (const xml of [vi, en]) expect(xml).not.toContain("Bàn Luận");
  });
});
