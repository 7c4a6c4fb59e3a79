// Who follows whom (model MemberFollow): the shared lookups. "Members they
// follow" decides who may start a conversation with a member who chose so,
// and a followed member's new posts may alert their followers.
import type { Db } from "@/lib/db-client";

/** Does `followerId` follow `followedId`? */
export async function isFollowing(db: Db, followerId: number, followedId: number): Promise<boolean> {
  if (followerId === followedId) return false;
  const row = await db.memberFollow.findUnique({
    where: { followerId_followedId: { followerId, followedId } },
    select: { followerId: true },
  });
  return row !== null;
}

/** The ids of the members who follow `followedId`. */
export async function followerIdsOf(db: Db, followedId: number): Promise<number[]> {
  const rows = await db.memberFollow.findMany({ where: { followedId }, select: { followerId: true } });
  return rows.map((row) => row.followerId);
}
