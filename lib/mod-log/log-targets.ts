// The log names what each entry acted on: a thread by its title (the current
// one, or the one kept in the entry when the thread is gone), a post by its
// number as the thread shows it (#N counts replies, the opening post is
// "bài mở đầu") and its thread's title. Two queries per log page at most.
import "server-only";
import { db } from "@/lib/db";

export type LogTarget =
  | { kind: "thread"; threadId: number; title: string | null }
  | { kind: "post"; postId: number; number: number | null; title: string | null }
  // A private message is named by its id only: the log never shows its words or its conversation's title.
  | { kind: "conversation-message"; messageId: number };

const keptTitle = (details: string | null): string | null => {
  if (!details) return null;
  try {
    const parsed = JSON.parse(details) as { title?: unknown };
    return typeof parsed.title === "string" ? parsed.title : null;
  } catch {
    return null;
  }
};

export async function resolveLogTargets(entries: { id: number; targetType: string; targetId: number; details: string | null }[]): Promise<Map<number, LogTarget>> {
  const threadIds = [...new Set(entries.filter((e) => e.targetType === "thread").map((e) => e.targetId))];
  const postIds = [...new Set(entries.filter((e) => e.targetType === "post").map((e) => e.targetId))];
  const [threads, posts] = await Promise.all([
    threadIds.length ? db.thread.findMany({ where: { id: { in: threadIds } }, select: { id: true, title: true } }) : [],
    postIds.length ? db.post.findMany({ where: { id: { in: postIds } }, select: { id: true, number: true, thread: { select: { title: true } } } }) : [],
  ]);
  const threadTitles = new Map(threads.map((t) => [t.id, t.title]));
  const postsById = new Map(posts.map((p) => [p.id, p]));
  const out = new Map<number, LogTarget>();
  for (const e of entries) {
    if (e.targetType === "thread") out.set(e.id, { kind: "thread", threadId: e.targetId, title: threadTitles.get(e.targetId) ?? keptTitle(e.details) });
    if (e.targetType === "conversation-message") out.set(e.id, { kind: "conversation-message", messageId: e.targetId });
    if (e.targetType === "post") {
      const post = postsById.get(e.targetId);
      out.set(e.id, { kind: "post", postId: e.targetId, number: post?.number ?? null, title: post?.thread.title ?? null });
    }
  }
  return out;
}
