// Bookmarks ("Đánh dấu"): a member keeps posts, with an optional note, listed
// at /account/bookmarks. Private: nobody else reads them, nothing counts them.
import type { ServiceContext } from "@/lib/service-context";
import { contextDb } from "@/lib/service-context";
import { NotFoundError } from "@/lib/errors";
import { assertCan, canBookmark, canReadPost, ForbiddenError, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { bookmarkSchema } from "@/lib/validation/alerts";
import { excerpt, htmlToText } from "@/lib/text";
import { t } from "@/lib/i18n/text";

export const BOOKMARK_TEXT = {
  get mustLogIn() {
    return t("services.bookmarksLogIn");
  },
  get missing() {
    return t("services.postMissing");
  },
  get saved() {
    return t("services.bookmarksSaved");
  },
  get removed() {
    return t("services.bookmarksRemoved");
  },
} as const;

export async function saveBookmark(viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}) {
  const { postId, intent, note } = parseInput(bookmarkSchema, input);
  if (!viewer) throw new ForbiddenError(BOOKMARK_TEXT.mustLogIn);
  const db = await contextDb(ctx);
  if (intent === "remove") {
    await db.bookmark.deleteMany({ where: { userId: viewer.id, postId } });
    return { postId, saved: false };
  }
  const post = await db.post.findUnique({ where: { id: postId }, select: { id: true, status: true, authorId: true, thread: { select: { status: true, authorId: true } } } });
  if (!post || !canReadPost(viewer, post)) throw new NotFoundError(BOOKMARK_TEXT.missing);
  assertCan(canBookmark(viewer, post));
  await db.bookmark.upsert({ where: { userId_postId: { userId: viewer.id, postId } }, create: { userId: viewer.id, postId, note }, update: { note } });
  return { postId, saved: true };
}

/** Of these posts, the ones the viewer bookmarked (a thread page's buttons): one query. */
export async function bookmarkedAmong(viewer: Viewer | null, postIds: readonly number[], ctx: ServiceContext = {}): Promise<Map<number, string | null>> {
  if (!viewer || postIds.length === 0) return new Map();
  const db = await contextDb(ctx);
  const rows = await db.bookmark.findMany({ where: { userId: viewer.id, postId: { in: [...postIds] } }, select: { postId: true, note: true } });
  return new Map(rows.map((r) => [r.postId, r.note]));
}

/** The viewer's bookmarks, newest first; a post they can no longer read shows as unavailable. */
export async function listBookmarks(viewer: Viewer, ctx: ServiceContext = {}) {
  const db = await contextDb(ctx);
  const rows = await db.bookmark.findMany({
    where: { userId: viewer.id },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true, note: true, createdAt: true,
      post: { select: { id: true, number: true, html: true, status: true, authorId: true, author: { select: { displayName: true } }, thread: { select: { id: true, slug: true, title: true, status: true, authorId: true } } } },
    },
  });
  return rows.map((r) => {
    const readable = canReadPost(viewer, r.post);
    return {
      id: r.id,
      postId: r.post.id,
      note: r.note,
      createdAt: r.createdAt,
      readable,
      title: readable ? r.post.thread.title : null,
      author: readable ? r.post.author.displayName : null,
      excerpt: readable ? excerpt(htmlToText(r.post.html), 200) : null,
    };
  });
}
