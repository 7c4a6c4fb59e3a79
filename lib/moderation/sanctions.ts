// Suspending (until a date) or banning a member, and lifting it. Sessions are
// checked against the member's row on every request (lib/next/session.ts), so an
// open session is refused on its very next request and told why and until
// when; lifting the sanction lets the member back in.
import "server-only";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { sanctionMessage } from "@/lib/accounts/sanctions";
import { assertCan, canSanction, type Role, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { liftSanctionSchema, sanctionSchema } from "@/lib/validation/moderation";
import { logModAction } from "@/lib/mod-log/log-action";
import { notifyMember } from "./notify";
import { t } from "@/lib/i18n/text";

export async function sanctionMember(viewer: Viewer | null, input: unknown) {
  const command = parseInput(sanctionSchema, input);
  const target = await db.user.findUnique({ where: { id: command.userId }, select: { id: true, role: true, username: true } });
  if (!target) throw new NotFoundError(t("services.moderationMemberMissing"));
  assertCan(canSanction(viewer, { id: target.id, role: target.role as Role }));
  const now = new Date();
  if (command.kind === "suspend" && command.endsAt.getTime() <= now.getTime() + 60_000) {
    throw new InvalidInputError(t("services.moderationEndsAtPast"), { endsAt: t("services.moderationEndsAtPastField") });
  }
  await db.$transaction(async (tx) => {
    const endsAt = command.kind === "suspend" ? command.endsAt : null;
    await tx.sanction.create({ data: { userId: target.id, moderatorId: viewer!.id, kind: command.kind, reason: command.reason, endsAt } });
    await tx.user.update({
      where: { id: target.id },
      data: {
        suspendedUntil: endsAt,
        bannedAt: command.kind === "ban" ? now : null,
        sanctionReason: command.reason,
      },
    });
    await logModAction(tx, {
      actorId: viewer!.id,
      action: command.kind === "ban" ? "member.ban" : "member.suspend",
      targetType: "member",
      targetId: target.id,
      targetUserId: target.id,
      reason: command.reason,
      details: endsAt ? { endsAt: endsAt.toISOString() } : undefined,
    });
    const sanction = endsAt
      ? ({ kind: "suspended", until: endsAt, reason: command.reason } as const)
      : ({ kind: "banned", since: now, reason: command.reason } as const);
    await notifyMember(tx, target.id, `member.${command.kind}`, () => sanctionMessage(sanction));
  });
  return { username: target.username };
}

export async function liftSanction(viewer: Viewer | null, input: unknown) {
  const { userId } = parseInput(liftSanctionSchema, input);
  const target = await db.user.findUnique({ where: { id: userId } });
  if (!target) throw new NotFoundError(t("services.moderationMemberMissing"));
  assertCan(canSanction(viewer, { id: target.id, role: target.role as Role }));
  if (!target.bannedAt && !(target.suspendedUntil && target.suspendedUntil > new Date())) {
    throw new InvalidInputError(t("services.moderationNotSanctioned"));
  }
  await db.$transaction(async (tx) => {
    await tx.sanction.updateMany({ where: { userId, liftedAt: null }, data: { liftedAt: new Date(), liftedById: viewer!.id } });
    await tx.user.update({ where: { id: userId }, data: { suspendedUntil: null, bannedAt: null, sanctionReason: null } });
    await logModAction(tx, { actorId: viewer!.id, action: "member.lift", targetType: "member", targetId: userId, targetUserId: userId });
    await notifyMember(tx, userId, "member.lift", () => t("alerts.modSanctionLifted"));
  });
  return { username: target.username };
}
