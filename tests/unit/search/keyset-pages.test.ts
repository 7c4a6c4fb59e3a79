// Search results paged by key (lib/search/ranked-pages.ts) on the engine of
// DATABASE_URL: walking "next" links from page 1 and "previous" links from
// the last page, jumping by number, and the page-after-next key all give the
// one order (tier, newest first, id) — with posts that share a date across
// page boundaries, in every tier, forum-wide and within one thread — never a
// result twice, never one skipped. On SQLite both forum-wide plans are run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { indexPost, searchEngine } from "@/lib/search";
import { parseSearchQuery } from "@/lib/search/parse-query";
import { tierPlans } from "@/lib/search/sqlite/sqlite-search-engine";
import { PUBLIC_STATUSES, type RankKey, type SearchFilters, type SearchHits } from "@/lib/search/search-engine";
import { escapeHtml } from "@/lib/text";
import { makeMember } from "../forum/fixtures";

const PER_PAGE = 7;
const isPostgres = /^postgres/.test(process.env.DATABASE_URL ?? "");
let authorId: number;
let threadId: number;
let hiddenId: number;
/** Few distinct dates, so many posts tie on their date. */
const SAME = [Date.UTC(2026, 2, 1), Date.UTC(2026, 2, 2), Date.UTC(2026, 2, 3)];

async function writePost(threadOf: number, text: string, createdAt: Date, status = "visible") {
  return db.$transaction(async (tx) => {
    const thread = await tx.thread.update({ where: { id: threadOf }, data: { lastNumber: { increment: 1 } } });
    const post = await tx.post.create({ data: { threadId: threadOf, authorId, number: thread.lastNumber, source: text, html: `<p>${escapeHtml(text)}</p>`, createdAt, status } });
    await indexPost(tx, post.id);
    return post.id;
  });
}

async function writeThread(title: string, createdAt: Date) {
  return db.$transaction(async (tx) => {
    const thread = await tx.thread.create({
      data: { title, slug: "chu-de", categoryId: (await tx.category.findFirstOrThrow()).id, authorId, createdAt, lastPostAt: createdAt, lastNumber: 1 },
    });
    const post = await tx.post.create({ data: { threadId: thread.id, authorId, number: 1, source: "Mở đầu", html: "<p>Mở đầu</p>", createdAt } });
    await indexPost(tx, post.id);
    return thread.id;
  });
}

function search(q: string, filters: Partial<SearchFilters>, paging: { page?: number; after?: RankKey; before?: RankKey; perPage?: number }): Promise<SearchHits> {
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new Error(q);
  return searchEngine.search(db, { query: parsed.query, filters: { statuses: PUBLIC_STATUSES, ...filters }, page: paging.page ?? 1, perPage: paging.perPage ?? PER_PAGE, after: paging.after, before: paging.before }, 1000);
}

const ids = (found: SearchHits) => found.hits.map((h) => h.postId);

beforeAll(async () => {
  authorId = (await makeMember()).id;
  if (!(await db.category.findFirst())) await db.category.create({ data: { slug: "chung", name: "Chung" } });
  // Every tier: exact title, exact text, folded title, folded text, and the
  // words apart in titles and texts; dates repeat across all of them.
  let n = 0;
  const date = () => new Date(SAME[n++ % SAME.length]);
  for (let i = 0; i < 3; i++) await writeThread(`Chợ hoa xuân số ${i}`, date());
  for (let i = 0; i < 3; i++) await writeThread(`Cho hoa xuan không dấu ${i}`, date());
  for (let i = 0; i < 2; i++) await writeThread(`Hoa ở chợ Tết ${i}`, date());
  threadId = await writeThread("Chủ đề để phân trang", date());
  for (let i = 0; i < 14; i++) await writePost(threadId, `Đi chợ hoa sáng nay, lần ${i}`, date());
  for (let i = 0; i < 9; i++) await writePost(threadId, `Di cho hoa chieu nay ${i}`, date());
  for (let i = 0; i < 6; i++) await writePost(threadId, `Hoa mua ngoài chợ ${i}`, date());
  hiddenId = await writePost(threadId, "Chợ hoa bị ẩn", date(), "hidden");
});

afterAll(() => {
  tierPlans.sortAtMost = 5_000;
});

const plans = isPostgres ? [["planner's choice", 5_000]] : [["sorted from the index", 5_000], ["walked from the key", 0]];

describe.each(plans)("pages by key (%s)", (_name, sortAtMost) => {
  beforeAll(() => {
    tierPlans.sortAtMost = sortAtMost as number;
  });

  for (const [label, filters] of [["forum-wide", {}], ["within one thread", { thread: true }]] as const) {
    it(`${label}: next links, previous links, jumps and the page-after-next key give one order`, async () => {
      const f: Partial<SearchFilters> = "thread" in filters ? { threadId } : {};
      const all = await search("chợ hoa", f, { perPage: 100 });
      const expected = ids(all);
      expect(expected.length).toBeGreaterThan(2 * PER_PAGE);
      expect(expected).not.toContain(hiddenId);
      // The reference order itself: tier, then date newest first, then id.
      const order = all.hits.map((h) => [h.tier, -h.createdAt.getTime(), -h.postId]);
      expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]));
      expect(new Set(all.hits.map((h) => h.tier)).size).toBe("thread" in filters ? 3 : 6);
      const pageCount = Math.ceil(expected.length / PER_PAGE);

      // Forward, by the key of each page's last result.
      const forward: number[][] = [];
      let page = await search("chợ hoa", f, {});
      for (let p = 1; ; p++) {
        forward.push(ids(page));
        expect(page.page).toBe(p);
        if (page.around.after.length === 0) break;
        // The page after next, from this page's links, is the one two steps away.
        const next = await search("chợ hoa", f, { page: p + 1, after: page.around.after[0] });
        if (page.around.after[1]) expect(ids(await search("chợ hoa", f, { page: p + 2, after: page.around.after[1] }))).toEqual(ids(await search("chợ hoa", f, { page: p + 2, after: next.around.after[0] })));
        page = next;
      }
      expect(forward.flat()).toEqual(expected);
      expect(forward.length).toBe(pageCount);

      // By number (the page jump): the same pages.
      for (let p = 1; p <= pageCount; p++) expect(ids(await search("chợ hoa", f, { page: p }))).toEqual(forward[p - 1]);
      expect((await search("chợ hoa", f, { page: pageCount + 1 })).hits).toEqual([]);

      // Backward from the last page, by the key of each page's first result.
      const last = await search("chợ hoa", f, { page: pageCount });
      expect(last.around.after).toEqual([]);
      const backward: number[][] = [ids(last)];
      let at = last;
      let number = pageCount;
      while (at.around.before.length > 0) {
        number -= 1;
        const previous = await search("chợ hoa", f, { page: number, before: at.around.before[0] });
        expect(previous.page).toBe(number);
        backward.unshift(ids(previous));
        at = previous;
      }
      expect(number).toBe(1);
      expect(backward.flat()).toEqual(expected);
    });
  }

  it("a previous link that reaches the beginning early gives page 1; a key past the end gives no results", async () => {
    const all = ids(await search("chợ hoa", {}, { perPage: 100 }));
    const second = await search("chợ hoa", {}, { page: 2 });
    // Page 3's "previous" key, sent as if from page 5: fewer than a page before it is page 1.
    const early = await search("chợ hoa", {}, { page: 5, before: second.around.before[0] });
    expect(early.page).toBe(1);
    expect(ids(early)).toEqual(all.slice(0, PER_PAGE));
    const lastHit = (await search("chợ hoa", {}, { perPage: 100 })).hits.at(-1)!;
    const beyond = await search("chợ hoa", {}, { after: { tier: lastHit.tier, createdAt: lastHit.createdAt, id: lastHit.postId } });
    expect(beyond.hits).toEqual([]);
  });
});
