// What the feeds and sitemaps list: only public content — visible threads
// (none held for approval), and posts a guest can read on the thread page
// (status visible).
import "server-only";
import { db } from "@/lib/db";
import { htmlToText } from "@/lib/text";
import { LISTED_THREAD } from "./list-threads";

export const FEED_ITEMS = 30;
const EXCERPT_CHARS = 400;

function excerpt(html: string): string {
  const text = htmlToText(html).replace(/\s+/g, " ").trim();
  return text.length <= EXCERPT_CHARS ? text : `${text.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, "")}…`;
}

/** The newest threads, newest first, with the lead (or the opening post's beginning) as description. */
export async function latestThreadsForFeed(limit = FEED_ITEMS) {
  const threads = await db.thread.findMany({
    where: LISTED_THREAD,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      slug: true,
      title: true,
      lead: true,
      createdAt: true,
      publishedAt: true,
      author: { select: { displayName: true } },
      category: { select: { name: true } },
      posts: { where: { number: 1, status: "visible" }, select: { html: true } },
    },
  });
  return threads.map((t) => ({
    id: t.id,
    slug: t.slug,
    title: t.title,
    description: t.lead ?? (t.posts[0] ? excerpt(t.posts[0].html) : ""),
    published: t.publishedAt ?? t.createdAt,
    author: t.author.displayName,
    category: t.category.name,
  }));
}

/** A thread's newest visible replies, newest first. */
export async function newestRepliesForFeed(threadId: number, limit = FEED_ITEMS) {
  return db.post.findMany({
    where: { threadId, number: { gt: 1 }, status: "visible" },
    orderBy: { number: "desc" },
    take: limit,
    select: { id: true, number: true, html: true, createdAt: true, author: { select: { displayName: true } } },
  });
}

// — Sitemaps ——————————————————————————————————————————————————————————————

const lastChange = (t: { lastPostAt: Date; updatedAt: Date }) => (t.updatedAt > t.lastPostAt ? t.updatedAt : t.lastPostAt);

export async function sitemapCounts() {
  const [categories, threads] = await Promise.all([db.category.count(), db.thread.count({ where: LISTED_THREAD })]);
  return { categories, threads };
}

/** The forum index and every category, each with its newest thread activity. */
export async function sitemapForumEntries() {
  const categories = await db.category.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, slug: true, createdAt: true } });
  const latest = await db.thread.groupBy({ by: ["categoryId"], where: LISTED_THREAD, _max: { lastPostAt: true, updatedAt: true } });
  const byCategory = new Map(latest.map((l) => [l.categoryId, l._max]));
  const entries = categories.map((c) => {
    const max = byCategory.get(c.id);
    const lastmod = max?.lastPostAt && max.updatedAt ? lastChange({ lastPostAt: max.lastPostAt, updatedAt: max.updatedAt }) : c.createdAt;
    return { slug: c.slug, lastmod };
  });
  const newest = entries.reduce<Date | null>((m, e) => (!m || e.lastmod > m ? e.lastmod : m), null);
  return { indexLastmod: newest, categories: entries };
}

/** Threads of one sitemap part (1-based), in id order. */
export async function sitemapThreadEntries(part: number, perPart: number) {
  const threads = await db.thread.findMany({
    where: LISTED_THREAD,
    orderBy: { id: "asc" },
    skip: (part - 1) * perPart,
    take: perPart,
    select: { id: true, slug: true, lastPostAt: true, updatedAt: true },
  });
  return threads.map((t) => ({ id: t.id, slug: t.slug, lastmod: lastChange(t) }));
}

/** The newest change among the threads of one part, for the sitemap index. */
export async function sitemapThreadPartLastmod(part: number, perPart: number): Promise<Date | null> {
  const [first] = await db.thread.findMany({ where: LISTED_THREAD, orderBy: { id: "asc" }, skip: (part - 1) * perPart, take: 1, select: { id: true } });
  if (!first) return null;
  const [next] = await db.thread.findMany({ where: LISTED_THREAD, orderBy: { id: "asc" }, skip: part * perPart, take: 1, select: { id: true } });
  const max = await db.thread.aggregate({
    where: { ...LISTED_THREAD, id: { gte: first.id, ...(next ? { lt: next.id } : {}) } },
    _max: { lastPostAt: true, updatedAt: true },
  });
  return max._max.lastPostAt && max._max.updatedAt ? lastChange({ lastPostAt: max._max.lastPostAt, updatedAt: max._max.updatedAt }) : null;
}
