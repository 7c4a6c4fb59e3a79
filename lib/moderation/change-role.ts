// An administrator changes a member's role (member, moderator, admin) and the
// title shown under their name. Sessions re-read the role on every request
// (lib/next/session.ts), so a promotion or demotion applies to the member's open
// browsers on their next request; nobody changes their own role, so a forum
// always keeps the administrator who made the change.
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { assertCan, canChangeRole, type Role, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { changeRoleSchema } from "@/lib/validation/moderation";
import { logModAction } from "@/lib/mod-log/log-action";
import { notifyMember } from "./notify";
import { t } from "@/lib/i18n/text";

export async function changeMemberRole(viewer: Viewer | null, input: unknown) {
  const { userId, role, userTitle } = parseInput(changeRoleSchema, input);
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true, username: true, role: true, userTitle: true } });
  if (!target) throw new NotFoundError(t("services.moderationMemberMissing"));
  assertCan(canChangeRole(viewer, { id: target.id, role: target.role as Role }));
  const roleChanged = role !== target.role;
  const titleChanged = userTitle !== target.userTitle;
  if (!roleChanged && !titleChanged) throw new InvalidInputError(t("services.moderationRoleUnchanged"));

  const changes = [
    ...(roleChanged ? [{ action: "member.role" as const, from: target.role, to: role }] : []),
    ...(titleChanged ? [{ action: "member.title" as const, from: target.userTitle, to: userTitle }] : []),
  ];
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { role, userTitle } });
    for (const { action, from, to } of changes) {
      await logModAction(tx, { actorId: viewer!.id, action, targetType: "member", targetId: target.id, targetUserId: target.id, details: { from, to } });
    }
    if (roleChanged) await notifyMember(tx, target.id, "member.role", () => t("alerts.modRoleChanged", { role }));
  });
  return { id: target.id, username: target.username };
}
