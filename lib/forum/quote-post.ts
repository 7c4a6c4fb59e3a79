// "Trích dẫn" without JavaScript: the reply box opens with the quoted post's
// text (?quote=<id>). Only a visible Markdown post of the same thread, which
// every reader of the thread can read, is quoted.
import "server-only";
import { db } from "@/lib/db";
import { buildQuote, withoutQuotes } from "@/lib/markdown/quote";

export async function quoteForReply(postId: number, threadId: number): Promise<string> {
  if (!Number.isSafeInteger(postId) || postId <= 0) return "";
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, threadId: true, status: true, format: true, source: true, author: { select: { displayName: true } } },
  });
  if (!post || post.threadId !== threadId || post.status !== "visible" || post.format !== "markdown") return "";
  return buildQuote({ postId: post.id, authorName: post.author.displayName, text: withoutQuotes(post.source) });
}
