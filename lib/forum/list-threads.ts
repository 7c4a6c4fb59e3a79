// Lists for the forum index, category pages and the sidebar widget.
import "server-only";
import { db } from "@/lib/db";
import { postExcerpt } from "@/lib/text";

export async function listCategories() {
  return db.category.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
}

export async function getCategoryBySlug(slug: string) {
  return db.category.findUnique({ where: { slug } });
}

/**
 * Threads readers may see: a thread held for approval (or rejected) is in no
 * list, feed or sitemap (see Thread.status). Every thread list filters on it.
 */
export const LISTED_THREAD = { status: "visible" } as const;

export const threadListInclude = {
  author: { select: { username: true, displayName: true, avatarUrl: true } },
  category: { select: { slug: true, name: true } },
} as const;

/** Latest threads across the forum, pinned first, by last activity. */
export async function listLatestThreads(limit = 20) {
  return db.thread.findMany({
    where: LISTED_THREAD,
    orderBy: [{ lastPostAt: "desc" }, { id: "desc" }],
    take: limit,
    include: threadListInclude,
  });
}

/** Every category with its few most recently active threads, for the forum index. */
export async function listCategoriesWithLatest(perCategory = 5) {
  const categories = await listCategories();
  const latest = await Promise.all(categories.map((c) => listCategoryThreads(c.id, perCategory)));
  return categories.map((category, i) => ({ category, threads: latest[i] }));
}

export async function listCategoryThreads(categoryId: number, limit = 50) {
  return db.thread.findMany({
    where: { categoryId, ...LISTED_THREAD },
    orderBy: [{ pinned: "desc" }, { lastPostAt: "desc" }, { id: "desc" }],
    take: limit,
    include: threadListInclude,
  });
}

/** One entry of the "Thành viên mới đăng" widget, ready to serialise. */
export type NewestPostItem = {
  id: number;
  replyNumber: number | null;
  threadTitle: string;
  excerpt: string | null;
  createdAt: string;
  author: { username: string; displayName: string; avatarUrl: string | null };
};

/**
 * "Thành viên mới đăng": the newest visible posts by members across the forum
 * (replies, and the opening posts of new threads).
 */
export async function listNewestPosts(limit = 8): Promise<NewestPostItem[]> {
  const posts = await db.post.findMany({
    // Not the replies of a thread readers cannot see (hidden, or awaiting approval).
    where: { status: "visible", thread: LISTED_THREAD },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      number: true,
      html: true,
      createdAt: true,
      author: { select: { username: true, displayName: true, avatarUrl: true } },
      thread: { select: { title: true } },
    },
  });
  return posts.map((p) => ({
    id: p.id,
    replyNumber: p.number > 1 ? p.number - 1 : null,
    threadTitle: p.thread.title,
    excerpt: p.number > 1 ? postExcerpt(p.html, 90) : null,
    createdAt: p.createdAt.toISOString(),
    author: p.author,
  }));
}
