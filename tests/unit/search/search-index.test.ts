// The search index against a real SQLite database: it stays in step with
// posts through every change (in the change's own transaction), ranks as
// promised, filters by visibility, thread, member and date, and survives any
// input. Posts are written the way the forum's services write them: the row
// change and indexPost() in one transaction.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArticleFile } from "@/lib/article-import/read-article-file";
import { publishArticle } from "@/lib/article-import/publish-article";
import { db } from "@/lib/db";
import { DEFAULT_CATEGORIES } from "@/lib/forum/default-categories";
import { indexPost, indexThread, removePost, searchEngine } from "@/lib/search";
import { parseSearchQuery } from "@/lib/search/parse-query";
import { ALL_STATUSES, MatchTier, PUBLIC_STATUSES, type SearchFilters } from "@/lib/search/search-engine";
import { escapeHtml } from "@/lib/text";

const FIXTURES = path.resolve(__dirname, "../../fixtures/articles");

let memberA: number;
let memberB: number;
let articleThreadId: number;
let clock = Date.UTC(2026, 0, 1);
/** Strictly increasing post dates, as real posting gives. */
const nextDate = () => new Date((clock += 60_000));

async function search(q: string, filters: Partial<SearchFilters> = {}, page = 1, perPage = 50, countLimit = 1000) {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(`bad query ${q}: ${parsed.problem}`);
  return searchEngine.search(db, { query: parsed.query, filters: { statuses: PUBLIC_STATUSES, ...filters }, page, perPage }, countLimit);
}
const ids = async (q: string, filters: Partial<SearchFilters> = {}) => (await search(q, filters)).hits.map((h) => h.postId);

async function createThread(title: string, authorId: number, opening: string) {
  return db.$transaction(async (tx) => {
    const createdAt = nextDate();
    const thread = await tx.thread.create({
      data: { title, slug: "chu-de", categoryId: (await tx.category.findFirstOrThrow()).id, authorId, createdAt, lastPostAt: createdAt },
    });
    const post = await tx.post.create({
      data: { threadId: thread.id, authorId, number: 1, source: opening, html: `<p>${escapeHtml(opening)}</p>`, createdAt },
    });
    await indexPost(tx, post.id);
    return { threadId: thread.id, postId: post.id };
  });
}

async function reply(threadId: number, authorId: number, text: string, status = "visible") {
  return db.$transaction(async (tx) => {
    const thread = await tx.thread.update({ where: { id: threadId }, data: { lastNumber: { increment: 1 } } });
    const post = await tx.post.create({
      data: { threadId, authorId, number: thread.lastNumber, source: text, html: `<p>${escapeHtml(text)}</p>`, status, createdAt: nextDate() },
    });
    await indexPost(tx, post.id);
    return post.id;
  });
}

async function setStatus(postId: number, status: string) {
  await db.$transaction(async (tx) => {
    await tx.post.update({ where: { id: postId }, data: { status } });
    await indexPost(tx, postId);
  });
}

async function expectConsistent() {
  const check = await searchEngine.check(db);
  expect(check.missing).toEqual([]);
  expect(check.orphaned).toEqual([]);
  expect(check.entries).toBe(check.posts);
}

beforeAll(async () => {
  // This file's private copy of the migrated database (tests/unit/db-setup.ts).
  for (const [position, category] of DEFAULT_CATEGORIES.entries()) await db.category.create({ data: { ...category, position } });
  memberA = (await db.user.create({ data: { username: "an.nguyen", usernameKey: "an.nguyen", displayName: "Nguyễn An" } })).id;
  memberB = (await db.user.create({ data: { username: "binh.tran", usernameKey: "binh.tran", displayName: "Trần Bình" } })).id;
  const article = readArticleFile(path.join(FIXTURES, "xe-dien-mien-tay.txt"));
  articleThreadId = (await publishArticle(db, article, { categorySlug: "tin-cong-nghe" })).threadId;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("publishing an article", () => {
  it("indexes it in the same transaction: accented, unaccented, upper-case and NFD queries find it", async () => {
    const opening = await db.post.findUniqueOrThrow({ where: { threadId_number: { threadId: articleThreadId, number: 1 } } });
    for (const q of ["trạm sạc", "tram sac", "TRAM SAC", "trạm sạc".normalize("NFD"), "Đồng bằng sông Cửu Long", "dong bang song cuu long"]) {
      expect(await ids(q)).toEqual([opening.id]);
    }
    // The lead is searchable; page furniture of the scrape is not.
    expect(await ids("hạ tầng sạc")).toEqual([opening.id]);
    expect(await ids("linktop")).toEqual([]);
    await expectConsistent();
  });

  it("re-publishing the same source rewrites the entry: old words go, new words come", async () => {
    const article = readArticleFile(path.join(FIXTURES, "xe-dien-mien-tay.txt"));
    const changed = {
      ...article,
      title: "Xe điện về miền Tây: ai đi trước, khinh khí cầu hay trạm sạc?",
      blocks: article.blocks.map((b) => (b.type === "paragraph" && b.text.startsWith("Anh Tư") ? { ...b, text: "Anh Tư nay bán bánh xèo." } : b)),
    };
    const result = await publishArticle(db, changed, { categorySlug: "tin-cong-nghe" });
    expect(result.created).toBe(false);
    expect(await ids("cái răng")).toEqual([]);
    expect(await ids("banh xeo")).toHaveLength(1);
    expect(await search("khinh khi cau")).toMatchObject({ hits: [{ tier: MatchTier.PhraseTitle }] });
    await expectConsistent();
  });
});

describe("keeping the index in step with replies", () => {
  it("create, edit, hide, restore, soft-delete and purge", async () => {
    const { threadId } = await createThread("Chuyện bếp núc", memberA, "Mở đầu chủ đề");
    const postId = await reply(threadId, memberB, "Nồi cơm điện của tôi bị hỏng rơ le");
    expect(await ids("noi com dien")).toEqual([postId]);

    // Edit: the entry is rewritten, the old words no longer match.
    await db.$transaction(async (tx) => {
      await tx.post.update({ where: { id: postId }, data: { source: "Lò vi sóng kêu to", html: "<p>Lò vi sóng kêu to</p>" } });
      await indexPost(tx, postId);
    });
    expect(await ids("noi com dien")).toEqual([]);
    expect(await ids("lo vi song")).toEqual([postId]);

    // Hidden, pending or deleted: readers do not find it; staff who ask do.
    for (const status of ["hidden", "pending", "deleted"]) {
      await setStatus(postId, status);
      expect(await ids("lo vi song")).toEqual([]);
      expect(await ids("lo vi song", { statuses: ALL_STATUSES })).toEqual([postId]);
    }
    await setStatus(postId, "visible");
    expect(await ids("lo vi song")).toEqual([postId]);

    // Purge through the service function.
    await db.$transaction(async (tx) => {
      await tx.post.delete({ where: { id: postId } });
      await removePost(tx, postId);
    });
    expect(await ids("lo vi song", { statuses: ALL_STATUSES })).toEqual([]);
    await expectConsistent();
  });

  it("a rolled-back change leaves the index as it was", async () => {
    const { threadId } = await createThread("Chủ đề thử giao dịch", memberA, "Mở đầu");
    const kept = await reply(threadId, memberA, "Máy giặt cửa trước");
    await expect(
      db.$transaction(async (tx) => {
        const post = await tx.post.create({
          data: { threadId, authorId: memberB, number: 99, source: "Máy sấy quần áo", html: "<p>Máy sấy quần áo</p>" },
        });
        await indexPost(tx, post.id);
        await tx.post.update({ where: { id: kept }, data: { source: "Tủ lạnh", html: "<p>Tủ lạnh</p>" } });
        await indexPost(tx, kept);
        throw new Error("lỗi giữa chừng");
      }),
    ).rejects.toThrow("lỗi giữa chừng");
    expect(await ids("may say quan ao", { statuses: ALL_STATUSES })).toEqual([]);
    expect(await ids("may giat")).toEqual([kept]);
    expect(await ids("tu lanh")).toEqual([]);
    await expectConsistent();
  });

  it("a post row deleted by any code path — even a cascade from its thread — leaves the index", async () => {
    const { threadId, postId } = await createThread("Chủ đề sẽ bị xóa hẳn", memberA, "Bàn ủi hơi nước");
    const r1 = await reply(threadId, memberB, "Bàn ủi hơi nước loại đứng");
    expect(await ids("ban ui hoi nuoc")).toEqual([r1, postId]);
    // No removePost() call here: the trigger (SQLite) or the foreign key's
    // cascade (PostgreSQL) must do it.
    await db.post.delete({ where: { id: r1 } });
    expect(await ids("ban ui hoi nuoc")).toEqual([postId]);
    await db.$executeRaw`DELETE FROM "Thread" WHERE "id" = ${threadId}`;
    expect(await db.post.count({ where: { threadId } })).toBe(0);
    expect(await ids("ban ui hoi nuoc", { statuses: ALL_STATUSES })).toEqual([]);
    await expectConsistent();
  });

  it("renaming a thread re-indexes its opening post", async () => {
    const { threadId, postId } = await createThread("Tên cũ của chủ đề", memberA, "Nội dung");
    await db.$transaction(async (tx) => {
      await tx.thread.update({ where: { id: threadId }, data: { title: "Quạt trần tiết kiệm điện" } });
      await indexThread(tx, threadId);
    });
    expect(await ids("ten cu cua chu de")).toEqual([]);
    expect(await search("quạt trần")).toMatchObject({ hits: [{ postId, tier: MatchTier.ExactTitle }] });
  });
});

describe("ranking", () => {
  it("exact accents first, then title before text, then the words together, then newer first", async () => {
    // Written worst rank first, so plain recency would give the opposite order.
    const wordsText = await reply(articleThreadId, memberA, "Con khỉ chạy đột ngột qua đường");
    const wordsTitle = (await createThread("Đột nhiên con khỉ biến mất", memberA, "Mở đầu")).postId;
    const phraseText = await reply(articleThreadId, memberA, "Nhớ tắt bếp khi đốt than");
    const phraseTitle = (await createThread("Cẩn thận khi đốt rác", memberA, "Mở đầu")).postId;
    const exactTextOlder = await reply(articleThreadId, memberA, "Hôm qua tôi thấy khỉ đột");
    const exactTextNewer = await reply(articleThreadId, memberB, "Khỉ đột ăn chuối");
    const exactTitle = (await createThread("Chuyện con khỉ đột ở thảo cầm viên", memberA, "Mở đầu")).postId;

    const accented = await search("khỉ đột");
    expect(accented.hits.map(({ postId, tier }) => ({ postId, tier }))).toEqual([
      { postId: exactTitle, tier: MatchTier.ExactTitle },
      { postId: exactTextNewer, tier: MatchTier.ExactText },
      { postId: exactTextOlder, tier: MatchTier.ExactText },
      { postId: phraseTitle, tier: MatchTier.PhraseTitle },
      { postId: phraseText, tier: MatchTier.PhraseText },
      { postId: wordsTitle, tier: MatchTier.WordsTitle },
      { postId: wordsText, tier: MatchTier.WordsText },
    ]);

    // Typed without accents nothing is exact: titles first, then text, newer first.
    expect((await search("KHI DOT")).hits.map((h) => h.postId)).toEqual([
      exactTitle,
      phraseTitle,
      exactTextNewer,
      exactTextOlder,
      phraseText,
      wordsTitle,
      wordsText,
    ]);
  });
});

describe("newer first means by date", () => {
  it("a post written later but dated earlier (an import) sorts by its date", async () => {
    const { threadId } = await createThread("Chủ đề về đồ cổ", memberA, "Mở đầu");
    const newer = await reply(threadId, memberA, "Đồng hồ quả lắc mới mua");
    const older = await db.$transaction(async (tx) => {
      const thread = await tx.thread.update({ where: { id: threadId }, data: { lastNumber: { increment: 1 } } });
      const post = await tx.post.create({
        data: { threadId, authorId: memberB, number: thread.lastNumber, source: "Đồng hồ quả lắc của ông", html: "<p>Đồng hồ quả lắc của ông</p>", createdAt: new Date(Date.UTC(2019, 5, 1)) },
      });
      await indexPost(tx, post.id);
      return post.id;
    });
    expect(older).toBeGreaterThan(newer);
    expect(await ids("dong ho qua lac", { threadId })).toEqual([newer, older]);
  });
});

describe("filters and pages", () => {
  let threadId: number;
  const written: number[] = [];
  let oldPost: number;

  beforeAll(async () => {
    threadId = (await createThread("Chủ đề về máy pha cà phê", memberA, "Giới thiệu")).threadId;
    for (let i = 0; i < 25; i++) written.push(await reply(threadId, i % 2 ? memberA : memberB, `Máy xay hạt số ${i}`));
    oldPost = await db.$transaction(async (tx) => {
      const thread = await tx.thread.update({ where: { id: articleThreadId }, data: { lastNumber: { increment: 1 } } });
      const post = await tx.post.create({
        data: { threadId: articleThreadId, authorId: memberA, number: thread.lastNumber, source: "Máy xay cũ", html: "<p>Máy xay cũ</p>", createdAt: new Date(Date.UTC(2020, 0, 1)) },
      });
      await indexPost(tx, post.id);
      return post.id;
    });
  });

  it("within one thread, by member, since a date", async () => {
    const all = await ids("may xay");
    expect(all).toHaveLength(26);
    expect(await ids("may xay", { threadId })).toEqual([...written].reverse());
    expect(await ids("may xay", { threadId: articleThreadId })).toEqual([oldPost]);
    const byA = await ids("may xay", { authorId: memberA });
    expect(byA).toHaveLength(13);
    for (const id of byA) expect((await db.post.findUniqueOrThrow({ where: { id } })).authorId).toBe(memberA);
    expect(await ids("may xay", { since: new Date(Date.UTC(2025, 0, 1)) })).toHaveLength(25);
    expect(await ids("may xay", { since: new Date(Date.UTC(2025, 0, 1)), authorId: memberA, threadId: articleThreadId })).toEqual([]);
  });

  it("pages follow each other without gaps or repeats, and counts stop at the limit", async () => {
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push((await search("may xay", { threadId }, page, 10)).hits.map((h) => h.postId));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual([...written].reverse());
    expect((await search("may xay", { threadId }, 4, 10)).hits).toEqual([]);
    expect(await search("may xay", { threadId }, 1, 10, 1000)).toMatchObject({ total: 25, totalIsLowerBound: false });
    expect(await search("may xay", { threadId }, 1, 10, 20)).toMatchObject({ total: 20, totalIsLowerBound: true });
  });
});

describe("rebuilding", () => {
  it("gives the same results as the index kept in step, and repairs a damaged index", async () => {
    const queries = ["khỉ đột", "khi dot", "may xay", "tram sac", "quạt trần"];
    const before = await Promise.all(queries.map((q) => search(q, { statuses: ALL_STATUSES })));
    // Damage the index behind the engine's back, in each engine's own tables.
    if (/^postgres/.test(process.env.DATABASE_URL ?? "")) {
      await db.$executeRawUnsafe(`DELETE FROM post_search WHERE post_id IN (SELECT post_id FROM post_search LIMIT 5)`);
    } else {
      await db.$executeRawUnsafe(`DELETE FROM post_search_folded WHERE rowid IN (SELECT rowid FROM post_search_folded LIMIT 5)`);
    }
    expect((await searchEngine.check(db)).missing).toHaveLength(5);

    const { indexed } = await searchEngine.rebuild(db);
    expect(indexed).toBe(await db.post.count());
    await expectConsistent();
    const after = await Promise.all(queries.map((q) => search(q, { statuses: ALL_STATUSES })));
    expect(after).toEqual(before);
  });
});

describe("any input", () => {
  it("never makes the engine throw", async () => {
    const nasty = [
      '"', '""', '"đầu', "đầu*", "*", "(", ")", "((đầu)", "NEAR", "NEAR(a b)", "AND", "OR", "NOT", "a AND", "- tư", "tư -",
      ":", "title:", "body_folded : x", "{title}", "^đầu", "đầu + tư", "'", "\\", "%", "_", "\u0000x", "ư".repeat(1000),
      "đầu ".repeat(300), "𝐀𝐁𝐂", "👍 tốt", "x̣ỵ", "İstanbul", "ß straße",
    ];
    for (const raw of nasty) {
      const parsed = parseSearchQuery(raw);
      if (!parsed.ok) continue;
      for (const statuses of [PUBLIC_STATUSES, ALL_STATUSES]) {
        await expect(searchEngine.search(db, { query: parsed.query, filters: { statuses }, page: 1, perPage: 20 }, 1000)).resolves.toBeDefined();
      }
    }
  });
});
