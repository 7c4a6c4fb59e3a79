// The member list at /members: newest first, most posts first, or the staff
// (administrators, then moderators); optionally only names containing a word.
// Accounts being held for approval and anonymised ones are not listed.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MembersQuery } from "@/lib/validation/members";

export const MEMBERS_PER_PAGE = 30;

const memberSelect = {
  id: true,
  username: true,
  displayName: true,
  userTitle: true,
  avatarUrl: true,
  role: true,
  createdAt: true,
  postCount: true,
  reactionsReceived: true,
} as const;

export type ListedMember = Prisma.UserGetPayload<{ select: typeof memberSelect }>;

export async function listMembers(query: MembersQuery): Promise<{ members: ListedMember[]; total: number; pages: number; page: number }> {
  const where: Prisma.UserWhereInput = { deletedAt: null, heldAt: null };
  if (query.list === "staff") where.role = { in: ["admin", "moderator"] };
  if (query.q) {
    // The username key is lower-case on every engine; display names are
    // matched as typed (SQLite's LIKE ignores ASCII case, PostgreSQL's does not).
    where.OR = [{ usernameKey: { contains: query.q.toLowerCase() } }, { displayName: { contains: query.q } }];
  }
  const orderBy: Prisma.UserOrderByWithRelationInput[] =
    query.list === "posts"
      ? [{ postCount: "desc" }, { id: "asc" }]
      : query.list === "staff"
        ? [{ role: "asc" }, { id: "asc" }] // "admin" sorts before "moderator"
        : [{ createdAt: "desc" }, { id: "desc" }];
  const total = await db.user.count({ where });
  const pages = Math.max(1, Math.ceil(total / MEMBERS_PER_PAGE));
  const page = Math.min(query.page, pages);
  const members = await db.user.findMany({ where, orderBy, skip: (page - 1) * MEMBERS_PER_PAGE, take: MEMBERS_PER_PAGE, select: memberSelect });
  return { members, total, pages, page };
}
