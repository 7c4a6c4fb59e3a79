// Reading a thread for its page: the thread, its opening post (the article)
// and one page of visible replies, in a constant number of queries.
import "server-only";
import { db } from "@/lib/db";

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

/** Replies shown on one page, oldest first. Only visible replies are public. */
export async function getReplies(threadId: number, page: number) {
  return db.post.findMany({
    where: { threadId, number: { gt: 1 }, status: "visible" },
    orderBy: { number: "asc" },
    skip: (page - 1) * REPLIES_PER_PAGE,
    take: REPLIES_PER_PAGE,
    include: { author: { select: authorSelect } },
  });
}

export type ThreadWithCategory = NonNullable<Awaited<ReturnType<typeof getThreadById>>>;
export type OpeningPost = NonNullable<Awaited<ReturnType<typeof getOpeningPost>>>;
export type Reply = Awaited<ReturnType<typeof getReplies>>[number];
export type PostAuthor = Reply["author"];
