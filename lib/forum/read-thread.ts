// Reading a thread for its page: the thread, its opening post (the article)
// and one page of replies, in a constant number of queries however long the
// thread is. Pages are ranges of post numbers (20 per page), read through the
// (threadId, number) index: page 500 costs what page 1 costs.
import "server-only";
import { db } from "@/lib/db";
import { isStaff, type Viewer } from "@/lib/permissions";
import { REPLIES_PER_PAGE, firstNumberOfPage } from "./pages";

export { REPLIES_PER_PAGE, firstNumberOfPage, pageCount, pageOfNumber } from "./pages";

const authorSelect = {
  id: true,
  username: true,
  displayName: true,
  userTitle: true,
  avatarUrl: true,
  role: true,
  // The post author block (components/thread/author-block.tsx): the same for
  // every reader, so cached with the page.
  createdAt: true,
  postCount: true,
  reactionsReceived: true,
} as const;

/** The thread with its category and author: one query per relation, three in all. */
export async function getThreadById(id: number) {
  return db.thread.findUnique({
    where: { id },
    include: {
      category: true,
      author: { select: authorSelect },
    },
  });
}

/** What every post on a thread page carries, the opening post and replies alike. */
const postFields = {
  id: true,
  threadId: true,
  authorId: true,
  number: true,
  format: true,
  html: true,
  status: true,
  editedAt: true,
  createdAt: true,
  author: { select: authorSelect },
} as const;

/** Who reacted to a post and with what, oldest first (the reply list and the opening post alike). */
const reactionsSelect = {
  orderBy: { createdAt: "asc" },
  select: { userId: true, kind: true, user: { select: { username: true, displayName: true } } },
} as const;

/** Post 1 (the article or the thread's first message), with its attachments. */
export async function getOpeningPost(threadId: number) {
  return db.post.findUnique({
    where: { threadId_number: { threadId, number: 1 } },
    select: {
      ...postFields,
      // Shown to the author of a thread that was not approved.
      statusReason: true,
      // Liked like any reply (the cached entry carries page 1's tag, which a like expires).
      reactions: reactionsSelect,
      attachments: { orderBy: { position: "asc" }, select: { id: true, filename: true, mimeType: true, byteSize: true, storagePath: true, position: true } },
    },
  });
}

/**
 * All posts numbered on one page, oldest first, whatever their status: hidden
 * and deleted replies stay in place (the page shows a placeholder with the
 * reason), and replies waiting for approval are kept here so one cached copy
 * serves every reader — visibleReplies() picks what a given viewer may see.
 * Five queries (posts, their authors, reactions, the likers) however many
 * posts the page has; the range goes through the (threadId, number) index.
 */
export async function readRepliesPage(threadId: number, page: number) {
  const first = firstNumberOfPage(page);
  return db.post.findMany({
    where: { threadId, number: { gte: first, lt: first + REPLIES_PER_PAGE } },
    orderBy: { number: "asc" },
    select: replySelect,
  });
}

const replySelect = {
  ...postFields,
  statusReason: true,
  reactions: reactionsSelect,
} as const;

/** Replies waiting for approval are shown only to their author and to staff. */
export function visibleReplies<T extends { status: string; authorId: number }>(viewer: Viewer | null, replies: T[]): T[] {
  if (isStaff(viewer)) return replies;
  return replies.filter((r) => r.status !== "pending" || (viewer !== null && r.authorId === viewer.id));
}

/** Replies on one page as `viewer` sees them (see readRepliesPage). */
export async function getReplies(threadId: number, page: number, viewer: Viewer | null = null) {
  return visibleReplies(viewer, await readRepliesPage(threadId, page));
}

export type ThreadWithCategory = NonNullable<Awaited<ReturnType<typeof getThreadById>>>;
export type OpeningPost = NonNullable<Awaited<ReturnType<typeof getOpeningPost>>>;
export type Reply = Awaited<ReturnType<typeof readRepliesPage>>[number];
export type PostAuthor = Reply["author"];
