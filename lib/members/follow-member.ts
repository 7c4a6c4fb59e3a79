// "Theo dõi" / "Bỏ theo dõi" on a member's profile. Following decides, among
// other things, who may start a conversation with a member who chose
// "members I follow" (lib/conversations).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertCan, canFollowMember, type Viewer } from "@/lib/permissions";
import { idSchema } from "@/lib/validation/reply";
import { isFollowing } from "./follow";
import { parseInput } from "@/lib/validation/parse-input";
import { t } from "@/lib/i18n/text";

const followSchema = z.object({ memberId: idSchema, follow: z.enum(["1", "0"], { error: () => t("validation.conversationActionInvalid") }).transform((v) => v === "1") });

export async function setFollowing(viewer: Viewer | null, input: unknown): Promise<{ username: string; following: boolean }> {
  const { memberId, follow } = parseInput(followSchema, input);
  if (!viewer) throw new ForbiddenError(t("services.membersFollowLogIn"));
  const target = await db.user.findUnique({ where: { id: memberId }, select: { id: true, username: true, deletedAt: true } });
  if (!target) throw new NotFoundError(t("services.moderationMemberMissing"));
  assertCan(canFollowMember(viewer, { id: target.id, deleted: !!target.deletedAt }), viewer.id === target.id ? t("services.membersFollowSelf") : undefined);
  if (follow) {
    await db.memberFollow.upsert({
      where: { followerId_followedId: { followerId: viewer.id, followedId: target.id } },
      create: { followerId: viewer.id, followedId: target.id },
      update: {},
    });
  } else {
    await db.memberFollow.deleteMany({ where: { followerId: viewer.id, followedId: target.id } });
  }
  return { username: target.username, following: follow };
}

/** What the profile's follow form shows: null when the viewer may not follow this member. */
export async function followState(viewer: Viewer | null, member: { id: number; deleted: boolean }): Promise<{ following: boolean } | null> {
  if (!viewer || !canFollowMember(viewer, member)) return null;
  return { following: await isFollowing(db, viewer.id, member.id) };
}
