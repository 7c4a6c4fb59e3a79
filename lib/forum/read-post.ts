// One post with what its own pages need (edit, delete, history).
import "server-only";
import { db } from "@/lib/db";

export async function getPostWithThread(postId: number) {
  if (!Number.isSafeInteger(postId) || postId <= 0) return null;
  return db.post.findUnique({
    where: { id: postId },
    include: {
      author: { select: { id: true, username: true, displayName: true } },
      // The category for the edit page's breadcrumb (Diễn đàn › category › thread › Sửa bài).
      thread: { select: { id: true, slug: true, title: true, locked: true, status: true, authorId: true, category: { select: { slug: true, name: true } } } },
    },
  });
}

export async function getPostRevisions(postId: number) {
  return db.postRevision.findMany({
    where: { postId },
    orderBy: { createdAt: "desc" },
    include: { editor: { select: { username: true, displayName: true } } },
  });
}
