// Counters follow visibility: a reply counts towards its thread's "Phản hồi"
// and its author's post count only while it is visible. A thread's opening
// post decides whether the thread itself is shown: Thread.status follows it
// (lists, feeds and sitemaps show visible threads only), and the thread
// counts in its category only while it is visible. Every status change goes
// through here so counts always equal rows.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { indexPost } from "@/lib/search";

export async function setPostStatus(
  tx: Prisma.TransactionClient,
  post: { id: number; threadId: number; authorId: number; number: number; status: string },
  next: { status: "visible" | "hidden" | "deleted" | "pending"; reason?: string | null; byId: number },
): Promise<void> {
  const now = new Date();
  // Guarded on the status we read: a concurrent change makes this fail loudly
  // (P2025) instead of double-counting.
  await tx.post.update({
    where: { id: post.id, status: post.status },
    data: { status: next.status, statusReason: next.reason ?? null, statusById: next.byId, statusAt: now },
  });
  await indexPost(tx, post.id);
  const delta = (next.status === "visible" ? 1 : 0) - (post.status === "visible" ? 1 : 0);
  if (post.number === 1) {
    // A thread approved now is new to its readers: it goes to the top of the lists.
    const thread = await tx.thread.update({
      where: { id: post.threadId },
      data: { status: next.status, ...(delta > 0 ? { lastPostAt: now } : {}) },
      select: { categoryId: true },
    });
    if (delta !== 0) await tx.category.update({ where: { id: thread.categoryId }, data: { threadCount: { increment: delta } } });
  } else if (delta !== 0) {
    await tx.thread.update({
      where: { id: post.threadId },
      data: { replyCount: { increment: delta }, ...(delta > 0 ? { lastPostAt: now } : {}) },
    });
  }
  if (delta !== 0) await tx.user.update({ where: { id: post.authorId }, data: { postCount: { increment: delta } } });
}
