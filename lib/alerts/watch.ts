// Watching threads and categories ("Theo dõi"), and the member's list of
// what they watch (/account/watched).
import type { ServiceContext } from "@/lib/service-context";
import { contextDb } from "@/lib/service-context";
import { NotFoundError } from "@/lib/errors";
import { assertCan, canWatchCategory, canWatchThread, ForbiddenError, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { bulkUnwatchSchema, watchCategorySchema, watchThreadSchema } from "@/lib/validation/alerts";
import { WATCH_TEXT } from "./messages";

export async function setThreadWatch(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}) {
  const { threadId, watch } = parseInput(watchThreadSchema, input);
  if (!viewer) throw new ForbiddenError(WATCH_TEXT.mustLogIn);
  const db = await contextDb(ctx);
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { id: true, slug: true, status: true, authorId: true } });
  if (!thread || !canWatchThread(viewer, thread)) throw new NotFoundError(WATCH_TEXT.threadMissing);
  if (watch === "1") {
    // Already read up to now: the first alert is about the next reply.
    await db.threadWatch.upsert({ where: { userId_threadId: { userId: viewer.id, threadId } }, create: { userId: viewer.id, threadId }, update: {} });
  } else {
    await db.threadWatch.deleteMany({ where: { userId: viewer.id, threadId } });
  }
  return { threadId, slug: thread.slug, watching: watch === "1" };
}

export async function setCategoryWatch(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}) {
  const { categoryId, watch } = parseInput(watchCategorySchema, input);
  if (!viewer) throw new ForbiddenError(WATCH_TEXT.mustLogIn);
  assertCan(canWatchCategory(viewer));
  const db = await contextDb(ctx);
  const category = await db.category.findUnique({ where: { id: categoryId }, select: { id: true, slug: true } });
  if (!category) throw new NotFoundError(WATCH_TEXT.categoryMissing);
  if (watch === "1") {
    await db.categoryWatch.upsert({ where: { userId_categoryId: { userId: viewer.id, categoryId } }, create: { userId: viewer.id, categoryId }, update: {} });
  } else {
    await db.categoryWatch.deleteMany({ where: { userId: viewer.id, categoryId } });
  }
  return { categoryId, slug: category.slug, watching: watch === "1" };
}

/** Unwatches the chosen threads and categories at once; returns how many were dropped. */
export async function unwatchMany(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}) {
  const { items } = parseInput(bulkUnwatchSchema, input);
  if (!viewer) throw new ForbiddenError(WATCH_TEXT.mustLogIn);
  const db = await contextDb(ctx);
  const ids = (prefix: string) => items.filter((i) => i.startsWith(prefix)).map((i) => Number(i.slice(prefix.length)));
  const threads = await db.threadWatch.deleteMany({ where: { userId: viewer.id, threadId: { in: ids("thread:") } } });
  const categories = await db.categoryWatch.deleteMany({ where: { userId: viewer.id, categoryId: { in: ids("category:") } } });
  return { count: threads.count + categories.count };
}

export async function isWatchingThread(viewer: Viewer | null, threadId: number, ctx: ServiceContext = {}): Promise<boolean> {
  if (!viewer) return false;
  const db = await contextDb(ctx);
  return (await db.threadWatch.findUnique({ where: { userId_threadId: { userId: viewer.id, threadId } }, select: { userId: true } })) !== null;
}

export async function isWatchingCategory(viewer: Viewer | null, categoryId: number, ctx: ServiceContext = {}): Promise<boolean> {
  if (!viewer) return false;
  const db = await contextDb(ctx);
  return (await db.categoryWatch.findUnique({ where: { userId_categoryId: { userId: viewer.id, categoryId } }, select: { userId: true } })) !== null;
}

/** What a member watches, newest first (threads they can no longer read are left out). */
export async function listWatched(viewer: Viewer, ctx: ServiceContext = {}) {
  const db = await contextDb(ctx);
  const [threads, categories] = await Promise.all([
    db.threadWatch.findMany({
      where: { userId: viewer.id },
      orderBy: { createdAt: "desc" },
      take: 500,
      select: { createdAt: true, thread: { select: { id: true, slug: true, title: true, status: true, authorId: true, lastPostAt: true, replyCount: true } } },
    }),
    db.categoryWatch.findMany({ where: { userId: viewer.id }, orderBy: { createdAt: "desc" }, select: { category: { select: { id: true, slug: true, name: true } } } }),
  ]);
  return {
    threads: threads.filter((w) => canWatchThread(viewer, w.thread)).map((w) => w.thread),
    categories: categories.map((w) => w.category),
  };
}
