// "Gửi lại email xác minh": one more verification link for a logged-in member
// whose email is not verified yet, at most once a minute.
import type { Db } from "@/lib/db-client";
import { assertCan, canResendVerification, type Viewer } from "@/lib/permissions";
import { consumeRateLimit, rules } from "@/lib/rate-limit";
import { sendVerificationEmail, type MailResult } from "./send-verification-email";
import { InvalidInputError } from "@/lib/errors";
import { contextDb, contextIp, type ServiceContext } from "@/lib/service-context";
import { MAIL_DOWN, throttled } from "./refusals";
import { t } from "@/lib/i18n/text";

/** "Gửi lại email xác minh", in the house contract: whether there was anything left to verify. */
export async function resendVerificationMail(viewer: Viewer | null, _input: unknown, ctx: ServiceContext = {}): Promise<{ alreadyVerified: boolean }> {
  assertCan(!!viewer, t("services.accountsResendLogIn"));
  const result = await resendVerification(await contextDb(ctx), viewer, { ip: contextIp(ctx), now: ctx.now });
  if (result.ok) return { alreadyVerified: false };
  if (result.reason === "nothing-to-verify") return { alreadyVerified: true };
  if (result.reason === "throttled") throw throttled(t("services.accountsJustAskedMail"), result.retryAt);
  throw new InvalidInputError(MAIL_DOWN());
}

export async function resendVerification(db: Db, viewer: Viewer | null, ctx: { ip: string; now?: Date }): Promise<MailResult | { ok: false; reason: "nothing-to-verify" }> {
  const now = ctx.now ?? new Date();
  assertCan(!!viewer, t("services.logInRequired"));
  // Fresh state: the member may have verified in another tab a second ago.
  const member = await db.user.findUnique({ where: { id: viewer!.id } });
  if (!member?.email) return { ok: false, reason: "nothing-to-verify" };
  if (!canResendVerification({ ...viewer!, emailVerified: member.emailVerifiedAt !== null })) {
    return { ok: false, reason: "nothing-to-verify" };
  }
  const perMember = await consumeRateLimit(db, rules().verifyResend, String(member.id), now);
  if (perMember.limited) return { ok: false, reason: "throttled", retryAt: perMember.retryAt };
  return sendVerificationEmail(db, member, member.email, { ip: ctx.ip, purpose: "verify", now });
}
