// The fresh database state every post permission is decided on.
import "server-only";
import { db } from "@/lib/db";
import type { PostTarget } from "@/lib/permissions";

export type LoadedPostTarget = PostTarget & {
  id: number;
  threadId: number;
  format: string;
  statusReason: string | null;
  source: string;
  html: string;
};

export async function loadPostTarget(postId: number): Promise<LoadedPostTarget | null> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: {
      id: true,
      threadId: true,
      authorId: true,
      number: true,
      status: true,
      statusReason: true,
      createdAt: true,
      format: true,
      source: true,
      html: true,
      thread: { select: { locked: true, status: true, authorId: true } },
    },
  });
  if (!post) return null;
  return { ...post, threadLocked: post.thread.locked, thread: { status: post.thread.status, authorId: post.thread.authorId } };
}
