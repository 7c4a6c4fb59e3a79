// A member's public profile: who they are and what they posted lately. Only
// visible posts count as "recent posts"; what moderators hid stays hidden here.
import "server-only";
import { db } from "@/lib/db";
import { LISTED_THREAD } from "@/lib/forum/list-threads";
import { postExcerpt } from "@/lib/text";
import { usernameKey } from "@/lib/validation/account";

export async function getMemberProfile(username: string) {
  return db.user.findUnique({
    where: { usernameKey: usernameKey(username) },
    select: {
      id: true,
      username: true,
      displayName: true,
      userTitle: true,
      avatarUrl: true,
      role: true,
      createdAt: true,
      postCount: true,
      bannedAt: true,
      reactionsReceived: true,
      // Shown to staff only (the profile's "Hình phạt" block).
      suspendedUntil: true,
      sanctionReason: true,
    },
  });
}

export async function listRecentPosts(authorId: number, limit = 10) {
  const posts = await db.post.findMany({
    // Public: not the posts of a thread readers cannot see (hidden, awaiting approval).
    where: { authorId, status: "visible", thread: LISTED_THREAD },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, number: true, html: true, createdAt: true, thread: { select: { id: true, slug: true, title: true } } },
  });
  return posts.map(({ html, ...post }) => ({ ...post, excerpt: postExcerpt(html, 180) }));
}
