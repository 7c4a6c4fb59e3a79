// Sends a member the link that verifies an email address: the account's own
// (after registration, "send again") or a new one they want to switch to.
import type { Db } from "@/lib/db-client";
import { changeEmailMessage, verifyEmailMessage } from "@/lib/mail/account-messages";
import { memberMailLocale } from "@/lib/mail/mail-locale";
import { sendMail } from "@/lib/mail/send-mail";
import { consumeRateLimit, rules } from "@/lib/rate-limit";
import { issueToken, revokeTokens } from "./tokens";

export type MailResult = { ok: true } | { ok: false; reason: "throttled"; retryAt: Date } | { ok: false; reason: "delivery" };

export async function sendVerificationEmail(
  db: Db,
  member: { id: number; displayName: string },
  to: string,
  ctx: { ip: string; purpose: "verify" | "change-email"; now?: Date; /** Where the member registered from, to return to after verifying. */ callbackPath?: string | null },
): Promise<MailResult> {
  const now = ctx.now ?? new Date();
  const limits = rules();
  const byIp = await consumeRateLimit(db, limits.mailIp, ctx.ip, now);
  if (byIp.limited) return { ok: false, reason: "throttled", retryAt: byIp.retryAt };
  const byRecipient = await consumeRateLimit(db, limits.mailRecipient, to.toLowerCase(), now);
  if (byRecipient.limited) return { ok: false, reason: "throttled", retryAt: byRecipient.retryAt };

  // Only the newest link works, so an old email forwarded by mistake is harmless.
  await revokeTokens(db, "verify-email", member.id, now);
  const token = await issueToken(db, "verify-email", { userId: member.id, email: to, callbackPath: ctx.callbackPath ?? null }, now);
  const mail = await memberMailLocale(db, member.id);
  const message =
    ctx.purpose === "verify" ? verifyEmailMessage(to, member.displayName, token, mail) : changeEmailMessage(to, member.displayName, token, mail);
  try {
    await sendMail(message);
    return { ok: true };
  } catch (error) {
    console.error(`[mail] Không gửi được thư xác minh cho thành viên #${member.id}:`, error);
    return { ok: false, reason: "delivery" };
  }
}
