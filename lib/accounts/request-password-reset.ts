// "Quên mật khẩu?": emails a reset link valid for one hour. The answer is the
// same whether or not the address has an account; the mail is sent in the
// background so the response time does not tell either.
import type { Db } from "@/lib/db-client";
import { resetPasswordMessage } from "@/lib/mail/account-messages";
import { memberMailLocale } from "@/lib/mail/mail-locale";
import { sendMail } from "@/lib/mail/send-mail";
import { consumeRateLimit, rules } from "@/lib/rate-limit";
import { findMemberByEmail } from "./find-member";
import { issueToken, revokeTokens } from "./tokens";
import type { Viewer } from "@/lib/permissions";
import { contextDb, contextIp, type ServiceContext } from "@/lib/service-context";
import { forgotPasswordSchema } from "@/lib/validation/account";
import { parseInput } from "@/lib/validation/parse-input";
import { throttled } from "./refusals";
import { t } from "@/lib/i18n/text";

/** "Quên mật khẩu?", in the house contract: the address the answer names. */
export async function sendPasswordResetLink(_viewer: Viewer | null, input: unknown, ctx: ServiceContext = {}): Promise<{ email: string }> {
  const { email } = parseInput(forgotPasswordSchema, input, t("services.accountsEmailNeeded"));
  const result = await requestPasswordReset(await contextDb(ctx), email, { ip: contextIp(ctx), now: ctx.now });
  if (!result.ok) throw throttled(t("services.accountsTooManyMails"), result.retryAt);
  return { email };
}

export type ResetRequestResult = { ok: true } | { ok: false; reason: "throttled"; retryAt: Date };

export async function requestPasswordReset(db: Db, email: string, ctx: { ip: string; now?: Date }): Promise<ResetRequestResult> {
  const now = ctx.now ?? new Date();
  const limits = rules();
  // Per address of the requester: the same for every email, so it reveals nothing.
  const byIp = await consumeRateLimit(db, limits.mailIp, ctx.ip, now);
  if (byIp.limited) return { ok: false, reason: "throttled", retryAt: byIp.retryAt };

  const member = await findMemberByEmail(db, email);
  if (!member?.email) return { ok: true };
  // Per recipient: silently skipped when exceeded, or the answer would differ.
  const byRecipient = await consumeRateLimit(db, limits.mailRecipient, member.email.toLowerCase(), now);
  if (byRecipient.limited) return { ok: true };

  await revokeTokens(db, "reset-password", member.id, now);
  const token = await issueToken(db, "reset-password", { userId: member.id, email: member.email }, now);
  const message = resetPasswordMessage(member.email, member.displayName, token, await memberMailLocale(db, member.id));
  void sendMail(message).catch((error) => {
    console.error(`[mail] Không gửi được thư đặt lại mật khẩu cho thành viên #${member.id}:`, error);
  });
  return { ok: true };
}
