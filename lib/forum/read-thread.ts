// Reading a thread for its page: the thread, its opening post (the article)
// and one page of replies, in a constant number of queries however long the
// thread is. Pages are ranges of post numbers (20 per page), read through the
// (threadId, number) index: page 500 costs what page 1 costs.
import "server-only";
import { db } from "@/lib/db";
import { isStaff, type Viewer } from "@/lib/permissions";

export const REPLIES_PER_PAGE = 20;

const authorSelect = {
  id: true,
  username: true,
  displayName: true,
  userTitle: true,
  avatarUrl: true,
  role: true,
} as const;

export async function getThreadById(id: number) {
  return db.thread.findUnique({
    where: { id },
    include: {
      category: true,
      author: { select: authorSelect },
    },
  });
}

export async function getOpeningPost(threadId: number) {
  return db.post.findUnique({
    where: { threadId_number: { threadId, number: 1 } },
    include: { author: { select: authorSelect }, attachments: { orderBy: { position: "asc" } } },
  });
}

/** Number of reply pages: replies are numbered 2…lastNumber. */
export function pageCount(thread: { lastNumber: number }): number {
  return Math.max(1, Math.ceil((thread.lastNumber - 1) / REPLIES_PER_PAGE));
}

/** The page a post number falls on. */
export function pageOfNumber(number: number): number {
  return number <= 1 ? 1 : Math.floor((number - 2) / REPLIES_PER_PAGE) + 1;
}

/**
 * Replies on one page, oldest first. Hidden and deleted replies stay in place
 * (the page shows a placeholder with the reason); replies waiting for approval
 * are shown only to their author and to staff.
 */
export async function getReplies(threadId: number, page: number, viewer: Viewer | null = null) {
  const first = 2 + (page - 1) * REPLIES_PER_PAGE;
  const pendingFilter = isStaff(viewer)
    ? {}
    : viewer
      ? { OR: [{ status: { not: "pending" } }, { authorId: viewer.id }] }
      : { status: { not: "pending" } };
  return db.post.findMany({
    where: { threadId, number: { gte: first, lt: first + REPLIES_PER_PAGE }, ...pendingFilter },
    orderBy: { number: "asc" },
    include: {
      author: { select: authorSelect },
      reactions: {
        orderBy: { createdAt: "asc" },
        select: { userId: true, user: { select: { username: true, displayName: true } } },
      },
    },
  });
}

export type ThreadWithCategory = NonNullable<Awaited<ReturnType<typeof getThreadById>>>;
export type OpeningPost = NonNullable<Awaited<ReturnType<typeof getOpeningPost>>>;
export type Reply = Awaited<ReturnType<typeof getReplies>>[number];
export type PostAuthor = Reply["author"];
