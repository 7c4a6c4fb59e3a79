// What moderators see about members: search, and one member's record — posts
// including hidden ones, reports about them, sanctions, and other accounts that
// posted from the same network (matched by salted address hash only).
import "server-only";
import { db } from "@/lib/db";
import { assertCan, canModerate, type Viewer } from "@/lib/permissions";

export async function searchMembers(viewer: Viewer | null, query: string) {
  assertCan(canModerate(viewer));
  const q = query.normalize("NFC").trim().slice(0, 100);
  return db.user.findMany({
    where: q
      ? { OR: [{ usernameKey: { contains: q.toLowerCase() } }, { displayName: { contains: q } }, { email: { contains: q.toLowerCase() } }] }
      : {},
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, username: true, displayName: true, role: true, createdAt: true, postCount: true, suspendedUntil: true, bannedAt: true },
  });
}

export async function getMemberRecord(viewer: Viewer | null, username: string) {
  assertCan(canModerate(viewer));
  const member = await db.user.findUnique({
    where: { usernameKey: username.toLowerCase() },
    select: {
      id: true, username: true, displayName: true, email: true, role: true, createdAt: true, postCount: true,
      suspendedUntil: true, bannedAt: true, sanctionReason: true, emailVerifiedAt: true, userTitle: true,
    },
  });
  if (!member) return null;
  const [posts, reports, sanctions, hashes] = await Promise.all([
    db.post.findMany({
      where: { authorId: member.id },
      orderBy: { createdAt: "desc" },
      take: 30,
      select: { id: true, number: true, status: true, statusReason: true, html: true, createdAt: true, thread: { select: { id: true, slug: true, title: true } } },
    }),
    db.report.findMany({
      where: { post: { authorId: member.id } },
      orderBy: { createdAt: "desc" },
      take: 30,
      select: { id: true, reason: true, note: true, status: true, createdAt: true, postId: true, post: { select: { number: true } }, reporter: { select: { username: true, displayName: true } } },
    }),
    db.sanction.findMany({
      where: { userId: member.id },
      orderBy: { createdAt: "desc" },
      include: { moderator: { select: { username: true, displayName: true } } },
    }),
    db.post.findMany({ where: { authorId: member.id, ipHash: { not: null } }, distinct: ["ipHash"], select: { ipHash: true }, take: 50 }),
  ]);
  const ipHashes = hashes.map((h) => h.ipHash!).filter(Boolean);
  const sameNetwork = ipHashes.length
    ? await db.user.findMany({
        where: { id: { not: member.id }, posts: { some: { ipHash: { in: ipHashes } } } },
        select: { id: true, username: true, displayName: true, bannedAt: true, suspendedUntil: true },
        take: 50,
      })
    : [];
  return { member, posts, reports, sanctions, sameNetwork };
}
