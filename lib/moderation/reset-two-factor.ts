// The recovery path of last resort (docs/accounts.md): a member who lost both
// their phone and their recovery codes asks an administrator, who — having
// checked it is really them, outside the forum — turns their two-step login
// off here. Their authenticator, recovery codes and passkeys are removed,
// every session of theirs ends (a session an attacker holds must not
// survive), and the moderation log records who did it and why.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { assertCan, canResetTwoFactor, type Role, type Viewer } from "@/lib/permissions";
import { parseInput } from "@/lib/validation/parse-input";
import { logModAction } from "@/lib/mod-log/log-action";
import { notifyMember } from "./notify";
import { t } from "@/lib/i18n/text";

const resetSchema = z.object({
  userId: z.coerce.number({ error: () => t("services.moderationMemberInvalid") }).int().positive({ error: () => t("services.moderationMemberInvalid") }),
  reason: z.string({ error: () => t("services.moderationResetReasonRequired") }).trim().min(3, { error: () => t("services.moderationResetReasonRequired") }).max(300, { error: () => t("services.moderationReasonMax300") }),
});

export async function resetMemberTwoFactor(viewer: Viewer | null, input: unknown) {
  const { userId, reason } = parseInput(resetSchema, input);
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true, username: true, role: true, totp: { select: { confirmedAt: true } }, _count: { select: { passkeys: true } } } });
  if (!target) throw new NotFoundError(t("services.moderationMemberMissing"));
  assertCan(canResetTwoFactor(viewer, { id: target.id, role: target.role as Role }));
  if (!target.totp && target._count.passkeys === 0) throw new InvalidInputError(t("services.moderationNoTwoFactor"));
  await db.$transaction(async (tx) => {
    await tx.totpSecret.deleteMany({ where: { userId: target.id } });
    await tx.recoveryCode.deleteMany({ where: { userId: target.id } });
    await tx.passkey.deleteMany({ where: { userId: target.id } });
    await tx.session.deleteMany({ where: { userId: target.id } });
    await tx.user.update({ where: { id: target.id }, data: { sessionVersion: { increment: 1 } } });
    await logModAction(tx, {
      actorId: viewer!.id,
      action: "member.two-factor-reset",
      targetType: "member",
      targetId: target.id,
      targetUserId: target.id,
      details: { passkeys: target._count.passkeys, reason },
    });
    await notifyMember(tx, target.id, "member.two-factor-reset", () => t("alerts.modTwoFactorReset"));
  });
  return { id: target.id, username: target.username };
}
